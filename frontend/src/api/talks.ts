import type { RoleCode } from './auth'
import { http } from './http'

/** Roles the server shows each branch's talk coverage. */
export const COVERAGE_ROLES: readonly RoleCode[] = [
  'party-committee',
  'branch-secretary',
  'branch-committee',
]

/** Roles the server shows the leaders' talks with the cadres they oversee (领导谈话). */
export const QUOTA_ROLES: readonly RoleCode[] = ['party-committee', 'leader']

/**
 * Roles the server shows the open follow-up items (整改事项) to: their titles are the problems
 * found in talks, for the Party committee and the branch secretaries only.
 */
export const FOLLOW_UP_ROLES: readonly RoleCode[] = ['party-committee', 'branch-secretary']

/** Roles that may open the talks page: any of the above. */
export const TALK_ROLES: readonly RoleCode[] = [
  ...new Set([...COVERAGE_ROLES, ...QUOTA_ROLES, ...FOLLOW_UP_ROLES]),
]

/**
 * Where a member's talks (谈心谈话) stand in a year: held, past its planned date, planned or
 * not yet arranged. The order is the one charts stack them in.
 */
export const TALK_STATUSES = ['held', 'planned', 'overdue', 'none'] as const
export type TalkStatus = (typeof TALK_STATUSES)[number]

export interface TalkOrg {
  id: number
  code: string
  name: string
}

/** A branch's members by where their talks stand. */
export interface BranchCoverage {
  code: string
  name: string
  members: number
  held: number
  overdue: number
  planned: number
  none: number
}

/** A member and their talks of the year. */
export interface PersonCoverage {
  username: string
  name: string
  branch: TalkOrg
  status: TalkStatus
  held: number
  overdue: number
  planned: number
}

export interface TalkCoverage {
  year: number
  /** Talks each member is due in a year. */
  quota: number
  branches: BranchCoverage[]
  people: PersonCoverage[]
}

/** A cadre a leader talks with, and how many of the year's talks are held, late or planned. */
export interface QuotaPerson {
  username: string
  name: string
  held: number
  overdue: number
  planned: number
}

export interface LeaderQuota {
  username: string
  name: string
  /** The organisation the leader oversees; null when none is assigned yet (then no people). */
  org: TalkOrg | null
  cadres: number
  /** Talks due in the year: cadres × quota. */
  due: number
  held: number
  /** Cadres whose quota is met. */
  complete: number
  people: QuotaPerson[]
}

export interface TalkQuota {
  year: number
  /** Talks a leader owes each cadre in a year. */
  quota: number
  leaders: LeaderQuota[]
}

/** A branch's open follow-up items, by age: up to 30 days, 31–90 days, over 90 days. */
export interface BranchFollowUps {
  code: string
  name: string
  open: number
  overdue: number
  upTo30: number
  upTo90: number
  over90: number
}

/** An open follow-up item (整改事项) a talk raised; a process instance, so a case page. */
export interface FollowUpItem {
  processInstanceId: string
  title: string
  /** Username of who must put it right. */
  owner: string
  ownerName: string
  branch: TalkOrg
  /** Where it came from, e.g. 谈心谈话：李强与张三. */
  source: string
  /** ISO-8601 instant. */
  openedAt: string
  /** `YYYY-MM-DD`. */
  deadline: string
  ageDays: number
  overdue: boolean
}

export interface TalkFollowUps {
  branches: BranchFollowUps[]
  items: FollowUpItem[]
}

/** Where the browser downloads the year's talks as Excel. */
export function talkExportUrl(year: number): string {
  return `/api/talks/export?${new URLSearchParams({ year: String(year) })}`
}

export const talksApi = {
  async coverage(year: number): Promise<TalkCoverage> {
    return (await http.get<TalkCoverage>('/api/talks/coverage', { params: { year } })).data
  },
  async quota(year: number): Promise<TalkQuota> {
    return (await http.get<TalkQuota>('/api/talks/quota', { params: { year } })).data
  },
  async followUps(): Promise<TalkFollowUps> {
    return (await http.get<TalkFollowUps>('/api/follow-ups')).data
  },
}
