import type { RoleCode } from './auth'
import { http } from './http'

/**
 * Roles the server shows the annual responsibility reports (主体责任报告) to: the Party committee
 * and the discipline commission every organisation's, a branch's secretary and committee members
 * their own branch's.
 */
export const REPORT_ROLES: readonly RoleCode[] = [
  'party-committee',
  'discipline',
  'branch-secretary',
  'branch-committee',
]

/** The first year reports can be asked for (the server refuses earlier years). */
export const REPORT_FIRST_YEAR = 2020

/** Where a report stands: being drafted, returned for revision, submitted, accepted. */
export const REPORT_STATUSES = ['drafting', 'returned', 'submitted', 'accepted'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/** The Party committee's grade of an accepted report (优秀 / 良好 / 一般 / 较差). */
export const REPORT_GRADES = ['excellent', 'good', 'fair', 'poor'] as const
export type ReportGrade = (typeof REPORT_GRADES)[number]

/** The figures the server counts from Ronghe's records, in the order it lists them. */
export const FIGURE_CODES = [
  'intake.applications',
  'intake.activists',
  'intake.developmentTargets',
  'intake.admitted',
  'intake.converted',
  'talks.members',
  'talks.covered',
  'talks.coverage',
  'talks.held',
  'talks.events',
  'campaigns.sessions',
  'campaigns.attendance',
  'campaigns.madeUp',
  'campaigns.lateReflections',
  'followUps.opened',
  'followUps.closed',
  'followUps.open',
] as const
export type FigureCode = (typeof FIGURE_CODES)[number]

export interface ReportOrg {
  id: number
  code: string
  name: string
}

/** One organisation's report of one year, as the matrix shows it. Null fields may be left out. */
export interface ReportCell {
  reportId: string
  status: ReportStatus
  /** The open task's name (Chinese), while the report is not yet accepted. */
  step?: string | null
  /** `yyyy-MM-dd`. */
  dueOn: string
  /** Still being prepared after its due date. */
  overdue: boolean
  /** Still being prepared, and the Party committee has been told it is late (督办). */
  escalated: boolean
  returnCount: number
  score?: number | null
  grade?: ReportGrade | null
}

/** An organisation's reports, one cell per year of the matrix; null: no report that year. */
export interface ReportRow {
  org: ReportOrg
  cells: (ReportCell | null)[]
}

/** A year's round (部署) and how far its reports have come. */
export interface ReportRound {
  id: string
  year: number
  /** `yyyy-MM-dd`. */
  dueOn: string
  /** The template's name. */
  template: string
  /** ISO-8601 instants. */
  openedAt: string
  closedAt?: string | null
  reports: number
  submitted: number
  accepted: number
  overdue: number
}

export interface ReportMatrix {
  /** Oldest first. */
  years: number[]
  /** Newest first. */
  rounds: ReportRound[]
  rows: ReportRow[]
  canOpenRound: boolean
  canExportScores: boolean
}

export interface ReportSection {
  code: string
  title: string
  guidance?: string | null
  content?: string | null
  /** The Party committee's comment on the section, while the report is returned. */
  comment?: string | null
}

export interface ReportFigure {
  code: string
  /** Chinese, from the server. */
  label: string
  /** Counted from Ronghe's records. */
  computed: number
  /** As the organisation reported it (null: not given, taken as counted). */
  reported?: number | null
  /** Why the reported figure differs. */
  note?: string | null
}

/** A problem the Party committee fed back, each a follow-up item (整改事项) of its own. */
export interface ReportFeedbackItem {
  processInstanceId: string
  title: string
  owner: string
  ownerName: string
  closed: boolean
}

/** One report as it reads. Null fields may be left out. */
export interface ReportDetail {
  id: string
  title: string
  year: number
  org: ReportOrg
  status: ReportStatus
  step?: string | null
  dueOn: string
  overdue: boolean
  /** ISO-8601 instant the report was escalated (督办) at. */
  escalatedAt?: string | null
  requirements?: string | null
  /** The template's name. */
  template: string
  sections: ReportSection[]
  figures: ReportFigure[]
  submittedAt?: string | null
  /** Display name. */
  submittedBy?: string | null
  returnCount: number
  branchReviewOpinion?: string | null
  /** Null for a branch's people: it is addressed to the Party committee. */
  disciplineOpinion?: string | null
  reviewComment?: string | null
  score?: number | null
  grade?: ReportGrade | null
  /** Display name. */
  reviewedBy?: string | null
  acceptedAt?: string | null
  feedbackItems: ReportFeedbackItem[]
}

/** The years the matrix shows; both optional (the server defaults to the last five). */
export interface ReportYears {
  from?: number
  to?: number
}

function yearParams({ from, to }: ReportYears = {}): Record<string, number> | undefined {
  const params: Record<string, number> = {}
  if (from !== undefined) params.from = from
  if (to !== undefined) params.to = to
  return Object.keys(params).length ? params : undefined
}

/** The report as a PDF, for reading and filing. */
export function reportPdfUrl(id: string): string {
  return `/api/reports/${encodeURIComponent(id)}/pdf`
}

/** The scores of the years as a workbook (主体责任报告评分.xlsx). */
export function reportExportUrl(years: ReportYears = {}): string {
  const params = yearParams(years)
  if (!params) return '/api/reports/export'
  return `/api/reports/export?${new URLSearchParams(
    Object.entries(params).map(([k, v]) => [k, String(v)]),
  )}`
}

export const reportsApi = {
  async matrix(years: ReportYears = {}): Promise<ReportMatrix> {
    return (await http.get<ReportMatrix>('/api/reports', { params: yearParams(years) })).data
  },
  async get(id: string): Promise<ReportDetail> {
    return (await http.get<ReportDetail>(`/api/reports/${encodeURIComponent(id)}`)).data
  },
}
