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

/**
 * Why someone is on a clue's access list: 承办人, 纪委书记, 核查、审查组成员 (the verification or the
 * review team), 审理组成员, 复查组成员 (an appeal's review).
 */
export const ACCESS_DUTIES = [
  'registrar',
  'head',
  'investigator',
  'hearer',
  'appealReviewer',
] as const
export type AccessDuty = (typeof ACCESS_DUTIES)[number]

/**
 * A case's decision (处理决定): 撤销案件（不构成违纪）, 批评教育、诫勉（免予处分）, 警告, 严重警告, 撤销党内职务,
 * 留党察看, 开除党籍.
 */
export const SANCTIONS = [
  'none',
  'admonition',
  'warning',
  'seriousWarning',
  'removal',
  'probation',
  'expulsion',
] as const
export type Sanction = (typeof SANCTIONS)[number]

/** What the review of an appeal (申诉复查) concluded: 维持原处分, 变更处分, 撤销处分. */
export const APPEAL_RESULTS = ['uphold', 'change', 'revoke'] as const
export type AppealResult = (typeof APPEAL_RESULTS)[number]

/** The "four forms" (四种形态) an outcome counts as: 第一种 … 第四种形态. */
export const FOUR_FORMS = [1, 2, 3, 4] as const
export type FourForm = (typeof FOUR_FORMS)[number]

/** The longest reason for a recusal (回避理由) the server takes. */
export const RECUSAL_REASON_MAX = 1000

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
  /** Which of the four forms the outcome counts as; null for none. */
  fourForm?: FourForm | null
  /** Present once the clue became a case. */
  caseFile?: CaseFile | null
  /** The open steps of the clue and of its case. */
  steps: ClueStep[]
}

/** A clue that became a case (立案审查): its review, decision and appeal so far. */
export interface CaseFile {
  /** The case's process instance, when the server names it. */
  instanceId?: string | null
  /** ISO-8601 instant. */
  openedAt: string
  /** The review's due date, approved extensions included; ISO-8601 instant. */
  reviewDue?: string | null
  sanction?: Sanction | null
  /** `yyyy-MM-dd`. */
  decidedOn?: string | null
  decisionNumber?: string | null
  appealResult?: AppealResult | null
  /** ISO-8601 instant. */
  closedAt?: string | null
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

/** Someone taken off a clue (回避): why, who declared or ordered it, and when (ISO-8601 instant). */
export interface ClueRecusal {
  person: CluePerson
  reason: string
  declaredBy: CluePerson
  declaredAt: string
}

/** One clue with the complainant, the allegation, who may see it and who withdrew. */
export interface ClueDetail {
  clue: ClueItem
  /** A named complainant's name and contact; absent for an anonymous one. */
  complainantName?: string | null
  complainantContact?: string | null
  allegation?: string | null
  access: ClueAccess[]
  recusals: ClueRecusal[]
}

/** One bar of the statistics: a code (a source, a way, a form '1'..'4') and its clues. */
export interface ClueCount {
  key: string
  count: number
}

/**
 * A year's clues in figures (问题线索统计), over the clues on the caller's access list only. The
 * breakdowns come in the server's order, every key present (zero counts too).
 */
export interface ClueStatistics {
  year: number
  /** 受理线索: clues received in the year. */
  total: number
  /** 立案审查: those that became a case. */
  cases: number
  /** 尚未办结: those not yet closed. */
  open: number
  /** By source: letter … inspection (来信 … 巡视巡察移送). */
  bySource: ClueCount[]
  /** By way of disposal: the four ways, then referred (报送上级) and pending (待审批). */
  byWay: ClueCount[]
  /** By the four forms: '1' … '4'. */
  byFourForm: ClueCount[]
  /** Twelve counts, January to December, by the date received. */
  byMonth: number[]
}

/** Where the browser downloads the year's register and its figures as Excel (问题线索台账). */
export function clueExportUrl(year: number): string {
  return `/api/discipline-clues/export?${new URLSearchParams({ year: String(year) })}`
}

export const disciplineCluesApi = {
  /** The clues on the caller's access list (403 for anyone but a discipline officer). */
  async list(): Promise<ClueRegister> {
    return (await http.get<ClueRegister>('/api/discipline-clues')).data
  },
  /**
   * The year's figures (this year when left out); 400 for a year before 2000 or after this one,
   * 403 for anyone but a discipline officer.
   */
  async statistics(year?: number): Promise<ClueStatistics> {
    const params = year === undefined ? undefined : { year }
    return (await http.get<ClueStatistics>('/api/discipline-clues/statistics', { params })).data
  },
  /** One clue; 404 when it does not exist or the caller is not on its access list. */
  async get(id: string): Promise<ClueDetail> {
    return (await http.get<ClueDetail>(`/api/discipline-clues/${encodeURIComponent(id)}`)).data
  },
  /**
   * Takes `username` off the clue (回避) for `reason`: anyone on the list for themselves, the
   * commission head for anyone else on it; the head's own is a 409 (it goes to the higher level).
   * Afterwards the clue is a 404 for the person who withdrew.
   */
  async recuse(id: string, username: string, reason: string): Promise<void> {
    await http.post(`/api/discipline-clues/${encodeURIComponent(id)}/recusals`, {
      username,
      reason,
    })
  },
}
