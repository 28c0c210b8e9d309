import { http } from './http'

/** 放假 (a weekday off) or 调休上班 (a Saturday or Sunday worked). */
export const DAY_KINDS = ['holiday', 'workday'] as const
export type DayKind = (typeof DAY_KINDS)[number]

/** The years the server keeps a calendar for. */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

/** At most this many entries in one year. */
export const MAX_DAYS = 80

/** One exception to "Monday to Friday are working days". */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string
  kind: DayKind
  name: string
}

/** One year of the working-day calendar. Absent fields are omitted. */
export interface WorkCalendar {
  year: number
  /** False when the year has no entries: its deadlines count Monday to Friday only. */
  maintained: boolean
  /** Only the statutory holidays, entered before the State Council's notice: no make-up workdays. */
  provisional: boolean
  /** The notice's document number, e.g. 国办发明电〔2025〕7号. */
  notice?: string
  updatedBy?: string
  updatedByName?: string
  /** ISO-8601 instant. */
  updatedAt?: string
  days: CalendarDay[]
}

/** What replaces a year's entries (admin only). */
export interface WorkCalendarUpdate {
  notice: string | null
  provisional: boolean
  days: CalendarDay[]
}

export const calendarApi = {
  async get(year: number): Promise<WorkCalendar> {
    return (await http.get<WorkCalendar>(`/api/calendar/${year}`)).data
  },
  /** Replaces the year's entries; a 400 names the refused fields (`days[3].date`, `notice`). */
  async save(year: number, update: WorkCalendarUpdate): Promise<WorkCalendar> {
    return (await http.put<WorkCalendar>(`/api/calendar/${year}`, update)).data
  },
}
