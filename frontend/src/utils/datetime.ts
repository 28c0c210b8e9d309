function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** An ISO-8601 instant as `2026-11-28 15:04` in the browser's time zone; '—' when absent. */
export function formatInstant(iso: string | undefined | null): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${dayOf(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** An ISO-8601 instant as the day `2026-11-28` in the browser's time zone; '—' when absent. */
export function formatDay(iso: string | undefined | null): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return dayOf(d)
}

function dayOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The parts of a duration, biggest first, at most two of them: `{ d: 2, h: 3 }`. */
export function durationParts(ms: number): { d?: number; h?: number; m?: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  if (d > 0) return h > 0 ? { d, h } : { d }
  if (h > 0) return m > 0 ? { h, m } : { h }
  return { m }
}

/** Milliseconds between two ISO instants (`to` defaults to now). */
export function millisBetween(from: string, to?: string | null, now = Date.now()): number {
  const end = to ? new Date(to).getTime() : now
  return end - new Date(from).getTime()
}
