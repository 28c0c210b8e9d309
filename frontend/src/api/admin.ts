import type { RoleCode } from './auth'
import { fileForm } from './files'
import { http, problemOf, type ProblemDetail } from './http'
import type { MemberStatus, Page } from './org'

/**
 * People administration and the roster import (docs/admin-api.md): the `admin` role only, every
 * change audited by the server.
 */
export const ADMIN_ROLES: readonly RoleCode[] = ['admin']

/** Every role an account may be granted, in the order the grants editor offers them. */
export const ROLE_CODES: readonly RoleCode[] = [
  'staff',
  'branch-secretary',
  'branch-committee',
  'party-committee',
  'discipline',
  'discipline-head',
  'leader',
  'admin',
  'auditor',
]

/** Roles held in one branch: they need the branch's `orgId`. */
export const BRANCH_ROLES: readonly RoleCode[] = ['branch-secretary', 'branch-committee']

export function isBranchRole(role: RoleCode | ''): boolean {
  return role !== '' && BRANCH_ROLES.includes(role)
}

/** Statuses an admin may record by hand (政治面貌变更). */
export const MEMBER_STATUSES: readonly MemberStatus[] = [
  'none',
  'applicant',
  'activist',
  'development-target',
  'probationary',
  'full',
  'rejected',
  'cancelled',
]

export const ADMIN_PAGE_SIZE = 20
export const ADMIN_PAGE_SIZES = [10, 20, 50, 100]

/** 在册 (`true`, the server's default), 已停用 (`false`) or 全部 (`all`). */
export type ActiveFilter = 'true' | 'false' | 'all'
export const ACTIVE_FILTERS: readonly ActiveFilter[] = ['true', 'false', 'all']

/** One role of an account; `orgId` is the branch of a branch role, else null. */
export interface Grant {
  role: RoleCode
  orgId: number | null
  orgName: string | null
}

export interface GrantInput {
  role: RoleCode
  orgId: number | null
}

export interface AdminAccount {
  username: string
  displayName: string
  personId: number | null
  enabled: boolean
  /** ISO instant; set while locked after failed logins. */
  lockedUntil: string | null
  /** After an initial or reset password. */
  passwordMustChange: boolean
  grants: Grant[]
}

export interface AdminPerson {
  id: number
  name: string
  gender: 'M' | 'F'
  /** The 18-character resident ID number (公民身份号码). */
  idNumber: string | null
  /** Derived by the server from the ID number. */
  birthDate: string | null
  post: string | null
  orgId: number | null
  orgName: string | null
  branch: { id: number; code: string; name: string } | null
  memberStatus: MemberStatus
  memberStatusSince: string | null
  /** 入职日期 (YYYY-MM-DD). */
  hiredOn: string | null
  /** False: 已停用 (history kept, never deleted). */
  active: boolean
  account: AdminAccount | null
}

export interface PersonInput {
  name: string
  gender: 'M' | 'F'
  idNumber: string
  post?: string | null
  orgId: number
  hiredOn?: string | null
}

export interface MemberStatusInput {
  status: MemberStatus
  effectiveOn: string
  reason: string
}

export interface AdminPeopleQuery {
  q?: string
  orgId?: number | null
  active?: ActiveFilter
  page: number
  size: number
}

/** A password the server made up: shown to the admin once, never again. */
export interface TemporaryPassword {
  username: string
  temporaryPassword: string
}

/** Only the parameters that carry a choice; 在册 is the server's default and stays out. */
export function adminPeopleParams(query: AdminPeopleQuery): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  const q = query.q?.trim()
  if (q) params.q = q
  if (query.orgId != null) params.orgId = query.orgId
  if (query.active && query.active !== 'true') params.active = query.active
  params.page = query.page
  params.size = query.size
  return params
}

/** An ID number as the list shows it: the first 6 and the last 4 characters, 110105********1234. */
export function maskIdNumber(idNumber: string | null | undefined): string {
  if (!idNumber) return '—'
  if (idNumber.length <= 10) return idNumber
  return `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`
}

/** True while the account is locked after failed logins. */
export function isLocked(account: AdminAccount, now = Date.now()): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now
}

function person(id: number): string {
  return `/api/admin/people/${id}`
}

function account(username: string): string {
  return `/api/admin/accounts/${encodeURIComponent(username)}`
}

export const adminApi = {
  /** `q` matches name, ID number or username; `orgId` includes sub-organisations. */
  async people(query: AdminPeopleQuery): Promise<Page<AdminPerson>> {
    return (
      await http.get<Page<AdminPerson>>('/api/admin/people', { params: adminPeopleParams(query) })
    ).data
  },
  async person(id: number): Promise<AdminPerson> {
    return (await http.get<AdminPerson>(person(id))).data
  },
  async createPerson(input: PersonInput): Promise<AdminPerson> {
    return (await http.post<AdminPerson>('/api/admin/people', input)).data
  },
  /** A new `orgId` moves the person. */
  async updatePerson(id: number, input: PersonInput): Promise<AdminPerson> {
    return (await http.put<AdminPerson>(person(id), input)).data
  },
  /** Disables the account too and ends its sessions. */
  async deactivate(id: number, reason: string): Promise<AdminPerson> {
    return (await http.post<AdminPerson>(`${person(id)}/deactivate`, { reason })).data
  },
  /** The account stays disabled until enabled. */
  async reactivate(id: number, reason: string): Promise<AdminPerson> {
    return (await http.post<AdminPerson>(`${person(id)}/reactivate`, { reason })).data
  },
  /** 409 `person.intake-open` while a membership intake of the person runs. */
  async changeMemberStatus(id: number, input: MemberStatusInput): Promise<AdminPerson> {
    return (await http.post<AdminPerson>(`${person(id)}/member-status`, input)).data
  },
  /** A login with the role `staff` and a temporary password. */
  async openAccount(id: number, username: string): Promise<TemporaryPassword> {
    return (await http.post<TemporaryPassword>(`${person(id)}/account`, { username })).data
  },

  /** At most 200, by username, including accounts of no person (admin, auditor). */
  async accounts(q?: string): Promise<AdminAccount[]> {
    const query = q?.trim()
    return (
      await http.get<AdminAccount[]>('/api/admin/accounts', {
        params: query ? { q: query } : {},
      })
    ).data
  },
  /** Unlocks too; the user must change it at the next login; their sessions end. */
  async resetPassword(username: string): Promise<TemporaryPassword> {
    return (await http.post<TemporaryPassword>(`${account(username)}/password-reset`)).data
  },
  async unlock(username: string): Promise<AdminAccount> {
    return (await http.post<AdminAccount>(`${account(username)}/unlock`)).data
  },
  async enable(username: string): Promise<AdminAccount> {
    return (await http.post<AdminAccount>(`${account(username)}/enable`)).data
  },
  /** Ends the account's sessions. */
  async disable(username: string): Promise<AdminAccount> {
    return (await http.post<AdminAccount>(`${account(username)}/disable`)).data
  },
  /** 400 for a branch role without a branch, admin with auditor, or the admin's own grants. */
  async saveGrants(username: string, grants: GrantInput[]): Promise<AdminAccount> {
    return (await http.put<AdminAccount>(`${account(username)}/grants`, { grants })).data
  },
}

/** Where the browser downloads 人员名册模板.xlsx (its 组织 sheet holds today's organisations). */
export const ROSTER_TEMPLATE_URL = '/api/admin/roster/template'
export const ROSTER_TEMPLATE_NAME = '人员名册模板.xlsx'
/** The largest workbook the server takes. */
export const ROSTER_MAX_MB = 5
/** How often a running import is asked for its progress. */
export const ROSTER_POLL_MS = 500

export interface Counts {
  created: number
  updated: number
  unchanged: number
}

export interface RowError {
  sheet: '组织' | '人员'
  row: number
  column: string | null
  message: string
}

/** What an import of the workbook would do, and every row's errors. */
export interface RosterCheck {
  fileName: string
  organisations: Counts
  people: Counts
  errors: RowError[]
}

export type RosterImportStatus = 'running' | 'done' | 'failed'

export interface RosterImport {
  id: number
  fileName: string
  status: RosterImportStatus
  /** Rows to import (organisations + people). */
  total: number
  /** Rows done so far. */
  processed: number
  organisations: Counts
  people: Counts
  /** Why it failed; nothing was imported then. */
  error: string | null
  startedBy: string
  startedAt: string
  finishedAt: string | null
}

export const rosterApi = {
  async check(file: File): Promise<RosterCheck> {
    return (await http.post<RosterCheck>('/api/admin/roster/check', fileForm(file))).data
  },
  /** 202 with the running import; 400 `roster.invalid` with `rowErrors` when any row is wrong. */
  async start(file: File): Promise<RosterImport> {
    return (await http.post<RosterImport>('/api/admin/roster/imports', fileForm(file))).data
  },
  async get(id: number): Promise<RosterImport> {
    return (await http.get<RosterImport>(`/api/admin/roster/imports/${id}`)).data
  },
  /** The 20 latest. */
  async list(): Promise<RosterImport[]> {
    return (await http.get<RosterImport[]>('/api/admin/roster/imports')).data
  },
}

/** The row errors of a refused import (400 `roster.invalid`), or null for any other failure. */
export function rowErrorsOf(error: unknown): RowError[] | null {
  const problem = problemOf(error) as ProblemDetail & { rowErrors?: unknown }
  return problem.code === 'roster.invalid' && Array.isArray(problem.rowErrors)
    ? (problem.rowErrors as RowError[])
    : null
}
