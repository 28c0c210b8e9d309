import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { firstOf, pagingOf, withPaging } from '@/utils/routeQuery'
import { TASK_SCOPES, TASK_SORTS, type TaskQuery, type TaskScope, type TaskSort } from '@/api/tasks'

export { PAGE_SIZES } from '@/utils/routeQuery'

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

/** Reads the filters from a route query; anything unknown falls back to the default. */
export function filtersFromQuery(query: LocationQuery): InboxFilters {
  const scope = firstOf(query.scope)
  const sort = firstOf(query.sort)
  return {
    scope: TASK_SCOPES.includes(scope as TaskScope) ? (scope as TaskScope) : 'mine',
    q: firstOf(query.q)?.trim() ?? '',
    process: firstOf(query.process) ?? '',
    overdue: firstOf(query.overdue) === 'true',
    sort: TASK_SORTS.includes(sort as TaskSort) ? (sort as TaskSort) : 'due',
    ...pagingOf(query),
  }
}

/** The route query for the filters, leaving defaults out so URLs stay short. */
export function queryFromFilters(filters: InboxFilters): LocationQueryRaw {
  const query: LocationQueryRaw = { scope: filters.scope }
  if (filters.q.trim()) query.q = filters.q.trim()
  if (filters.process) query.process = filters.process
  if (filters.overdue) query.overdue = 'true'
  if (filters.sort !== 'due') query.sort = filters.sort
  return withPaging(query, filters)
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
