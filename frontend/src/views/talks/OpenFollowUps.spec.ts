import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/locales'
import { categoriesOf, EChartStub, seriesOf } from '@/test/echartStub'
import { followUps } from '@/test/fixtures/talks'
import { resetLocale, setup, wangwei } from '@/test/helpers'
import OpenFollowUps from './OpenFollowUps.vue'

vi.mock('@/components/EChart.vue', async () => ({
  default: (await import('@/test/echartStub')).EChartStub,
}))

async function mountFollowUps(data = followUps) {
  const app = setup(wangwei)
  await app.router.push('/talks')
  const wrapper = mount(OpenFollowUps, {
    props: { followUps: data },
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('OpenFollowUps', () => {
  beforeEach(resetLocale)

  it('charts each branch’s open items by age and counts those overdue', async () => {
    const { wrapper } = await mountFollowUps()

    expect(wrapper.get('[data-test="follow-ups-summary"]').text()).toBe(
      '未完成整改事项 3 项，其中逾期 1 项',
    )
    const option = wrapper.getComponent(EChartStub).props('option')
    expect(categoriesOf(option)).toEqual(['第一党支部（审判业务）', '第二党支部（执行局）'])
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['≤30天', [1, 0]],
      ['31–90天', [0, 1]],
      ['90天以上', [1, 0]],
    ])
  })

  it('lists the items, the overdue one marked with a red 逾期 tag', async () => {
    const { wrapper } = await mountFollowUps()

    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual([
      '整改事项',
      '责任人',
      '支部',
      '来源',
      '提出日期',
      '整改期限',
      '已持续',
    ])
    const [late, onTime] = wrapper.findAll('.el-table__body tr')
    expect(late!.findAll('td').map((td) => td.text())).toEqual([
      '庭审作风不够严谨',
      '张三',
      '第一党支部（审判业务）',
      '谈心谈话：李强与张三',
      // 2026-03-02T01:00:00Z in the browser's zone.
      expect.stringMatching(/^2026-03-0[12]$/),
      '2026-04-30逾期',
      '40 天',
    ])
    expect(late!.classes()).toContain('rh-follow-ups__row--overdue')
    expect(late!.get('[data-test="follow-up-overdue"]').classes()).toContain('el-tag--danger')
    expect(onTime!.classes()).not.toContain('rh-follow-ups__row--overdue')
    expect(onTime!.find('[data-test="follow-up-overdue"]').exists()).toBe(false)
  })

  it('links each item to its case page, by link and by row', async () => {
    const { wrapper, router } = await mountFollowUps()

    const links = wrapper.findAll('[data-test="follow-up-link"]')
    expect(links.map((a) => a.attributes('href'))).toEqual(['/cases/abc', '/cases/def'])

    await wrapper.findAll('.el-table__body tr')[1]!.findAll('td')[1]!.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('case')
    expect(router.currentRoute.value.params).toEqual({ id: 'def' })
  })

  it('says so when nothing is open', async () => {
    const { wrapper } = await mountFollowUps({ branches: [], items: [] })

    expect(wrapper.get('[data-test="follow-up-table"]').text()).toContain('暂无未完成的整改事项')
    expect(wrapper.get('[data-test="follow-ups-summary"]').text()).toBe(
      '未完成整改事项 0 项，其中逾期 0 项',
    )
    expect(wrapper.findComponent(EChartStub).exists()).toBe(false)
  })
})
