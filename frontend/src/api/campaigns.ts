import type { TypicalCase } from './typicalCases'
import type { RoleCode } from './auth'
import { http } from './http'

/**
 * Roles the server shows the list of warning-education campaigns (警示教育) to, and their detail
 * (a branch's people see their own branch's rows only). Everyone sees their own record.
 */
export const CAMPAIGN_ROLES: readonly RoleCode[] = [
  'discipline',
  'party-committee',
  'branch-secretary',
  'branch-committee',
]

/** Roles that start a campaign (from 发起事项): the discipline commission. */
export const CAMPAIGN_STARTER_ROLES: readonly RoleCode[] = ['discipline']

/** 常规 (the yearly one) or 专项 (aimed at an occasion or a group). */
export const CAMPAIGN_KINDS = ['routine', 'special'] as const
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number]

/** Whom or what a special campaign is aimed at. */
export const SPECIAL_TARGETS = ['holiday', 'newStaff', 'highRiskPosts', 'threeRules'] as const
export type SpecialTarget = (typeof SPECIAL_TARGETS)[number]

/** Where a campaign stands: plan awaiting approval, branches holding sessions, summary, closed. */
export const CAMPAIGN_STAGES = ['approval', 'branches', 'summary', 'closed'] as const
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number]

/** How a branch holds its session. */
export const SESSION_FORMS = ['meeting', 'trial', 'visit', 'video'] as const
export type SessionForm = (typeof SESSION_FORMS)[number]

/** A campaign in the list, with how many of its branches have held and summed up their session. */
export interface CampaignRow {
  id: number
  title: string
  kind: CampaignKind
  specialTarget: SpecialTarget | null
  /** `yyyy-MM-dd`: the period the branches hold their sessions in. */
  sessionFrom: string
  sessionTo: string
  stage: CampaignStage
  branches: number
  sessionsHeld: number
  summariesFiled: number
  /** ISO-8601 instant. */
  createdAt: string
}

export interface CampaignList {
  items: CampaignRow[]
}

/** The campaign's figures, counted from the branches' records. */
export interface CampaignFigures {
  sessionsHeld: number
  present: number
  absent: number
  madeUp: number
  /** Whole percent. */
  attendanceRate: number
  reflectionsOnTime: number
  reflectionsLate: number
  rectificationItems: number
}

/** One branch's part in a campaign: its session, attendance, reflections and summary. */
export interface CampaignBranch {
  code: string
  name: string
  processInstanceId: string
  sessionDate: string | null
  sessionForm: SessionForm | null
  sessionPlace: string | null
  /** Signed in: the session took place. */
  held: boolean
  present: number
  absent: number
  madeUp: number
  reflectionsOnTime: number
  reflectionsLate: number
  rectificationItems: number
  summaryFiled: boolean
}

/** A rectification item (整改事项) a branch's self-check raised; a process, so a case page. */
export interface CampaignRectification {
  processInstanceId: string
  title: string
  owner: string
  ownerName: string
  branch: { id: number; code: string; name: string }
  /** ISO-8601 instant. */
  createdAt: string
  closed: boolean
}

export interface CampaignDetail {
  id: number
  title: string
  kind: CampaignKind
  specialTarget: SpecialTarget | null
  theme: string
  sessionFrom: string
  sessionTo: string
  /** Days after the session a reflection is due in. */
  reflectionDays: number
  /** The study materials, plain text with line breaks. */
  materials: string
  /** The typical cases of the library chosen as material (withdrawn ones left out). */
  typicalCases: TypicalCase[]
  stage: CampaignStage
  figures: CampaignFigures
  branches: CampaignBranch[]
  rectifications: CampaignRectification[]
}

/** One campaign as one person took part in it. */
export interface CampaignHistoryItem {
  campaignId: number
  title: string
  kind: CampaignKind
  branchName: string
  sessionDate: string | null
  present: boolean
  absenceReason: string | null
  /** `yyyy-MM-dd` the missed session was made up on. */
  madeUpOn: string | null
  /** ISO-8601 instant. */
  reflectionSubmittedAt: string | null
  reflectionLate: boolean | null
}

export interface CampaignHistory {
  username: string
  name: string
  items: CampaignHistoryItem[]
}

/** Where the browser downloads a campaign's summary as Excel. */
export function campaignExportUrl(id: number | string): string {
  return `/api/campaigns/${encodeURIComponent(String(id))}/export`
}

/** The campaign's summary report for filing, as a PDF (活动名-汇总.pdf). */
export function campaignReportUrl(id: number | string): string {
  return `/api/campaigns/${encodeURIComponent(String(id))}/report`
}

export const campaignsApi = {
  async list(): Promise<CampaignList> {
    return (await http.get<CampaignList>('/api/campaigns')).data
  },
  async get(id: number | string): Promise<CampaignDetail> {
    return (await http.get<CampaignDetail>(`/api/campaigns/${encodeURIComponent(String(id))}`)).data
  },
  /** Someone's warning education record; one's own without `username`. */
  async history(username?: string): Promise<CampaignHistory> {
    const params = username ? { username } : undefined
    return (await http.get<CampaignHistory>('/api/campaigns/history', { params })).data
  },
}
