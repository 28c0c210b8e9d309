import type { EChartsCoreOption } from 'echarts/core'
import type { CampaignBranch } from '@/api/campaigns'
import { barsHeight, horizontalBars } from '@/views/talks/talkCharts'

export { barsHeight }

/** Attended green, absent red; reflections on time blue, late amber. */
export const CAMPAIGN_COLORS = {
  present: '#67c23a',
  absent: '#f56c6c',
  onTime: '#409eff',
  late: '#e6a23c',
} as const

/**
 * The branches worth a bar: those that have held their session. A branch yet to hold it has no
 * attendance to show, and a bar of nothing would read as nobody coming.
 */
export function heldBranches(branches: readonly CampaignBranch[]): CampaignBranch[] {
  return branches.filter((b) => b.held)
}

/** Per branch, members present and absent, stacked: the bar's length is the branch's members. */
export function attendanceChart(
  branches: readonly CampaignBranch[],
  names: { present: string; absent: string },
): EChartsCoreOption {
  return horizontalBars(
    branches.map((b) => b.name),
    [
      { name: names.present, color: CAMPAIGN_COLORS.present, data: branches.map((b) => b.present) },
      { name: names.absent, color: CAMPAIGN_COLORS.absent, data: branches.map((b) => b.absent) },
    ],
  )
}

/** Per branch, reflections handed in on time and late, stacked. */
export function reflectionsChart(
  branches: readonly CampaignBranch[],
  names: { onTime: string; late: string },
): EChartsCoreOption {
  return horizontalBars(
    branches.map((b) => b.name),
    [
      {
        name: names.onTime,
        color: CAMPAIGN_COLORS.onTime,
        data: branches.map((b) => b.reflectionsOnTime),
      },
      {
        name: names.late,
        color: CAMPAIGN_COLORS.late,
        data: branches.map((b) => b.reflectionsLate),
      },
    ],
  )
}
