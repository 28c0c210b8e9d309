import { http, type ProblemDetail } from './http'

export const TASK_SCOPES = ['mine', 'claimable', 'involved', 'done'] as const
export type TaskScope = (typeof TASK_SCOPES)[number]

export const TASK_SORTS = ['due', 'created', 'priority'] as const
export type TaskSort = (typeof TASK_SORTS)[number]

/** A task as the inbox lists it. Instants are ISO-8601 UTC strings; absent fields are omitted. */
export interface TaskRow {
  id: string
  name: string
  taskKey: string
  processKey: string
  processName: string
  processInstanceId: string
  title: string
  branch?: { code: string; name: string }
  created: string
  due?: string
  overdue: boolean
  /** Username of whoever holds the task. */
  assignee?: string
  /** Display name of the assignee. */
  assigneeName?: string
  priority: number
  ended?: string
}

export type TaskCounts = Record<TaskScope, number>

export interface TaskPage {
  items: TaskRow[]
  total: number
  page: number
  size: number
  counts: TaskCounts
}

export interface TaskQuery {
  scope: TaskScope
  page?: number
  size?: number
  sort?: TaskSort
  process?: string
  branch?: string
  overdue?: boolean
  q?: string
}

/** A form-js schema; its fields are typed by form-js itself. */
export type FormSchema = Record<string, unknown>
export type FormValues = Record<string, unknown>

export interface TaskForm {
  schema: FormSchema
  values: FormValues
  readOnly: boolean
}

/** An earlier step a task may be sent back to. */
export interface ReturnTarget {
  activityId: string
  name: string
}

export interface CompleteRequest {
  values: FormValues
  comment?: string
}

/** The most tasks one batch may complete (the server refuses more). */
export const BATCH_MAX = 50

/** How one task of a batch went: 204 when completed, else the problem's status, code and detail. */
export interface BatchOutcome {
  taskId: string
  status: number
  code?: string
  detail?: string
  /** The fields a refused task's problem names. */
  errors?: ProblemDetail['errors']
}

/** Only the parameters that carry a choice: defaults and blanks stay out of the URL. */
export function inboxParams(query: TaskQuery): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = { scope: query.scope }
  if (query.page) params.page = query.page
  if (query.size) params.size = query.size
  if (query.sort) params.sort = query.sort
  if (query.process) params.process = query.process
  if (query.branch) params.branch = query.branch
  if (query.overdue) params.overdue = true
  const q = query.q?.trim()
  if (q) params.q = q
  return params
}

export const tasksApi = {
  async inbox(query: TaskQuery): Promise<TaskPage> {
    return (await http.get<TaskPage>('/api/tasks', { params: inboxParams(query) })).data
  },
  async get(id: string): Promise<TaskRow> {
    return (await http.get<TaskRow>(`/api/tasks/${encodeURIComponent(id)}`)).data
  },
  async claim(id: string): Promise<TaskRow> {
    return (await http.post<TaskRow>(`/api/tasks/${encodeURIComponent(id)}/claim`)).data
  },
  async unclaim(id: string): Promise<TaskRow> {
    return (await http.post<TaskRow>(`/api/tasks/${encodeURIComponent(id)}/unclaim`)).data
  },
  async form(id: string): Promise<TaskForm> {
    return (await http.get<TaskForm>(`/api/tasks/${encodeURIComponent(id)}/form`)).data
  },
  async complete(id: string, request: CompleteRequest): Promise<void> {
    await http.post(`/api/tasks/${encodeURIComponent(id)}/complete`, request)
  },
  /** The same values (and opinion) for several tasks of one step; a result per task. */
  async batchComplete(
    taskIds: string[],
    values: FormValues,
    comment?: string,
  ): Promise<BatchOutcome[]> {
    const note = comment?.trim()
    const body = { taskIds, values, ...(note ? { comment: note } : {}) }
    return (await http.post<BatchOutcome[]>('/api/tasks/batch-complete', body)).data
  },
  async returnTargets(id: string): Promise<ReturnTarget[]> {
    return (await http.get<ReturnTarget[]>(`/api/tasks/${encodeURIComponent(id)}/return-targets`))
      .data
  },
  async returnTo(id: string, target: string, reason: string): Promise<void> {
    await http.post(`/api/tasks/${encodeURIComponent(id)}/return`, { target, reason })
  },
  /** `transfer` hands the task over; `delegate` lends it and it comes back on submit. */
  async handOver(
    id: string,
    mode: 'transfer' | 'delegate',
    to: string,
    reason: string,
  ): Promise<void> {
    await http.post(`/api/tasks/${encodeURIComponent(id)}/${mode}`, { to, reason })
  },
  async copy(id: string, users: string[]): Promise<void> {
    await http.post(`/api/tasks/${encodeURIComponent(id)}/cc`, { users })
  },
  /** How many people were notified (0 when they were urged within the hour). */
  async urge(id: string, message?: string): Promise<number> {
    const body = message?.trim() ? { message: message.trim() } : {}
    return (
      await http.post<{ notified: number }>(`/api/tasks/${encodeURIComponent(id)}/urge`, body)
    ).data.notified
  },
}
