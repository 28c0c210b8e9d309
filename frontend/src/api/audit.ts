import type { RoleCode } from './auth'
import { http } from './http'

/**
 * The one role the server lets read, export and check the audit log: the security auditor
 * (安全审计员). Not the admin (三员分立).
 */
export const AUDIT_ROLES: readonly RoleCode[] = ['auditor']

/** One page of the log holds this many events unless the auditor asks for more (at most 200). */
export const AUDIT_PAGE_SIZE = 50
export const AUDIT_MAX_PAGE_SIZE = 200
/** The most events one export holds; past it the server answers 400 naming `from`. */
export const AUDIT_MAX_EXPORT = 10_000
/** The longest text filter the server takes. */
export const AUDIT_TEXT_MAX = 100

/**
 * Common beginnings of action codes, offered as suggestions: the server matches the action by
 * prefix, so `discipline-clue.` finds every action on a clue.
 */
export const AUDIT_ACTION_PREFIXES = [
  'auth.',
  'task.',
  'case.',
  'attachment.',
  'discipline-clue.',
  'report.',
  'audit.',
] as const
export type AuditActionPrefix = (typeof AUDIT_ACTION_PREFIXES)[number]

/** An audited event: who did what to which object, when and from where. */
export interface AuditEvent {
  id: number
  /** ISO-8601 instant. */
  occurredAt: string
  /** Username; `actorName` is the display name (the username when the user is unknown). */
  actor: string
  actorName: string
  /** A code such as `discipline-clue.read`. */
  action: string
  objectType: string
  objectId?: string | null
  detail?: string | null
  remoteAddr?: string | null
}

export interface AuditPage {
  items: AuditEvent[]
  total: number
  page: number
  size: number
}

/** Every part optional; days are `YYYY-MM-DD` in Beijing time, both included. */
export interface AuditQuery {
  actor?: string
  /** Matched as a prefix. */
  action?: string
  objectType?: string
  objectId?: string
  from?: string
  to?: string
  page?: number
  size?: number
}

/**
 * What a check of the sealed hash chain found. When it is broken, `brokenAtSeq` is the first
 * broken seal and `problem` says what is wrong.
 */
export interface AuditIntegrity {
  sealed: number
  unsealed: number
  intact: boolean
  brokenAtSeq?: number | null
  problem?: string | null
}

const TEXT_FILTERS = ['actor', 'action', 'objectType', 'objectId', 'from', 'to'] as const

/** Only the parameters that carry a choice: blank filters stay out of the request. */
export function auditParams(query: AuditQuery): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  for (const key of TEXT_FILTERS) {
    const value = query[key]?.trim()
    if (value) params[key] = value
  }
  if (query.page) params.page = query.page
  if (query.size) params.size = query.size
  return params
}

/** Where the browser downloads 审计日志.xlsx with the same filters (no paging). */
export function auditExportUrl(query: AuditQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(auditParams({ ...query, page: 0, size: 0 }))) {
    params.set(key, String(value))
  }
  const search = params.toString()
  return `/api/audit/events/export${search ? `?${search}` : ''}`
}

/** Every search, export and check is itself written to the audit log by the server. */
export const auditApi = {
  /** Newest first; 403 for anyone but the auditor, 400 (field `to`) when `to` is before `from`. */
  async events(query: AuditQuery): Promise<AuditPage> {
    return (await http.get<AuditPage>('/api/audit/events', { params: auditParams(query) })).data
  },
  /** Checks the whole hash chain; 200 with `intact: false` when a row was changed or removed. */
  async integrity(): Promise<AuditIntegrity> {
    return (await http.get<AuditIntegrity>('/api/audit/integrity')).data
  },
}
