import { describe, expect, it } from 'vitest'
import { i18n } from '@/locales'
import { formatDuration, formatRelative, formatSize } from './format'

const t = i18n.global.t

describe('format', () => {
  it('gives durations in at most two units, and a word for under a minute', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(formatDuration(t, 20_000)).toBe('不到1分钟')
    expect(formatDuration(t, 42 * 60_000)).toBe('42分钟')
    expect(formatDuration(t, (3 * 60 + 5) * 60_000)).toBe('3小时5分钟')
    expect(formatDuration(t, ((2 * 24 + 3) * 60 + 59) * 60_000)).toBe('2天3小时')
  })

  it('says how long ago something happened', () => {
    i18n.global.locale.value = 'zh-CN'
    const now = Date.parse('2026-11-28T12:00:00Z')
    expect(formatRelative(t, '2026-11-28T11:59:30Z', now)).toBe('刚刚')
    expect(formatRelative(t, '2026-11-28T11:15:00Z', now)).toBe('45分钟前')
    expect(formatRelative(t, '2026-11-27T10:00:00Z', now)).toBe('1天前')
  })

  it('sizes files in B, KB and MB', () => {
    expect(formatSize(45)).toBe('45 B')
    expect(formatSize(245_760)).toBe('240 KB')
    expect(formatSize(5 * 1024 * 1024 + 300_000)).toBe('5.3 MB')
  })
})
