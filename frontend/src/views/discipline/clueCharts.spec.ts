import { describe, expect, it } from 'vitest'
import { clueStatistics2026 } from '@/test/fixtures/disciplineClues'
import { categoriesOf, seriesOf } from '@/test/echartStub'
import { CLUE_COLORS, barsHeight, countsChart, monthChart, monthNames } from './clueCharts'

describe('clueCharts', () => {
  it('names the twelve months in the reader’s language', () => {
    expect(monthNames('zh-CN')).toEqual([
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
    ])
    expect(monthNames('en')).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ])
  })

  it('charts the clues received per month, January to December, upright', () => {
    const option = monthChart(clueStatistics2026.byMonth, monthNames('zh-CN'), '线索数')

    expect(option.xAxis).toEqual({ type: 'category', data: monthNames('zh-CN') })
    expect(option.yAxis).toMatchObject({ type: 'value', minInterval: 1 })
    expect(seriesOf(option)).toEqual([
      expect.objectContaining({
        type: 'bar',
        name: '线索数',
        data: [0, 1, 2, 0, 0, 1, 0, 0, 1, 0, 3, 1],
        itemStyle: { color: CLUE_COLORS.month },
      }),
    ])
  })

  it('draws a month the server left out as zero', () => {
    const option = monthChart([4, 2], monthNames('en'), 'Clues')
    expect(seriesOf(option)[0]!.data).toEqual([4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('charts a breakdown a bar per code, in the server’s order, each labelled', () => {
    const option = countsChart(clueStatistics2026.bySource, (key) => `<${key}>`, {
      name: '线索数',
      color: CLUE_COLORS.source,
    })

    expect(categoriesOf(option)).toEqual([
      '<letter>',
      '<visit>',
      '<phone>',
      '<online>',
      '<referral>',
      '<audit>',
      '<inspection>',
    ])
    expect(seriesOf(option)).toEqual([
      expect.objectContaining({
        name: '线索数',
        data: [3, 1, 0, 2, 1, 0, 2],
        itemStyle: { color: CLUE_COLORS.source },
      }),
    ])
  })

  it('leaves room for every bar', () => {
    expect(barsHeight(7)).toBe('344px')
    expect(barsHeight(2)).toBe('160px')
  })
})
