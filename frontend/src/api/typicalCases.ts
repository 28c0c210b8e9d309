import type { RoleCode } from './auth'
import { fileForm, type StoredFile } from './files'
import { http } from './http'

/** Roles the server lets enter, correct and withdraw typical cases: the discipline commission. */
export const TYPICAL_CASE_WRITE_ROLES: readonly RoleCode[] = ['discipline']

/** The kinds of violation a typical case is filed under, in the order the filter offers them. */
export const VIOLATION_TYPES = [
  'interference',
  'bribery',
  'dereliction',
  'leak',
  'conduct',
  'other',
] as const
export type ViolationType = (typeof VIOLATION_TYPES)[number]

export function isViolationType(value: unknown): value is ViolationType {
  return VIOLATION_TYPES.includes(value as ViolationType)
}

/** The longest search text the server takes. */
export const TYPICAL_CASE_QUERY_MAX = 50
export const TYPICAL_CASE_TITLE_MAX = 200
export const TYPICAL_CASE_SUMMARY_MAX = 5000
export const TYPICAL_CASE_SOURCE_MAX = 200

/** A typical case (典型案例) as the discipline commission notified it. */
export interface TypicalCase {
  id: number
  title: string
  /** Plain text; line breaks are the author's. */
  summary: string
  violationType: ViolationType
  /** The server's (Chinese) name of the type. */
  violationLabel: string
  /** Who notified it, e.g. 中央纪委国家监委. */
  source: string
  /** `YYYY-MM-DD`. */
  notifiedOn: string
  /** A case of this court or its region; listed first. */
  localCase: boolean
  updatedBy: string
  /** ISO-8601 instant. */
  updatedAt: string
  /** Its attachments, oldest first; downloaded from `typicalCaseFileUrl(id)`. */
  files: TypicalCaseFile[]
}

/** A file attached to a typical case (the notice, a judgment, slides for the education). */
export type TypicalCaseFile = StoredFile

/** Where a typical case's file is downloaded, by anyone signed in. */
export function typicalCaseFileUrl(id: number | string): string {
  return `/api/typical-case-files/${encodeURIComponent(String(id))}`
}

/** What the discipline commission enters; the server refuses any other field. */
export interface TypicalCaseInput {
  title: string
  summary: string
  violationType: ViolationType
  source: string
  /** `YYYY-MM-DD`, not after today. */
  notifiedOn: string
  localCase?: boolean
}

export interface TypicalCasePage {
  items: TypicalCase[]
  total: number
  page: number
  size: number
}

export interface TypicalCaseQuery {
  /** Searched in title and summary. */
  q?: string
  type?: ViolationType
  page?: number
  size?: number
}

/** Only the parameters that carry a choice: a blank search or type stays out of the URL. */
export function typicalCaseParams(query: TypicalCaseQuery): Record<string, string | number> {
  const params: Record<string, string | number> = {}
  const q = query.q?.trim()
  if (q) params.q = q
  if (query.type) params.type = query.type
  if (query.page) params.page = query.page
  if (query.size) params.size = query.size
  return params
}

function caseUrl(id: number | string): string {
  return `/api/typical-cases/${encodeURIComponent(String(id))}`
}

export const typicalCasesApi = {
  /** Local cases first, then the newest notified. */
  async list(query: TypicalCaseQuery): Promise<TypicalCasePage> {
    return (
      await http.get<TypicalCasePage>('/api/typical-cases', { params: typicalCaseParams(query) })
    ).data
  },
  /** 404 when the case was withdrawn or never was. */
  async get(id: number | string): Promise<TypicalCase> {
    return (await http.get<TypicalCase>(caseUrl(id))).data
  },
  async create(input: TypicalCaseInput): Promise<TypicalCase> {
    return (await http.post<TypicalCase>('/api/typical-cases', input)).data
  },
  async update(id: number | string, input: TypicalCaseInput): Promise<TypicalCase> {
    return (await http.put<TypicalCase>(caseUrl(id), input)).data
  },
  /** Withdraws (撤下) the case: the server keeps it but no longer shows it. */
  async withdraw(id: number | string): Promise<void> {
    await http.delete(caseUrl(id))
  },
  /** Multipart upload through the app's axios instance, so the CSRF header goes along. */
  async uploadFile(id: number | string, file: File): Promise<TypicalCaseFile> {
    return (await http.post<TypicalCaseFile>(`${caseUrl(id)}/files`, fileForm(file))).data
  },
  async deleteFile(fileId: number | string): Promise<void> {
    await http.delete(typicalCaseFileUrl(fileId))
  },
}
