function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** An ISO-8601 instant as `2026-11-28 15:04` in the browser's time zone; '—' when absent. */
export function formatInstant(iso: string | undefined | null): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}`
  )
}
