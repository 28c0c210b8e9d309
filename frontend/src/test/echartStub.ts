import type { EChartsCoreOption } from 'echarts/core'
import { defineComponent, h, type PropType } from 'vue'

/**
 * EChart without ECharts, for view specs: happy-dom has no canvas to draw on. Specs read the
 * option it was given. Mock with
 * `vi.mock('@/components/EChart.vue', async () => ({ default: (await import('@/test/echartStub')).EChartStub }))`.
 */
export const EChartStub = defineComponent({
  name: 'EChart',
  props: {
    option: { type: Object as PropType<EChartsCoreOption>, required: true },
    label: { type: String, required: true },
    height: { type: String, default: '280px' },
  },
  setup(props) {
    return () => h('div', { role: 'img', 'aria-label': props.label, 'data-test': 'chart' })
  },
})

/** The series of a bar chart the views build (`talkCharts.horizontalBars`). */
export function seriesOf(option: EChartsCoreOption) {
  return option.series as { name: string; data: number[]; itemStyle: { color: string } }[]
}

/** The categories (bars' rows) of a horizontal bar chart. */
export function categoriesOf(option: EChartsCoreOption): string[] {
  return (option.yAxis as { data: string[] }).data
}
