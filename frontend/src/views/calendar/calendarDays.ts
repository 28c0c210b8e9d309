import { MAX_DAYS, type CalendarDay, type DayKind } from '@/api/calendar'

/** vue-i18n's `t`, as far as these helpers use it. */
type Translate = (key: string, named?: Record<string, unknown>) => string

/** `2026-01-01` → 0 (Sunday) … 6 (Saturday), whatever the browser's time zone. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const day = weekdayOf(date)
  return day === 0 || day === 6
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** One small month: how many blank cells lead it (weeks start on Monday) and its dates. */
export interface MonthGrid {
  month: number
  lead: number
  dates: string[]
}

export function monthGrid(year: number, month: number): MonthGrid {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const dates = Array.from({ length }, (_, i) => isoDate(year, month, i + 1))
  return { month, lead: (weekdayOf(dates[0]!) + 6) % 7, dates }
}

/** A row of the entries table; `key` stays with the row when others are added or removed. */
export interface DayRow {
  key: number
  date: string
  kind: DayKind
  name: string
}

export type RowCell = 'date' | 'kind' | 'name'

/** `days[3].date` → row 3's date cell; `days[3]` → row 3 (shown at its date); else null. */
export function rowCellOf(field: string): { index: number; cell: RowCell } | null {
  const match = /^days\[(\d+)\](?:\.(date|kind|name))?$/.exec(field)
  if (!match) return null
  return { index: Number(match[1]), cell: (match[2] as RowCell | undefined) ?? 'date' }
}

/**
 * The server's rules, checked before sending so the usual mistakes show at once. Answers
 * field errors in the server's own form (`days[1].date`, `notice`); the server has the last word.
 */
export function checkDays(
  year: number,
  draft: { notice: string; provisional: boolean; days: CalendarDay[] },
  t: Translate,
): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = []
  if (!draft.provisional && !draft.notice.trim()) {
    errors.push({ field: 'notice', message: t('calendar.errors.noticeRequired') })
  }
  if (draft.days.length > MAX_DAYS) {
    errors.push({ field: 'days', message: t('calendar.errors.tooMany', { max: MAX_DAYS }) })
  }
  const seen = new Set<string>()
  draft.days.forEach((day, i) => {
    if (!day.date) {
      errors.push({ field: `days[${i}].date`, message: t('calendar.errors.dateRequired') })
    } else if (!day.date.startsWith(`${year}-`)) {
      errors.push({ field: `days[${i}].date`, message: t('calendar.errors.dateOutside', { year }) })
    } else if (seen.has(day.date)) {
      errors.push({ field: `days[${i}].date`, message: t('calendar.errors.duplicate') })
    } else if (day.kind === 'workday' && !isWeekend(day.date)) {
      errors.push({ field: `days[${i}].date`, message: t('calendar.errors.workdayWeekday') })
    }
    if (day.date) seen.add(day.date)
    const name = day.name.trim()
    if (!name) {
      errors.push({ field: `days[${i}].name`, message: t('calendar.errors.nameRequired') })
    } else if (name.length > 50) {
      errors.push({ field: `days[${i}].name`, message: t('calendar.errors.nameTooLong') })
    }
  })
  return errors
}
