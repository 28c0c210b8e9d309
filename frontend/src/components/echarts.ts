import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only what the app's charts draw: bars on a grid, with tooltip and legend, on a canvas (CSP-safe).
// EChart.vue imports this module on demand, so ECharts is a chunk of its own, fetched with the
// first chart rather than with the page that holds it.
use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer])

export { init }
