import { durationParts, millisBetween } from './datetime'

/** vue-i18n's `t`, as far as these helpers use it. */
type Translate = (key: string, named: Record<string, unknown>) => string

/** A file size as `12 KB` / `3.4 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** `2天3小时` / `2 d 3 h`, through the `duration.*` messages. */
export function formatDuration(t: Translate, ms: number): string {
  if (ms < 60_000) return t('duration.lessThanMinute', {})
  const parts = durationParts(ms)
  const words: string[] = []
  if (parts.d !== undefined) words.push(t('duration.days', { n: parts.d }))
  if (parts.h !== undefined) words.push(t('duration.hours', { n: parts.h }))
  if (parts.m !== undefined) words.push(t('duration.minutes', { n: parts.m }))
  return words.join(t('duration.separator', {}))
}

/** `刚刚` / `5分钟前` / `3小时前` / `2天前`, through the `relative.*` messages. */
export function formatRelative(t: Translate, iso: string, now = Date.now()): string {
  const minutes = Math.floor(millisBetween(iso, null, now) / 60_000)
  if (minutes < 1) return t('relative.now', {})
  if (minutes < 60) return t('relative.minutes', { n: minutes })
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return t('relative.hours', { n: hours })
  return t('relative.days', { n: Math.floor(hours / 24) })
}
