import type { EChartsCoreOption } from 'echarts/core'

export interface BarSeries {
  name: string
  color: string
  /** One value per category, in the categories' order. */
  data: number[]
}

/** Room for one bar per category, so long lists of branches or leaders stay legible. */
export function barsHeight(categories: number): string {
  return `${Math.max(160, categories * 40 + 64)}px`
}

/**
 * Horizontal bars, one row per category (a branch, a leader), top to bottom in the given order.
 * `stacked`: the series add up to a whole; `overlaid`: they are drawn over each other, the last
 * on top (a progress bar: done over due).
 */
export function horizontalBars(
  categories: string[],
  series: BarSeries[],
  layout: 'stacked' | 'overlaid' = 'stacked',
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 8, right: 24, top: 36, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: categories,
      inverse: true,
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      itemStyle: { color: s.color },
      barMaxWidth: 24,
      ...(layout === 'stacked' ? { stack: 'total' } : { barGap: '-100%' }),
    })),
  }
}
