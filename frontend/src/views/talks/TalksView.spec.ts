import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { talksApi } from '@/api/talks'
import { i18n } from '@/locales'
import { coverageByYear, followUps, quota2026 } from '@/test/fixtures/talks'
import { mountWith, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import TalksView from './TalksView.vue'

vi.mock('@/api/talks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/talks')>()),
  talksApi: { coverage: vi.fn(), quota: vi.fn(), followUps: vi.fn() },
}))
vi.mock('@/components/EChart.vue', async () => ({
  default: (await import('@/test/echartStub')).EChartStub,
}))

const coverage = vi.mocked(talksApi.coverage)
const quota = vi.mocked(talksApi.quota)
const openItems = vi.mocked(talksApi.followUps)

/** The first branch's secretary: coverage and follow-ups of that branch, no leaders' talks. */
const liqiang: CurrentUser = {
  username: 'liqiang',
  displayName: '李强',
  roles: ['branch-secretary', 'staff'],
  branch: { id: 3, name: '第一党支部（审判业务）' },
  passwordMustChange: false,
}

/** A court leader: their talks with the cadres they oversee, nothing else. */
const huangzhiming: CurrentUser = {
  username: 'huangzhiming',
  displayName: '黄志明',
  roles: ['leader', 'staff'],
  branch: null,
  passwordMustChange: false,
}

async function mountAt(url: string, user: CurrentUser = wangwei) {
  const app = setup(user)
  await app.router.push(url)
  const wrapper = mountWith(TalksView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function tabLabels(wrapper: Wrapper) {
  return wrapper.findAll('.el-tabs__item').map((tab) => tab.text())
}

describe('TalksView', () => {
  beforeEach(() => {
    resetLocale()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-15T08:00:00+08:00'))
    coverage.mockReset()
    quota.mockReset()
    openItems.mockReset()
    coverage.mockImplementation(async (year) => {
      const answer = coverageByYear[year]
      if (!answer) throw problemError({ status: 400, detail: '年份超出范围' })
      return answer
    })
    quota.mockResolvedValue(quota2026)
    openItems.mockResolvedValue(followUps)
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows the Party committee all three tabs of this year, coverage first', async () => {
    const { wrapper } = await mountAt('/talks')

    expect(wrapper.find('h1').text()).toBe('谈心谈话')
    expect(coverage.mock.calls.map(([year]) => year).sort()).toEqual([2024, 2025, 2026])
    expect(quota).toHaveBeenCalledExactlyOnceWith(2026)
    expect(openItems).toHaveBeenCalledOnce()
    expect(tabLabels(wrapper)).toEqual(['覆盖情况', '领导谈话', '整改事项'])
    expect(wrapper.find('[data-test="tab-coverage"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="tab-quota"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="tab-follow-ups"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="coverage-summary"]').text()).toBe(
      '本年度应谈 5 人，已谈 2 人（40%）',
    )
    expect(wrapper.findAll('.el-table__header th').map((th) => th.text())).toContain('2024 年')
  })

  it('offers this year’s talks as an Excel download', async () => {
    const { wrapper } = await mountAt('/talks')

    const link = wrapper.get('[data-test="talks-export"]')
    expect(link.element.tagName).toBe('A')
    expect(link.attributes('href')).toBe('/api/talks/export?year=2026')
    expect(link.attributes('download')).toBeDefined()
    expect(link.text()).toBe('导出 Excel')
  })

  it('opens the other tabs', async () => {
    const { wrapper } = await mountAt('/talks')

    await wrapper.get('[data-test="tab-quota"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="quota"]').isVisible()).toBe(true)
    expect(wrapper.text()).toContain('黄志明')

    await wrapper.get('[data-test="tab-follow-ups"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="follow-ups"]').isVisible()).toBe(true)
    expect(wrapper.text()).toContain('庭审作风不够严谨')
  })

  it('shows a branch secretary coverage and follow-ups, and never asks for the leaders', async () => {
    const { wrapper } = await mountAt('/talks', liqiang)

    expect(quota).not.toHaveBeenCalled()
    expect(tabLabels(wrapper)).toEqual(['覆盖情况', '整改事项'])
    expect(wrapper.find('[data-test="tab-quota"]').exists()).toBe(false)
  })

  it('shows a leader only their talks with the cadres they oversee', async () => {
    const { wrapper } = await mountAt('/talks', huangzhiming)

    expect(coverage).not.toHaveBeenCalled()
    expect(openItems).not.toHaveBeenCalled()
    expect(tabLabels(wrapper)).toEqual(['领导谈话'])
    expect(wrapper.find('[data-test="quota"]').exists()).toBe(true)
  })

  it('hides a tab the server refuses (403) instead of showing an error', async () => {
    quota.mockRejectedValue(problemError({ status: 403, detail: '无权查看领导干部谈话情况' }))

    const { wrapper } = await mountAt('/talks')

    expect(tabLabels(wrapper)).toEqual(['覆盖情况', '整改事项'])
    expect(wrapper.find('[data-test="talks-error"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('无权查看领导干部谈话情况')
  })

  it('says so when the server refuses every tab', async () => {
    quota.mockRejectedValue(problemError({ status: 403 }))

    const { wrapper } = await mountAt('/talks', huangzhiming)

    expect(wrapper.find('.el-tabs').exists()).toBe(false)
    expect(wrapper.get('[data-test="talks-no-access"]').text()).toContain('您无权查看谈心谈话情况')
  })

  it('waits for every tab’s answer before showing the tabs', async () => {
    let answer: (value: typeof followUps) => void = () => {}
    openItems.mockReturnValue(new Promise((resolve) => (answer = resolve)))

    const { wrapper } = await mountAt('/talks')
    expect(wrapper.find('[data-test="talks-loading"]').exists()).toBe(true)
    expect(wrapper.find('.el-tabs').exists()).toBe(false)

    answer(followUps)
    await flushPromises()
    expect(wrapper.find('[data-test="talks-loading"]').exists()).toBe(false)
    expect(tabLabels(wrapper)).toHaveLength(3)
  })

  it('shows why a tab could not be loaded, and tries again', async () => {
    openItems.mockRejectedValueOnce(problemError({ status: 500, detail: '数据库暂时不可用' }))
    const { wrapper } = await mountAt('/talks')

    await wrapper.get('[data-test="tab-follow-ups"]').trigger('click')
    await flushPromises()
    const error = wrapper.get('[data-test="talks-error"]')
    expect(error.text()).toContain('谈心谈话情况加载失败')
    expect(error.text()).toContain('数据库暂时不可用')

    await error.get('button').trigger('click')
    await flushPromises()
    expect(openItems).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-test="talks-error"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('庭审作风不够严谨')
  })

  it('still shows the year when an earlier year cannot be loaded', async () => {
    coverage.mockImplementation(async (year) => {
      if (year === 2024) throw problemError({ status: 500 })
      return coverageByYear[year]!
    })

    const { wrapper } = await mountAt('/talks')

    expect(wrapper.find('[data-test="talks-error"]').exists()).toBe(false)
    const first = wrapper.findAll('.el-table__body tr')[0]!
    expect(
      first.findAll('[data-test="coverage-cell"]').map((c) => c.attributes('data-status')),
    ).toEqual(['missing', 'held', 'held'])
  })

  it('fails the coverage tab when the selected year cannot be loaded', async () => {
    coverage.mockRejectedValue(problemError({ status: 500, detail: '服务器错误' }))

    const { wrapper } = await mountAt('/talks')

    expect(wrapper.get('[data-test="talks-error"]').text()).toContain('服务器错误')
  })

  it('changes the year through the address, asking again for that year only', async () => {
    const { wrapper, router } = await mountAt('/talks')
    coverage.mockClear()
    quota.mockClear()

    wrapper.getComponent(ElSelect).vm.$emit('update:modelValue', 2025)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ year: '2025' })
    expect(coverage.mock.calls.map(([year]) => year).sort()).toEqual([2023, 2024, 2025])
    expect(quota).toHaveBeenCalledExactlyOnceWith(2025)
    expect(openItems).toHaveBeenCalledOnce()
    expect(wrapper.get('[data-test="talks-export"]').attributes('href')).toBe(
      '/api/talks/export?year=2025',
    )
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers.slice(2)).toEqual(['2023 年', '2024 年', '2025 年'])
  })

  it('reads the year from the address', async () => {
    const { wrapper } = await mountAt('/talks?year=2025')

    expect(quota).toHaveBeenCalledExactlyOnceWith(2025)
    expect(wrapper.getComponent(ElSelect).props('modelValue')).toBe(2025)
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt('/talks')

    expect(wrapper.find('h1').text()).toBe('Heart-to-heart talks')
    expect(tabLabels(wrapper)).toEqual(['Coverage', "Leaders' talks", 'Follow-ups'])
    expect(wrapper.get('[data-test="talks-export"]').text()).toBe('Export to Excel')
  })
})
