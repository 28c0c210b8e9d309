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
 * Where an intake stands. The codes are those of the member registry (`MemberStatus`), so the
 * `memberStatus.*` labels name them; the server implements the first two so far.
 */
export type IntakeStage = Exclude<MemberStatus, 'none'>

/** The stages the list can be filtered by. */
export const INTAKE_STAGE_FILTERS = ['applicant', 'activist'] as const satisfies IntakeStage[]

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
  /** How a closed intake ended, as a code (`not-activist`, …). */
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
