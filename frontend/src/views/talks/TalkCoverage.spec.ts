import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/locales'
import { categoriesOf, EChartStub, seriesOf } from '@/test/echartStub'
import { coverage2024, coverage2025, coverage2026 } from '@/test/fixtures/talks'
import { resetLocale, setup, wangwei } from '@/test/helpers'
import TalkCoverage, { type CoverageYear } from './TalkCoverage.vue'

vi.mock('@/components/EChart.vue', async () => ({
  default: (await import('@/test/echartStub')).EChartStub,
}))

const years: CoverageYear[] = [
  { year: 2024, coverage: coverage2024 },
  { year: 2025, coverage: coverage2025 },
  { year: 2026, coverage: coverage2026 },
]

async function mountCoverage(props: { years: CoverageYear[] } = { years }) {
  const app = setup(wangwei)
  await app.router.push('/talks')
  const wrapper = mount(TalkCoverage, {
    props,
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountCoverage>>

/** Each row of the matrix: name, branch, then the status of each year ('missing' for —). */
function matrix(wrapper: Wrapper) {
  return wrapper.findAll('.el-table__body tr').map((tr) => {
    const cells = tr.findAll('td')
    const statuses = tr
      .findAll('[data-test="coverage-cell"]')
      .map((cell) => cell.attributes('data-status'))
    return [cells[0]!.text(), cells[1]!.text(), ...statuses]
  })
}

describe('TalkCoverage', () => {
  beforeEach(resetLocale)

  it('sums up the selected year: due, held and the share held', async () => {
    const wrapper = await mountCoverage()

    expect(wrapper.get('[data-test="coverage-summary"]').text()).toBe(
      '本年度应谈 5 人，已谈 2 人（40%）',
    )
  })

  it('charts each branch’s members by status, held green to none grey', async () => {
    const wrapper = await mountCoverage()

    const chart = wrapper.getComponent(EChartStub)
    expect(chart.props('label')).toBe('2026 年各支部谈心谈话覆盖情况')
    expect(categoriesOf(chart.props('option'))).toEqual([
      '第一党支部（审判业务）',
      '第二党支部（执行局）',
    ])
    expect(seriesOf(chart.props('option')).map((s) => [s.name, s.itemStyle.color, s.data])).toEqual(
      [
        ['已谈', '#67c23a', [1, 1]],
        ['已计划', '#409eff', [1, 0]],
        ['逾期', '#f56c6c', [1, 0]],
        ['未安排', '#909399', [0, 1]],
      ],
    )
  })

  it('shows every member across three years, this year’s first, — where not due', async () => {
    const wrapper = await mountCoverage()

    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual(['姓名', '所在支部', '2024 年', '2025 年', '2026 年'])
    expect(matrix(wrapper)).toEqual([
      ['李强', '第一党支部（审判业务）', 'held', 'held', 'held'],
      ['张三', '第一党支部（审判业务）', 'none', 'held', 'overdue'],
      ['刘洋', '第一党支部（审判业务）', 'missing', 'missing', 'planned'],
      ['王磊', '第二党支部（执行局）', 'held', 'overdue', 'held'],
      ['赵敏', '第二党支部（执行局）', 'missing', 'held', 'none'],
      ['陈静', '第二党支部（执行局）', 'held', 'held', 'missing'],
    ])
    const row = wrapper.findAll('.el-table__body tr')[1]!
    const cells = row.findAll('[data-test="coverage-cell"]')
    expect(cells.map((c) => c.text())).toEqual(['未安排', '已谈', '逾期'])
    expect(cells[2]!.classes()).toContain('el-tag--danger')
    expect(wrapper.findAll('.el-table__body tr')[2]!.text()).toContain('—')
  })

  it('filters by name and, switched on, to those not yet talked to this year', async () => {
    const wrapper = await mountCoverage()

    await wrapper.get('input[data-test="coverage-search"]').setValue('张')
    expect(matrix(wrapper).map((row) => row[0])).toEqual(['张三'])

    await wrapper.get('input[data-test="coverage-search"]').setValue('')
    await wrapper.get('[data-test="coverage-not-held"]').trigger('click')
    // 陈静 left before this year: not due, so not "not talked to".
    expect(matrix(wrapper).map((row) => row[0])).toEqual(['张三', '刘洋', '赵敏'])
  })

  it('shows a year that could not be loaded as — for everyone', async () => {
    const wrapper = await mountCoverage({
      years: [
        { year: 2024, coverage: null },
        { year: 2025, coverage: coverage2025 },
        { year: 2026, coverage: coverage2026 },
      ],
    })

    expect(matrix(wrapper)[0]).toEqual([
      '李强',
      '第一党支部（审判业务）',
      'missing',
      'held',
      'held',
    ])
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = await mountCoverage()

    expect(wrapper.get('[data-test="coverage-summary"]').text()).toBe(
      'This year 5 members are due a talk, 2 have had one (40%)',
    )
    expect(wrapper.findAll('[data-test="coverage-cell"]')[0]!.text()).toBe('Held')
  })
})
