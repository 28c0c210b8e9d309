import type { EChartsCoreOption } from 'echarts/core'
import type { ClueCount } from '@/api/disciplineClues'
import { barsHeight, horizontalBars } from '@/views/talks/talkCharts'

export { barsHeight }

/** Months blue; sources, ways and the four forms each a colour of their own. */
export const CLUE_COLORS = {
  month: '#409eff',
  source: '#409eff',
  way: '#e6a23c',
  fourForm: '#f56c6c',
} as const

/** The twelve months' short names in `locale`: 1月 … 12月, Jan … Dec. */
export function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 1)))
}

/** Clues received per month: twelve upright bars, January to December. */
export function monthChart(byMonth: readonly number[], months: string[], name: string) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name,
        data: months.map((_, i) => byMonth[i] ?? 0),
        itemStyle: { color: CLUE_COLORS.month },
        barMaxWidth: 24,
      },
    ],
  } satisfies EChartsCoreOption
}

/**
 * One breakdown (by source, way or form) as a bar per code, in the server's order, each code
 * labelled by `label`.
 */
export function countsChart(
  counts: readonly ClueCount[],
  label: (key: string) => string,
  series: { name: string; color: string },
): EChartsCoreOption {
  return horizontalBars(
    counts.map((c) => label(c.key)),
    [{ ...series, data: counts.map((c) => c.count) }],
  )
}
