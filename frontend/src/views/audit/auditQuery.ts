import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { AUDIT_MAX_PAGE_SIZE, AUDIT_PAGE_SIZE, AUDIT_TEXT_MAX, type AuditQuery } from '@/api/audit'
import { firstOf } from '@/utils/routeQuery'

export const AUDIT_PAGE_SIZES = [AUDIT_PAGE_SIZE, 100, AUDIT_MAX_PAGE_SIZE]

/** What the audit log shows, kept in the URL so reload, back and a shared link work. */
export interface AuditFilters {
  /** '' for anyone. */
  actor: string
  /** The beginning of an action code; '' for every action. */
  action: string
  objectType: string
  objectId: string
  /** `YYYY-MM-DD` (Beijing), '' when open-ended. */
  from: string
  to: string
  page: number
  size: number
}

export const TEXT_KEYS = ['actor', 'action', 'objectType', 'objectId'] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/

function text(value: string | undefined): string {
  return (value ?? '').trim().slice(0, AUDIT_TEXT_MAX)
}

function day(value: string | undefined): string {
  return value && DAY.test(value) ? value : ''
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** Reads the filters from a route query; a malformed day is ignored, a long text cut short. */
export function filtersFromQuery(query: LocationQuery): AuditFilters {
  return {
    actor: text(firstOf(query.actor)),
    action: text(firstOf(query.action)),
    objectType: text(firstOf(query.objectType)),
    objectId: text(firstOf(query.objectId)),
    from: day(firstOf(query.from)),
    to: day(firstOf(query.to)),
    page: positive(firstOf(query.page), 1),
    size: Math.min(positive(firstOf(query.size), AUDIT_PAGE_SIZE), AUDIT_MAX_PAGE_SIZE),
  }
}

/** The route query for the filters, leaving blanks and defaults out so URLs stay short. */
export function queryFromFilters(filters: AuditFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of TEXT_KEYS) {
    const value = filters[key].trim()
    if (value) query[key] = value
  }
  if (filters.from) query.from = filters.from
  if (filters.to) query.to = filters.to
  if (filters.page !== 1) query.page = String(filters.page)
  if (filters.size !== AUDIT_PAGE_SIZE) query.size = String(filters.size)
  return query
}

/** The API request for the filters. */
export function auditQueryOf(filters: AuditFilters): AuditQuery {
  return {
    actor: filters.actor || undefined,
    action: filters.action || undefined,
    objectType: filters.objectType || undefined,
    objectId: filters.objectId || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    page: filters.page,
    size: filters.size,
  }
}

const BEIJING = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/**
 * An ISO-8601 instant as `2026-05-20 09:30:15` in Beijing time, whatever the browser's zone: the
 * date filter counts days in Beijing time too, so an event shows on the day it is found under.
 */
export function formatBeijingTime(iso: string | undefined | null): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const part: Record<string, string> = {}
  for (const { type, value } of BEIJING.formatToParts(d)) part[type] = value
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second}`
}
