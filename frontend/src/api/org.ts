import type { BranchRef } from './auth'
import { http } from './http'

export type OrgType = 'committee' | 'commission' | 'branch' | 'group'

/** A person's entry in the member registry; `rejected` and `cancelled` end an intake short of it. */
export type MemberStatus =
  | 'none'
  | 'applicant'
  | 'activist'
  | 'development-target'
  | 'probationary'
  | 'full'
  | 'rejected'
  | 'cancelled'

export interface OrgNode {
  id: number
  code: string
  name: string
  type: OrgType
  parentId: number | null
  children: OrgNode[]
}

export interface Person {
  id: number
  name: string
  gender: 'M' | 'F'
  post: string | null
  memberStatus: MemberStatus
  branch: BranchRef | null
}

/** One change of a person's registry status, made by a process step. */
export interface MemberStatusChange {
  status: MemberStatus
  /** The date the status took effect (YYYY-MM-DD). */
  effectiveOn: string
  step: string
  stepName: string
  /** Username of who recorded the change. */
  changedBy: string
  /** Their name, when the server knows it. */
  changedByName?: string
  /** ISO instant of the recording. */
  changedAt: string
}

export interface MemberHistory {
  personId: number
  name: string
  memberStatus: MemberStatus
  memberStatusSince?: string
  history: MemberStatusChange[]
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface PeopleQuery {
  orgId?: number
  page: number
  size: number
}

export const orgApi = {
  async tree(): Promise<OrgNode[]> {
    return (await http.get<OrgNode[]>('/api/orgs')).data
  },
  async people(query: PeopleQuery): Promise<Page<Person>> {
    return (await http.get<Page<Person>>('/api/people', { params: query })).data
  },
  async memberHistory(personId: number): Promise<MemberHistory> {
    return (await http.get<MemberHistory>(`/api/people/${personId}/member-history`)).data
  },
}
