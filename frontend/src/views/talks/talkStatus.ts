import type { QuotaPerson, TalkStatus } from '@/api/talks'

/**
 * How each status looks, the same in tags and charts: held green, planned blue, overdue red,
 * none grey. The brand colour is red, so `primary` tags are repainted blue (TalkStatusTag).
 */
export const STATUS_LOOK: Record<
  TalkStatus,
  { tag: 'success' | 'primary' | 'danger' | 'info'; color: string }
> = {
  held: { tag: 'success', color: '#67c23a' },
  planned: { tag: 'primary', color: '#409eff' },
  overdue: { tag: 'danger', color: '#f56c6c' },
  none: { tag: 'info', color: '#909399' },
}

/** Where a cadre's talks with their leader stand: quota met, one late, one planned, or none. */
export function cadreStatus(person: QuotaPerson, quota: number): TalkStatus {
  if (person.held >= quota) return 'held'
  if (person.overdue > 0) return 'overdue'
  if (person.planned > 0) return 'planned'
  return 'none'
}

/** A whole percentage of `part` in `whole`; 0 when there is nothing to count. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0
}
