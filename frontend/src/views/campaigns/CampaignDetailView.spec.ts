import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { campaignsApi, type CampaignDetail } from '@/api/campaigns'
import { i18n } from '@/locales'
import { categoriesOf, EChartStub, seriesOf } from '@/test/echartStub'
import { campaign12 } from '@/test/fixtures/campaigns'
import { resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import CampaignDetailView from './CampaignDetailView.vue'

vi.mock('@/api/campaigns', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/campaigns')>()),
  campaignsApi: { list: vi.fn(), get: vi.fn(), history: vi.fn() },
}))
vi.mock('@/components/EChart.vue', async () => ({
  default: (await import('@/test/echartStub')).EChartStub,
}))

const get = vi.mocked(campaignsApi.get)

async function mountCampaign(id = '12') {
  const app = setup(wangwei)
  await app.router.push(`/campaigns/${id}`)
  const wrapper = mount(CampaignDetailView, {
    props: { id },
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountCampaign>>['wrapper']

function rowsOf(wrapper: Wrapper, table: string) {
  return wrapper
    .get(`[data-test="${table}"]`)
    .findAll('.el-table__body tr')
    .map((tr) => tr.findAll('td').map((td) => td.text()))
}

function chart(wrapper: Wrapper, card: string) {
  return wrapper.get(`[data-test="${card}"]`).getComponent(EChartStub).props('option')
}

describe('CampaignDetailView', () => {
  beforeEach(() => {
    resetLocale()
    get.mockReset()
    get.mockResolvedValue(campaign12)
  })

  it('heads the page with title, kind, stage, period, theme and the export link', async () => {
    const { wrapper } = await mountCampaign()

    expect(get).toHaveBeenCalledExactlyOnceWith('12')
    expect(wrapper.get('[data-test="campaign-title"]').text()).toBe('2026年节前警示教育')
    expect(wrapper.get('[data-test="campaign-kind"]').text()).toBe('专项 · 节前节点')
    expect(wrapper.get('[data-test="campaign-stage"]').text()).toBe('各支部开展中')
    expect(wrapper.get('[data-test="campaign-period"]').text()).toBe('2026-09-01 至 2026-09-20')
    expect(wrapper.get('[data-test="campaign-theme"]').text()).toBe('严守节日纪律，筑牢廉洁防线')
    expect(wrapper.text()).toContain('会后 7 天内')
    const link = wrapper.get('[data-test="campaign-export"]')
    expect(link.element.tagName).toBe('A')
    expect(link.attributes('href')).toBe('/api/campaigns/12/export')
    expect(link.attributes('download')).toBeDefined()
    const report = wrapper.get('[data-test="campaign-report"]')
    expect(report.attributes('href')).toBe('/api/campaigns/12/report')
    expect(report.text()).toBe('PDF 报告')
  })

  it('lists the typical cases chosen as material, each linking to the library', async () => {
    const { wrapper } = await mountCampaign()

    const cases = wrapper.get('[data-test="campaign-cases"]')
    expect(cases.text()).toContain('本院执行干警收受好处费案')
    expect(cases.text()).toContain('受贿行贿')
    expect(cases.get('a').attributes('href')).toContain('/typical-cases?q=')
  })

  it('shows the materials as plain text, line breaks kept and markup not interpreted', async () => {
    const { wrapper } = await mountCampaign()

    const materials = wrapper.get('[data-test="campaign-materials"]')
    expect(materials.element.textContent!.trim()).toBe(campaign12.materials)
    expect(materials.find('b').exists()).toBe(false)
    expect(materials.classes()).toContain('rh-campaign__materials')
  })

  it('shows the figures', async () => {
    const { wrapper } = await mountCampaign()

    expect(wrapper.get('[data-test="figure-sessions"]').text()).toBe('已开展支部2共 3 个支部')
    expect(wrapper.get('[data-test="figure-attendance"]').text()).toBe(
      '参学率88%参加 14 人，缺席 2 人，补学 1 人',
    )
    expect(wrapper.get('[data-test="figure-reflections"]').text()).toContain(
      '按时 12 篇，逾期 2 篇',
    )
    expect(wrapper.get('[data-test="figure-rectifications"]').text()).toContain('2')
  })

  it('charts attendance and reflections of the branches that have held their session', async () => {
    const { wrapper } = await mountCampaign()

    const attendance = chart(wrapper, 'chart-attendance')
    expect(categoriesOf(attendance)).toEqual(['第一党支部（审判业务）', '第二党支部（执行局）'])
    expect(seriesOf(attendance).map((s) => [s.name, s.data])).toEqual([
      ['参加', [8, 6]],
      ['缺席', [1, 1]],
    ])
    expect((attendance.series as { stack?: string }[]).every((s) => s.stack === 'total')).toBe(true)

    const reflections = chart(wrapper, 'chart-reflections')
    expect(categoriesOf(reflections)).toEqual(['第一党支部（审判业务）', '第二党支部（执行局）'])
    expect(seriesOf(reflections).map((s) => [s.name, s.data])).toEqual([
      ['按时提交', [7, 5]],
      ['逾期提交', [1, 1]],
    ])
  })

  it('has no charts before any branch has held its session', async () => {
    const none: CampaignDetail = {
      ...campaign12,
      branches: campaign12.branches.map((b) => ({ ...b, held: false })),
    }
    get.mockResolvedValue(none)
    const { wrapper } = await mountCampaign()

    expect(wrapper.findAllComponents(EChartStub)).toHaveLength(0)
    expect(wrapper.get('[data-test="chart-attendance"]').text()).toContain('尚无支部开展')
  })

  it('lists each branch’s progress, linking to its case page', async () => {
    const { wrapper } = await mountCampaign()

    expect(rowsOf(wrapper, 'campaign-branches')).toEqual([
      [
        '第一党支部（审判业务）',
        '2026-09-05',
        '旁听职务犯罪庭审',
        '第三审判庭',
        '已签到',
        '8 / 1 / 1',
        '7 / 1',
        '2',
        '已总结',
        '查看流程',
      ],
      [
        '第二党支部（执行局）',
        '2026-09-10',
        '观看警示教育片',
        '执行局会议室',
        '已签到',
        '6 / 1 / 0',
        '5 / 1',
        '0',
        '未总结',
        '查看流程',
      ],
      ['第三党支部（综合部门）', '—', '—', '—', '未开展', '—', '—', '0', '未总结', '查看流程'],
    ])
    expect(wrapper.findAll('[data-test="branch-case"]').map((a) => a.attributes('href'))).toEqual([
      '/cases/pi-b1',
      '/cases/pi-b2',
      '/cases/pi-b3',
    ])
  })

  it('lists the rectification items, open or done, linking to their case pages', async () => {
    const { wrapper } = await mountCampaign()

    const rows = rowsOf(wrapper, 'campaign-rectifications')
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      ['节日期间公车管理不规范', '张三', '第一党支部（审判业务）', '整改中'],
      ['廉政风险点排查不全面', '李强', '第一党支部（审判业务）', '已完成'],
    ])
    expect(
      wrapper.findAll('[data-test="rectification-link"]').map((a) => a.attributes('href')),
    ).toEqual(['/cases/pi-r1', '/cases/pi-r2'])
    const states = wrapper.findAll('[data-test="rectification-state"]')
    expect(states[0]!.classes()).toContain('el-tag--warning')
    expect(states[1]!.classes()).toContain('el-tag--success')
  })

  it('says the campaign does not exist or may not be seen (404), and leads back to the list', async () => {
    get.mockRejectedValue(problemError({ status: 404, detail: '警示教育活动不存在: 99' }))
    const { wrapper, router } = await mountCampaign('99')

    expect(wrapper.get('[data-test="campaign-not-found"]').text()).toContain(
      '该警示教育活动不存在或您无权查看',
    )
    expect(wrapper.find('[data-test="campaign-figures"]').exists()).toBe(false)

    await wrapper.get('[data-test="leave"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('campaigns')
  })

  it('shows why the campaign could not be loaded, and tries again', async () => {
    get.mockRejectedValueOnce(problemError({ status: 500, detail: '数据库暂时不可用' }))
    const { wrapper } = await mountCampaign()

    const error = wrapper.get('[data-test="campaign-error"]')
    expect(error.text()).toContain('数据库暂时不可用')

    await error.get('button').trigger('click')
    await flushPromises()
    expect(get).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-test="campaign-title"]').text()).toBe('2026年节前警示教育')
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountCampaign()

    expect(wrapper.get('[data-test="campaign-kind"]').text()).toBe('Special · Before holidays')
    expect(wrapper.get('[data-test="campaign-stage"]').text()).toBe('Under way in the branches')
    expect(seriesOf(chart(wrapper, 'chart-attendance')).map((s) => s.name)).toEqual([
      'Attended',
      'Absent',
    ])
  })
})
