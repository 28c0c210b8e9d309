import { describe, expect, it } from 'vitest'
import {
  auditQueryOf,
  filtersFromQuery,
  formatBeijingTime,
  queryFromFilters,
  type AuditFilters,
} from './auditQuery'

const none: AuditFilters = {
  actor: '',
  action: '',
  objectType: '',
  objectId: '',
  from: '',
  to: '',
  page: 1,
  size: 50,
}

describe('audit filters in the address', () => {
  it('reads nothing as every event, page 1 of 50', () => {
    expect(filtersFromQuery({})).toEqual(none)
    expect(queryFromFilters(none)).toEqual({})
    expect(auditQueryOf(none)).toEqual({ page: 1, size: 50 })
  })

  it('reads every filter back as it was written', () => {
    const filters: AuditFilters = {
      actor: 'zhaolei',
      action: 'discipline-clue.',
      objectType: 'discipline_clue',
      objectId: '17',
      from: '2026-05-01',
      to: '2026-05-31',
      page: 3,
      size: 100,
    }
    const query = queryFromFilters(filters)

    expect(query).toEqual({
      actor: 'zhaolei',
      action: 'discipline-clue.',
      objectType: 'discipline_clue',
      objectId: '17',
      from: '2026-05-01',
      to: '2026-05-31',
      page: '3',
      size: '100',
    })
    expect(filtersFromQuery(query as Record<string, string>)).toEqual(filters)
  })

  it('ignores malformed days and pages, trims texts and caps the page size at 200', () => {
    expect(
      filtersFromQuery({
        actor: '  wangwei ',
        from: '20260501',
        to: 'yesterday',
        page: '-2',
        size: '5000',
      }),
    ).toEqual({ ...none, actor: 'wangwei', size: 200 })
  })
})

describe('formatBeijingTime', () => {
  it('writes an instant to the second in Beijing time', () => {
    expect(formatBeijingTime('2026-05-20T01:30:15Z')).toBe('2026-05-20 09:30:15')
    // Past midnight in Beijing is still the day before in UTC.
    expect(formatBeijingTime('2026-05-19T16:05:09Z')).toBe('2026-05-20 00:05:09')
  })

  it('shows a dash for nothing and an unreadable value as it is', () => {
    expect(formatBeijingTime(null)).toBe('—')
    expect(formatBeijingTime('soon')).toBe('soon')
  })
})
