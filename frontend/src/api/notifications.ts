import { http } from './http'

/** Kinds the server sends; others are shown without a tag. */
export const NOTIFICATION_KINDS = [
  'task.reminder',
  'task.escalation',
  'task.overdue',
  'task.urge',
  'report.escalated',
  'discipline.recusal',
] as const

export interface AppNotification {
  id: number
  kind: string
  title: string
  body?: string
  /** A route of this app, like `/tasks/<id>`. */
  link?: string
  taskId?: string
  created: string
  read: boolean
}

export interface NotificationPage {
  items: AppNotification[]
  total: number
  unread: number
}

export const notificationsApi = {
  async list(params: { unreadOnly?: boolean; page?: number; size?: number } = {}) {
    return (await http.get<NotificationPage>('/api/notifications', { params })).data
  },
  async unreadCount(): Promise<number> {
    return (await http.get<{ unread: number }>('/api/notifications/unread-count')).data.unread
  },
  async markRead(id: number): Promise<void> {
    await http.post(`/api/notifications/${encodeURIComponent(String(id))}/read`)
  },
  async markAllRead(): Promise<number> {
    return (await http.post<{ marked: number }>('/api/notifications/read-all')).data.marked
  },
}
