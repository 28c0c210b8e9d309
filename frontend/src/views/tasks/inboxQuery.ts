import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { TASK_SCOPES, TASK_SORTS, type TaskQuery, type TaskScope, type TaskSort } from '@/api/tasks'

export const DEFAULT_PAGE_SIZE = 20
export const PAGE_SIZES = [10, 20, 50]

/** What the inbox shows: the tab and filters, kept in the URL so reload and back work. */
export interface InboxFilters {
  scope: TaskScope
  q: string
  process: string
  overdue: boolean
  sort: TaskSort
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
export function filtersFromQuery(query: LocationQuery): InboxFilters {
  const scope = first(query.scope)
  const sort = first(query.sort)
  return {
    scope: TASK_SCOPES.includes(scope as TaskScope) ? (scope as TaskScope) : 'mine',
    q: first(query.q)?.trim() ?? '',
    process: first(query.process) ?? '',
    overdue: first(query.overdue) === 'true',
    sort: TASK_SORTS.includes(sort as TaskSort) ? (sort as TaskSort) : 'due',
    page: positive(first(query.page), 1),
    size: Math.min(positive(first(query.size), DEFAULT_PAGE_SIZE), 100),
  }
}

/** The route query for the filters, leaving defaults out so URLs stay short. */
export function queryFromFilters(filters: InboxFilters): LocationQueryRaw {
  const query: LocationQueryRaw = { scope: filters.scope }
  if (filters.q.trim()) query.q = filters.q.trim()
  if (filters.process) query.process = filters.process
  if (filters.overdue) query.overdue = 'true'
  if (filters.sort !== 'due') query.sort = filters.sort
  if (filters.page !== 1) query.page = String(filters.page)
  if (filters.size !== DEFAULT_PAGE_SIZE) query.size = String(filters.size)
  return query
}

/** The API request for the filters. */
export function taskQueryOf(filters: InboxFilters): TaskQuery {
  return {
    scope: filters.scope,
    page: filters.page,
    size: filters.size,
    sort: filters.sort,
    process: filters.process || undefined,
    overdue: filters.overdue || undefined,
    q: filters.q || undefined,
  }
}
