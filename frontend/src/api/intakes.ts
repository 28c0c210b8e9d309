import type { RoleCode } from './auth'
import { http } from './http'
import type { MemberStatus } from './org'

/**
 * Roles the server lets list the intakes: the Party committee all of them, a branch's secretary
 * and committee members their own branch's. An applicant may still open their own case.
 */
export const INTAKE_ROLES: readonly RoleCode[] = [
  'party-committee',
  'branch-secretary',
  'branch-committee',
]

/** An intake (发展党员) is open until it ends either way. */
export const INTAKE_STATES = ['open', 'closed'] as const
export type IntakeState = (typeof INTAKE_STATES)[number]

/**
 * Where an intake stands: one of the five stages, from applicant to full member. The codes are
 * those of the member registry (`MemberStatus`), so the `memberStatus.*` labels name them; the
 * server implements all five. A case that ended short of full membership says how in `outcome`.
 */
export type IntakeStage = Exclude<MemberStatus, 'none' | 'rejected' | 'cancelled'>

/** The stages the list can be filtered by: the five, in order. */
export const INTAKE_STAGE_FILTERS = [
  'applicant',
  'activist',
  'development-target',
  'probationary',
  'full',
] as const satisfies IntakeStage[]

export interface IntakeBranch {
  code: string
  name: string
}

/** The step an open intake waits at: its task, when it falls due and whether it is late. */
export interface IntakeCurrentStep {
  key: string
  name: string
  /** ISO-8601 instant. */
  due?: string
  overdue: boolean
}

/** An intake as the list shows it. Dates are `YYYY-MM-DD`; absent fields are omitted. */
export interface IntakeRow {
  id: number
  /** Username of the applicant. */
  applicant: string
  applicantName: string
  branch: IntakeBranch
  stage: IntakeStage
  state: IntakeState
  /** The regulation's version the case follows: `2014` for 《中国共产党发展党员工作细则》 (2014). */
  ruleSet: string
  applicationDate: string
  currentStep?: IntakeCurrentStep
  /**
   * How a closed intake ended, as a code: `not-activist`, `political-review-failed`, `vote-lost`,
   * `not-approved`, `cancelled` or `converted`.
   */
  outcome?: string
  processInstanceId?: string
}

export interface IntakePage {
  items: IntakeRow[]
  total: number
  page: number
  size: number
}

export interface IntakeQuery {
  state?: IntakeState
  stage?: IntakeStage
  /** An org code; only the Party committee may choose, the server forces a branch's own. */
  branch?: string
  overdue?: boolean
  page?: number
  size?: number
}

export type IntakeStepState = 'done' | 'current' | 'upcoming' | 'skipped'

/** One of the regulation's 25 steps, in one of its five stages. */
export interface IntakeStep {
  /** 1–25, as the regulation numbers them. */
  number: number
  key: string
  name: string
  stageNumber: number
  stageName: string
  state: IntakeStepState
  /** `YYYY-MM-DD`, when done. */
  date?: string
  /** ISO-8601 instant, when current (or otherwise known). */
  due?: string
  overdue?: boolean
  /** Who acts, e.g. 支部委员会. */
  actor?: string
  /** The rule behind the step, e.g. 年满十八周岁（第五条）. */
  rule?: string
}

/** A talk held during the intake. */
export interface IntakeTalk {
  /** `applicant`: the talk with the applicant (派人谈话); later stages add other kinds. */
  kind: string
  talker: string
  talkerName: string
  talkDate: string
  record: string
}

/** A change of the applicant's entry in the member registry. */
export interface RegistryEntry {
  status: MemberStatus
  effectiveOn: string
  /** The key of the step that made the change. */
  step: string
  stepName?: string
}

/** A mentor (培养联系人) or an introducer (入党介绍人). `since`: YYYY-MM-DD assigned/named. */
export interface IntakePerson {
  username: string
  name: string
  since: string
}

export type AssessmentConclusion = 'good' | 'fair' | 'poor'

/** A half-yearly assessment (半年考察) of the activist. */
export interface IntakeAssessment {
  assessedOn: string
  assessor: string
  assessorName: string
  conclusion: AssessmentConclusion
  record: string
}

/** The political review (政治审查) and its written conclusion. */
export interface IntakePoliticalReview {
  reviewedOn: string
  result: 'passed' | 'failed'
  conclusion: string
}

/** The short training (集中培训): at least 3 days or 24 class hours. */
export interface IntakeTraining {
  startDate: string
  endDate: string
  days: number
  classHours: number
  certificate?: string
}

export type VoteResult = 'noQuorum' | 'lost' | 'passed'

/** A branch general meeting's vote (支部大会表决), on the admission or the conversion. */
export interface IntakeVote {
  kind: 'admission' | 'conversion'
  meetingDate: string
  entitled: number
  present: number
  votesFor: number
  votesAgainst: number
  votesAbstain: number
  writtenVotes: number
  result: VoteResult
  /** Conversion only: convert on time, extend the probation or cancel it. */
  decision?: 'convert' | 'extend' | 'cancel'
  extensionMonths?: number
  resolution?: string
}

/** pre-review: passed | returned; admission and conversion: approved | rejected. */
export interface IntakeApproval {
  kind: 'pre-review' | 'admission' | 'conversion'
  decidedOn: string
  decision: string
  comment?: string
  decidedBy: string
  decidedByName: string
}

/** The case's key facts after the activist stage. Dates YYYY-MM-DD, *At ISO instants. */
export interface IntakeFacts {
  developmentResolutionDate?: string
  noticeStart?: string
  noticeEnd?: string
  applicationFormNumber?: string
  leavingSoon?: boolean
  admissionMeetingDate?: string
  approvalWarnedAt?: string
  approvalBreachedAt?: string
  partyGroup?: string
  oathDate?: string
  probationEnds?: string
  convertedOn?: string
  archivedOn?: string
  archivedDocuments?: string[]
}

export interface IntakeDetail {
  id: number
  applicant: string
  applicantName: string
  branch: IntakeBranch
  stage: IntakeStage
  state: IntakeState
  ruleSet: string
  applicationDate: string
  outcome?: string
  processInstanceId?: string
  steps: IntakeStep[]
  talks: IntakeTalk[]
  registry: RegistryEntry[]
  mentors: IntakePerson[]
  introducers: IntakePerson[]
  assessments: IntakeAssessment[]
  politicalReview?: IntakePoliticalReview
  training?: IntakeTraining
  votes: IntakeVote[]
  approvals: IntakeApproval[]
  facts: IntakeFacts
}

/** Only the parameters that carry a choice: blanks and a false overdue stay out of the URL. */
export function intakeParams(query: IntakeQuery): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = {}
  if (query.state) params.state = query.state
  if (query.stage) params.stage = query.stage
  const branch = query.branch?.trim()
  if (branch) params.branch = branch
  if (query.overdue) params.overdue = true
  if (query.page) params.page = query.page
  if (query.size) params.size = query.size
  return params
}

/** Where the browser downloads the list as Excel, with the same filters (no paging). */
export function intakeExportUrl(query: IntakeQuery): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(intakeParams({ ...query, page: 0, size: 0 }))) {
    params.set(key, String(value))
  }
  const search = params.toString()
  return `/api/intakes/export${search ? `?${search}` : ''}`
}

export const intakesApi = {
  async list(query: IntakeQuery): Promise<IntakePage> {
    return (await http.get<IntakePage>('/api/intakes', { params: intakeParams(query) })).data
  },
  async get(id: number | string): Promise<IntakeDetail> {
    return (await http.get<IntakeDetail>(`/api/intakes/${encodeURIComponent(String(id))}`)).data
  },
}
