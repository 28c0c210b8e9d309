import type { RoleCode } from './auth'
import { http } from './http'

/**
 * Roles the server shows the register of problem clues (问题线索) to: discipline officers only, and
 * of the clues only those whose access list (知悉范围) holds them. A clue off one's list is a 404.
 */
export const DISCIPLINE_CLUE_ROLES: readonly RoleCode[] = ['discipline']

/** How a clue came in: 来信, 来访, 来电, 网络举报, 上级交办转办, 审计移送, 巡视巡察移送. */
export const CLUE_SOURCES = [
  'letter',
  'visit',
  'phone',
  'online',
  'referral',
  'audit',
  'inspection',
] as const
export type ClueSource = (typeof CLUE_SOURCES)[number]

/** The four ways of disposal (处置方式): 谈话函询, 初步核实, 暂存待查, 予以了结. */
export const DISPOSAL_WAYS = ['inquiry', 'verification', 'hold', 'close'] as const
export type DisposalWay = (typeof DISPOSAL_WAYS)[number]

/** How a clue ended: 予以了结, 谈话提醒, 暂存待查, 移送处理, 立案审查, 报送上级. */
export const CLUE_OUTCOMES = [
  'close',
  'remind',
  'hold',
  'transfer',
  'openCase',
  'referred',
] as const
export type ClueOutcome = (typeof CLUE_OUTCOMES)[number]

/** Why someone is on a clue's access list: 承办人, 纪委书记, 核查组成员. */
export const ACCESS_DUTIES = ['registrar', 'head', 'investigator'] as const
export type AccessDuty = (typeof ACCESS_DUTIES)[number]

export interface CluePerson {
  username: string
  /** Display name. */
  name: string
}

/** An open step of a clue: its (Chinese) task name, who holds it and by when. */
export interface ClueStep {
  name: string
  /** Null while offered to several people (the verification team) and not yet taken. */
  assignee?: CluePerson | null
  /** ISO-8601 instant. */
  dueAt?: string | null
  overdue: boolean
}

/** One clue as the register lists it. Null fields may be left out. */
export interface ClueItem {
  /** The process instance. */
  id: string
  /** 纪线〔2026〕3号. */
  caseNumber: string
  source: ClueSource
  /** `yyyy-MM-dd`. */
  receivedOn: string
  /** 实名 (true) or 匿名. */
  complainantNamed: boolean
  subject: CluePerson
  /** About the commission's leadership: reported to the higher-level commission (报送上级纪委). */
  higherLevel: boolean
  registrar: CluePerson
  /** ISO-8601 instants. */
  registeredAt: string
  disposalWay?: DisposalWay | null
  outcome?: ClueOutcome | null
  closedAt?: string | null
  steps: ClueStep[]
}

export interface ClueRegister {
  items: ClueItem[]
}

/** A person on a clue's access list, why, and since when (ISO-8601 instant). */
export interface ClueAccess {
  person: CluePerson
  duty: AccessDuty
  grantedAt: string
}

/** One clue with the complainant, the allegation and who may see it. */
export interface ClueDetail {
  clue: ClueItem
  /** A named complainant's name and contact; absent for an anonymous one. */
  complainantName?: string | null
  complainantContact?: string | null
  allegation?: string | null
  access: ClueAccess[]
}

export const disciplineCluesApi = {
  /** The clues on the caller's access list (403 for anyone but a discipline officer). */
  async list(): Promise<ClueRegister> {
    return (await http.get<ClueRegister>('/api/discipline-clues')).data
  },
  /** One clue; 404 when it does not exist or the caller is not on its access list. */
  async get(id: string): Promise<ClueDetail> {
    return (await http.get<ClueDetail>(`/api/discipline-clues/${encodeURIComponent(id)}`)).data
  },
}
