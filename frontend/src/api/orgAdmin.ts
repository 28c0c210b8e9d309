import { http } from './http'
import type { OrgType } from './org'

/** The longest code, name and dissolving reason the server takes. */
export const ORG_CODE_MAX = 64
export const ORG_NAME_MAX = 100
export const DISSOLVE_REASON_MAX = 500
/** A branch committee has at most this many members (支部委员). */
export const COMMITTEE_MAX = 15
/** Letters, digits, `_` and `-`; never reused, not even after the organisation is dissolved. */
export const ORG_CODE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** What sits under what: a group under a branch, a branch or the commission under the committee. */
export const PARENT_TYPE: Record<OrgType, OrgType | null> = {
  committee: null,
  commission: 'committee',
  branch: 'committee',
  group: 'branch',
}

/** The types an organisation of each type may have under it, the usual one first. */
export const CHILD_TYPES: Record<OrgType, OrgType[]> = {
  committee: ['branch', 'commission'],
  commission: [],
  branch: ['group'],
  group: [],
}

/** Someone holding a branch role (支部书记, 支部委员). */
export interface Holder {
  username: string
  displayName: string
}

export interface OrgLeadership {
  secretary?: Holder | null
  committee: Holder[]
}

/** An active organisation as its editor shows it. */
export interface OrgDetail {
  id: number
  code: string
  name: string
  type: OrgType
  /** Absent for the committee at the top. */
  parentId?: number | null
  sortOrder: number
  /** Active people directly in it. */
  people: number
  /** Active sub-organisations. */
  children: number
  /** Open tasks of its cases or its roles. */
  openTasks: number
  /** Branches only. */
  leadership?: OrgLeadership
}

export interface NewOrg {
  code: string
  name: string
  type: OrgType
  parentId: number | null
}

/** A rename and/or a move. */
export interface OrgChange {
  name: string
  parentId: number | null
}

/** What dissolving did. */
export interface Dissolution {
  id: number
  peopleMoved: number
  movedTo: number | null
  /** Usernames whose roles in it ended. */
  rolesEnded: string[]
}

/** The branch's secretary (none when absent) and committee members, by username. */
export interface LeadershipChange {
  secretary?: string
  committee: string[]
}

/**
 * The organisation tree's editor (admin only; every change audited). The tree itself is
 * `orgApi.tree()`. A 400 names the refused field (`code`, `parentId`, `moveTo`, `committee[1]`).
 */
export const orgAdminApi = {
  /** 404 when the organisation is dissolved. */
  async detail(id: number): Promise<OrgDetail> {
    return (await http.get<OrgDetail>(`/api/admin/orgs/${id}`)).data
  },
  async create(org: NewOrg): Promise<OrgDetail> {
    return (await http.post<OrgDetail>('/api/admin/orgs', org)).data
  },
  async update(id: number, change: OrgChange): Promise<OrgDetail> {
    return (await http.put<OrgDetail>(`/api/admin/orgs/${id}`, change)).data
  },
  /**
   * `moveTo` is required while people are in it; 409 `org.has-children`, `org.open-tasks` or
   * `org.root` when it cannot be dissolved.
   */
  async dissolve(id: number, reason: string, moveTo?: number | null): Promise<Dissolution> {
    const body = moveTo == null ? { reason } : { reason, moveTo }
    return (await http.post<Dissolution>(`/api/admin/orgs/${id}/dissolve`, body)).data
  },
  /** Replaces the branch's secretary and committee; 409 `org.not-branch` for any other type. */
  async setLeadership(id: number, change: LeadershipChange): Promise<OrgDetail> {
    return (await http.put<OrgDetail>(`/api/admin/orgs/${id}/leadership`, change)).data
  },
}
