import { flushPromises } from '@vue/test-utils'
import { ElOption, ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { disciplineCluesApi } from '@/api/disciplineClues'
import { i18n } from '@/locales'
import { categoriesOf, EChartStub, seriesOf } from '@/test/echartStub'
import { clueStatistics2026, emptyClueStatistics2025 } from '@/test/fixtures/disciplineClues'
import { mountWith, resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import ClueStatisticsView from './ClueStatisticsView.vue'

vi.mock('@/api/disciplineClues', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/disciplineClues')>()),
  disciplineCluesApi: { statistics: vi.fn() },
}))
vi.mock('@/components/EChart.vue', async () => ({
  default: (await import('@/test/echartStub')).EChartStub,
}))

const statistics = vi.mocked(disciplineCluesApi.statistics)

/** A discipline officer (纪检员). */
const zhoujian: CurrentUser = {
  username: 'zhoujian',
  displayName: '周健',
  roles: ['staff', 'discipline'],
  branch: { id: 8, name: '第三党支部（综合部门）' },
  passwordMustChange: false,
}

async function mountAt(path = '/discipline-clues/statistics') {
  const app = setup(zhoujian)
  await app.router.push(path)
  const wrapper = mountWith(ClueStatisticsView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function chart(wrapper: Wrapper, name: string) {
  return wrapper.get(`[data-test="chart-${name}"]`).getComponent(EChartStub)
}

/** Each tile as its label and its count. */
function tiles(wrapper: Wrapper) {
  return ['total', 'cases', 'open'].map((tile) => {
    const card = wrapper.get(`[data-test="stats-${tile}"]`)
    return `${card.get('[data-test="tile-label"]').text()} ${card.get('strong').text()}`
  })
}

describe('ClueStatisticsView', () => {
  beforeEach(() => {
    resetLocale()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-15T08:00:00+08:00'))
    statistics.mockReset()
    statistics.mockImplementation(async (year) =>
      year === 2026 ? clueStatistics2026 : { ...emptyClueStatistics2025, year: year! },
    )
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows this year’s figures, counted over the officer’s own clues', async () => {
    const { wrapper } = await mountAt()

    expect(statistics).toHaveBeenCalledExactlyOnceWith(2026)
    expect(wrapper.find('h1').text()).toBe('问题线索统计')
    expect(wrapper.get('[data-test="stats-scope"]').text()).toBe('仅统计您在知悉范围内的线索')
    expect(tiles(wrapper)).toEqual(['受理线索 9', '立案审查 2', '尚未办结 4'])
    expect(wrapper.getComponent(ElSelect).props('modelValue')).toBe(2026)
  })

  it('offers this year and the five before it, none to come', async () => {
    const { wrapper } = await mountAt()

    const offered = wrapper.findAllComponents(ElOption).map((o) => o.props('value'))
    expect(offered).toEqual([2026, 2025, 2024, 2023, 2022, 2021])
  })

  it('downloads the year’s register as Excel', async () => {
    const { wrapper } = await mountAt()

    const link = wrapper.get('[data-test="stats-export"]')
    expect(link.element.tagName).toBe('A')
    expect(link.attributes('href')).toBe('/api/discipline-clues/export?year=2026')
    expect(link.attributes('download')).toBeDefined()
    expect(link.text()).toBe('导出台账')
  })

  it('charts the year by month, source, way and form, each in the server’s order', async () => {
    const { wrapper } = await mountAt()

    const month = chart(wrapper, 'month').props('option')
    expect((month.xAxis as { data: string[] }).data).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
    )
    expect(seriesOf(month)[0]!.data).toEqual(clueStatistics2026.byMonth)

    const source = chart(wrapper, 'source').props('option')
    expect(categoriesOf(source)).toEqual([
      '来信',
      '来访',
      '来电',
      '网络举报',
      '上级交办转办',
      '审计移送',
      '巡视巡察移送',
    ])
    expect(seriesOf(source)[0]!.data).toEqual([3, 1, 0, 2, 1, 0, 2])

    const way = chart(wrapper, 'way').props('option')
    expect(categoriesOf(way)).toEqual([
      '谈话函询',
      '初步核实',
      '暂存待查',
      '予以了结',
      '报送上级',
      '待审批',
    ])
    expect(seriesOf(way)[0]!.data).toEqual([3, 3, 1, 0, 1, 1])

    const form = chart(wrapper, 'fourForm').props('option')
    expect(categoriesOf(form)).toEqual(['第一种形态', '第二种形态', '第三种形态', '第四种形态'])
    expect(seriesOf(form)[0]!.data).toEqual([3, 1, 0, 1])

    expect(wrapper.get('[data-test="chart-way"]').text()).toContain('按处置方式')
    expect(chart(wrapper, 'fourForm').props('label')).toBe('2026 年问题线索按四种形态')
  })

  it('asks for the year chosen, keeps it in the address and exports that year', async () => {
    const { wrapper, router } = await mountAt()

    wrapper.getComponent(ElSelect).vm.$emit('update:modelValue', 2025)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ year: '2025' })
    expect(statistics).toHaveBeenLastCalledWith(2025)
    expect(wrapper.get('[data-test="stats-export"]').attributes('href')).toBe(
      '/api/discipline-clues/export?year=2025',
    )

    wrapper.getComponent(ElSelect).vm.$emit('update:modelValue', 2026)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues/statistics')
    expect(statistics).toHaveBeenLastCalledWith(2026)
  })

  it('says 暂无 for a year without clues, the tiles at zero and no charts', async () => {
    const { wrapper } = await mountAt('/discipline-clues/statistics?year=2025')

    expect(statistics).toHaveBeenCalledExactlyOnceWith(2025)
    expect(tiles(wrapper)).toEqual(['受理线索 0', '立案审查 0', '尚未办结 0'])
    expect(wrapper.get('[data-test="stats-empty"]').text()).toContain('2025 年暂无问题线索')
    expect(wrapper.findAllComponents(EChartStub)).toHaveLength(0)
    expect(wrapper.find('[data-test="stats-error"]').exists()).toBe(false)
  })

  it('takes this year for a year to come or one it cannot read', async () => {
    for (const asked of ['2027', '1999', 'last']) {
      const { wrapper } = await mountAt(`/discipline-clues/statistics?year=${asked}`)
      expect(statistics).toHaveBeenLastCalledWith(2026)
      wrapper.unmount()
    }
  })

  it('shows why the figures could not be loaded, and tries again', async () => {
    statistics.mockRejectedValueOnce(problemError({ status: 500, detail: '服务器内部错误' }))
    const { wrapper } = await mountAt()

    const error = wrapper.get('[data-test="stats-error"]')
    expect(error.text()).toContain('问题线索统计加载失败')
    expect(error.text()).toContain('服务器内部错误')
    expect(wrapper.find('[data-test="stats-total"]').exists()).toBe(false)

    await error.get('button').trigger('click')
    await flushPromises()
    expect(statistics).toHaveBeenCalledTimes(2)
    expect(tiles(wrapper)[0]).toBe('受理线索 9')
  })

  it('says only discipline officers may see clues when the server refuses (403)', async () => {
    statistics.mockRejectedValue(
      problemError({ status: 403, detail: '只有机关纪委的纪检干部可以查看问题线索' }),
    )
    const { wrapper } = await mountAt()

    expect(wrapper.get('[data-test="stats-no-access"]').text()).toContain(
      '只有机关纪委的纪检干部可以查看问题线索',
    )
    expect(wrapper.findAllComponents(EChartStub)).toHaveLength(0)
  })

  it('goes back to the register', async () => {
    const { wrapper, router } = await mountAt()

    await wrapper.get('[data-test="back"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('discipline-clues')
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt()

    expect(wrapper.find('h1').text()).toBe('Discipline clue statistics')
    expect(wrapper.get('[data-test="stats-scope"]').text()).toBe(
      'Only the clues whose access list you are on are counted',
    )
    expect(tiles(wrapper)).toEqual(['Clues received 9', 'Cases opened 2', 'Not yet closed 4'])
    expect(wrapper.get('[data-test="stats-export"]').text()).toBe('Export register')
    expect(wrapper.get('[data-test="back"]').text()).toBe('Back to discipline clues')
    const month = chart(wrapper, 'month').props('option')
    expect((month.xAxis as { data: string[] }).data.slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar'])
    expect(categoriesOf(chart(wrapper, 'source').props('option'))[0]).toBe('Letter')
    expect(categoriesOf(chart(wrapper, 'way').props('option')).slice(4)).toEqual([
      'Referred up',
      'Awaiting approval',
    ])
    expect(categoriesOf(chart(wrapper, 'fourForm').props('option'))[0]).toBe('First form')
  })
})
