import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import {
  INTAKE_STAGE_FILTERS,
  INTAKE_STATES,
  type IntakeQuery,
  type IntakeStage,
  type IntakeState,
} from '@/api/intakes'

export const DEFAULT_PAGE_SIZE = 20
export const PAGE_SIZES = [10, 20, 50]

type StageFilter = (typeof INTAKE_STAGE_FILTERS)[number]

/** What the intake list shows, kept in the URL so reload and back work. */
export interface IntakeFilters {
  state: IntakeState
  /** '' for every stage. */
  stage: StageFilter | ''
  /** An org code; '' for every branch the caller may see. */
  branch: string
  overdue: boolean
  page: number
  size: number
}

function first(value: LocationQuery[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v ?? undefined
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** Reads the filters from a route query; anything unknown falls back to the default. */
export function filtersFromQuery(query: LocationQuery): IntakeFilters {
  const state = first(query.state)
  const stage = first(query.stage)
  return {
    state: INTAKE_STATES.includes(state as IntakeState) ? (state as IntakeState) : 'open',
    stage: INTAKE_STAGE_FILTERS.includes(stage as StageFilter) ? (stage as StageFilter) : '',
    branch: first(query.branch)?.trim() ?? '',
    overdue: first(query.overdue) === 'true',
    page: positive(first(query.page), 1),
    size: Math.min(positive(first(query.size), DEFAULT_PAGE_SIZE), 100),
  }
}

/** The route query for the filters, leaving defaults out so URLs stay short. */
export function queryFromFilters(filters: IntakeFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.state !== 'open') query.state = filters.state
  if (filters.stage) query.stage = filters.stage
  if (filters.branch.trim()) query.branch = filters.branch.trim()
  if (filters.overdue) query.overdue = 'true'
  if (filters.page !== 1) query.page = String(filters.page)
  if (filters.size !== DEFAULT_PAGE_SIZE) query.size = String(filters.size)
  return query
}

/**
 * The API request for the filters. A branch is asked for only by those who may choose one (the
 * Party committee): the server answers a branch's own people with their branch whatever is sent.
 */
export function intakeQueryOf(filters: IntakeFilters, mayChooseBranch: boolean): IntakeQuery {
  return {
    state: filters.state,
    stage: (filters.stage || undefined) as IntakeStage | undefined,
    branch: (mayChooseBranch && filters.branch) || undefined,
    overdue: filters.overdue || undefined,
    page: filters.page,
    size: filters.size,
  }
}
