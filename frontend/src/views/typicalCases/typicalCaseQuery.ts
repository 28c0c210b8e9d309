import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import {
  isViolationType,
  TYPICAL_CASE_QUERY_MAX,
  type TypicalCaseQuery,
  type ViolationType,
} from '@/api/typicalCases'
import { firstOf, pagingOf, withPaging } from '@/utils/routeQuery'

/** What the typical-case list shows, kept in the URL so reload, back and a shared link work. */
export interface TypicalCaseFilters {
  /** The search text, trimmed; '' for none. */
  q: string
  /** '' for every type. */
  type: ViolationType | ''
  page: number
  size: number
}

/** Reads the filters from a route query; an unknown type is ignored, a long search cut short. */
export function filtersFromQuery(query: LocationQuery): TypicalCaseFilters {
  const type = firstOf(query.type)
  return {
    q: (firstOf(query.q) ?? '').trim().slice(0, TYPICAL_CASE_QUERY_MAX),
    type: isViolationType(type) ? type : '',
    ...pagingOf(query),
  }
}

/** The route query for the filters, leaving the defaults out so URLs stay short. */
export function queryFromFilters(filters: TypicalCaseFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  const q = filters.q.trim()
  if (q) query.q = q
  if (filters.type) query.type = filters.type
  return withPaging(query, filters)
}

/** The API request for the filters. */
export function typicalCaseQueryOf(filters: TypicalCaseFilters): TypicalCaseQuery {
  return {
    q: filters.q || undefined,
    type: filters.type || undefined,
    page: filters.page,
    size: filters.size,
  }
}
