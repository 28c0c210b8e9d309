import { http } from './http'

/**
 * A rule the administrator may change while Ronghe runs (a quota, a time limit, a notice period):
 * a whole number of its unit within its bounds. `group`, `label` and `unit` are the server's words
 * (Chinese).
 */
export interface Setting {
  /** The property that sets its default, e.g. `ronghe.talk.member-quota`. */
  name: string
  /** 谈心谈话, 警示教育, 问题线索, 主体责任报告, 账号安全, 提醒. */
  group: string
  label: string
  /** 次, 天, 个工作日, 个月, 分钟, 小时. */
  unit: string
  min: number
  max: number
  /** In force now. */
  value: number
  /** The configured default. */
  defaultValue: number
  /** The last change through the settings page: username and ISO-8601 instant (absent: none). */
  changedBy?: string | null
  changedAt?: string | null
}

/** The units the server names, and the key of each under `settings.units`. */
export const SETTING_UNITS: Record<string, string> = {
  次: 'times',
  天: 'days',
  个工作日: 'workingDays',
  个月: 'months',
  分钟: 'minutes',
  小时: 'hours',
}

export const settingsApi = {
  async list(): Promise<Setting[]> {
    return (await http.get<Setting[]>('/api/admin/settings')).data
  },
  /**
   * Changes the rules named; all are checked first, and a 400 names each refused one as
   * `values.<name>` with nothing stored. In force from the next request; audited.
   */
  async save(values: Record<string, number>): Promise<Setting[]> {
    return (await http.put<Setting[]>('/api/admin/settings', { values })).data
  },
}
