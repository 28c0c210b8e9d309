import { http } from './http'

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

export interface CompleteRequest {
  values: FormValues
  comment?: string
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
}
