import { fileForm, type StoredFile } from './files'
import { http } from './http'
import type { TaskRow } from './tasks'

/** An opinion given at one step of a case. */
export interface Opinion {
  author: string
  authorName: string
  body: string
  at: string
}

/** One step of a case, as the history records it. */
export interface TimelineEntry {
  activityId: string
  name: string
  /** BPMN element type: `startEvent`, `userTask`, `noneEndEvent`, … */
  type: string
  assignee?: string
  assigneeName?: string
  started: string
  ended?: string
  canceled: boolean
  /** What the step came to: the label of the decision taken in its form, or 退回. */
  outcome?: string
  opinions: Opinion[]
}

export type CaseState = 'ACTIVE' | 'COMPLETED' | 'SUSPENDED' | 'EXTERNALLY_TERMINATED' | string

/** A process instance as a participant sees it: header, diagram, history and open tasks. */
export interface CaseView {
  id: string
  processKey: string
  processName: string
  title: string
  branchName?: string
  state: CaseState
  started: string
  ended?: string
  bpmnXml: string
  activeActivities: string[]
  completedActivities: string[]
  timeline: TimelineEntry[]
  currentTasks: TaskRow[]
}

/** A file attached to a case (its content is downloaded from `attachmentUrl(id)`). */
export interface Attachment extends StoredFile {
  processInstanceId?: string
  taskId?: string
}

export function attachmentUrl(id: number | string): string {
  return `/api/attachments/${encodeURIComponent(String(id))}`
}

/** The case file (卷宗) as a PDF: cover, timeline, each form's final values, attachments. */
export function dossierUrl(id: string): string {
  return `/api/instances/${encodeURIComponent(id)}/dossier`
}

export const casesApi = {
  async get(id: string): Promise<CaseView> {
    return (await http.get<CaseView>(`/api/instances/${encodeURIComponent(id)}`)).data
  },
  async attachments(id: string): Promise<Attachment[]> {
    return (await http.get<Attachment[]>(`/api/instances/${encodeURIComponent(id)}/attachments`))
      .data
  },
  /** Multipart upload through the app's axios instance, so the CSRF header goes along. */
  async upload(taskId: string, file: File): Promise<Attachment> {
    return (
      await http.post<Attachment>(
        `/api/tasks/${encodeURIComponent(taskId)}/attachments`,
        fileForm(file),
      )
    ).data
  },
}
