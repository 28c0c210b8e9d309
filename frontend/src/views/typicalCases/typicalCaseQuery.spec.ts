import { describe, expect, it } from 'vitest'
import { filtersFromQuery, queryFromFilters, typicalCaseQueryOf } from './typicalCaseQuery'

describe('typicalCaseQuery', () => {
  it('reads the search, type and paging from the address', () => {
    expect(filtersFromQuery({ q: ' 干预 ', type: 'interference', page: '2', size: '50' })).toEqual({
      q: '干预',
      type: 'interference',
      page: 2,
      size: 50,
    })
  })

  it('ignores an unknown type and cuts a search longer than the server takes', () => {
    const filters = filtersFromQuery({ q: '案'.repeat(60), type: 'gossip', page: 'x' })

    expect(filters).toEqual({ q: '案'.repeat(50), type: '', page: 1, size: 20 })
  })

  it('leaves the defaults out of the address and the request', () => {
    const defaults = { q: '', type: '' as const, page: 1, size: 20 }

    expect(queryFromFilters(defaults)).toEqual({})
    expect(typicalCaseQueryOf(defaults)).toEqual({
      q: undefined,
      type: undefined,
      page: 1,
      size: 20,
    })
    expect(queryFromFilters({ q: '受贿', type: 'bribery', page: 3, size: 20 })).toEqual({
      q: '受贿',
      type: 'bribery',
      page: '3',
    })
  })
})
