import { describe, expect, it } from 'vitest'
import { i18n } from '@/locales'
import { checkDays, monthGrid, rowCellOf, weekdayOf } from './calendarDays'

const t = i18n.global.t as (key: string, named?: Record<string, unknown>) => string

describe('calendar days', () => {
  it('knows the weekday of a date whatever the time zone', () => {
    expect(weekdayOf('2026-01-01')).toBe(4)
    expect(weekdayOf('2026-01-04')).toBe(0)
    expect(weekdayOf('2026-02-14')).toBe(6)
  })

  it('lays a month out in weeks from Monday', () => {
    expect(monthGrid(2026, 1)).toMatchObject({ lead: 3 })
    expect(monthGrid(2026, 2).dates).toHaveLength(28)
    expect(monthGrid(2028, 2).dates.at(-1)).toBe('2028-02-29')
    expect(monthGrid(2026, 6).lead).toBe(0)
  })

  it('reads the row and cell a server field names', () => {
    expect(rowCellOf('days[3].date')).toEqual({ index: 3, cell: 'date' })
    expect(rowCellOf('days[0].kind')).toEqual({ index: 0, cell: 'kind' })
    expect(rowCellOf('days[12].name')).toEqual({ index: 12, cell: 'name' })
    expect(rowCellOf('days[2]')).toEqual({ index: 2, cell: 'date' })
    expect(rowCellOf('notice')).toBeNull()
    expect(rowCellOf('days')).toBeNull()
  })

  it('finds the mistakes the server would refuse', () => {
    i18n.global.locale.value = 'zh-CN'
    const errors = checkDays(
      2026,
      {
        notice: ' ',
        provisional: false,
        days: [
          { date: '2026-01-01', kind: 'holiday', name: '元旦' },
          { date: '2026-01-01', kind: 'holiday', name: '元旦' },
          { date: '2025-12-31', kind: 'holiday', name: '跨年' },
          { date: '2026-01-05', kind: 'workday', name: '调休' },
          { date: '', kind: 'holiday', name: 'x'.repeat(51) },
        ],
      },
      t,
    )
    expect(errors.map((e) => e.field)).toEqual([
      'notice',
      'days[1].date',
      'days[2].date',
      'days[3].date',
      'days[4].date',
      'days[4].name',
    ])
    expect(checkDays(2026, { notice: '', provisional: true, days: [] }, t)).toEqual([])
  })
})
