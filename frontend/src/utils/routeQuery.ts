import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** Reading list pages' filters from the address and writing them back, the same for every list. */

export const DEFAULT_PAGE_SIZE = 20
export const PAGE_SIZES = [10, 20, 50]
export const MAX_PAGE_SIZE = 100

/** The first value of a query parameter (vue-router gives arrays for repeated ones). */
export function firstOf(value: LocationQuery[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v ?? undefined
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** The page and page size in the address; anything unusable falls back to page 1 of 20. */
export function pagingOf(query: LocationQuery): { page: number; size: number } {
  return {
    page: positive(firstOf(query.page), 1),
    size: Math.min(positive(firstOf(query.size), DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE),
  }
}

/** Adds page and size to a route query unless they are the defaults, so URLs stay short. */
export function withPaging(
  query: LocationQueryRaw,
  paging: { page: number; size: number },
): LocationQueryRaw {
  if (paging.page !== 1) query.page = String(paging.page)
  if (paging.size !== DEFAULT_PAGE_SIZE) query.size = String(paging.size)
  return query
}
