import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { firstOf, pagingOf, withPaging } from '@/utils/routeQuery'
import {
  INTAKE_STAGE_FILTERS,
  INTAKE_STATES,
  type IntakeQuery,
  type IntakeStage,
  type IntakeState,
} from '@/api/intakes'

export { PAGE_SIZES } from '@/utils/routeQuery'

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

/** Reads the filters from a route query; anything unknown falls back to the default. */
export function filtersFromQuery(query: LocationQuery): IntakeFilters {
  const state = firstOf(query.state)
  const stage = firstOf(query.stage)
  return {
    state: INTAKE_STATES.includes(state as IntakeState) ? (state as IntakeState) : 'open',
    stage: INTAKE_STAGE_FILTERS.includes(stage as StageFilter) ? (stage as StageFilter) : '',
    branch: firstOf(query.branch)?.trim() ?? '',
    overdue: firstOf(query.overdue) === 'true',
    ...pagingOf(query),
  }
}

/** The route query for the filters, leaving defaults out so URLs stay short. */
export function queryFromFilters(filters: IntakeFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (filters.state !== 'open') query.state = filters.state
  if (filters.stage) query.stage = filters.stage
  if (filters.branch.trim()) query.branch = filters.branch.trim()
  if (filters.overdue) query.overdue = 'true'
  return withPaging(query, filters)
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
