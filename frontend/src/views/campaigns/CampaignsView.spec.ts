import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { campaignsApi } from '@/api/campaigns'
import PersonPicker from '@/components/PersonPicker.vue'
import NavMenu from '@/components/NavMenu.vue'
import { i18n } from '@/locales'
import { campaignList, liqiangHistory, zhangsanHistory } from '@/test/fixtures/campaigns'
import { mountWith, resetLocale, setup, wangwei, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import CampaignsView from './CampaignsView.vue'

vi.mock('@/api/campaigns', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/campaigns')>()),
  campaignsApi: { list: vi.fn(), get: vi.fn(), history: vi.fn() },
}))

const list = vi.mocked(campaignsApi.list)
const history = vi.mocked(campaignsApi.history)

/** The discipline commission: starts the campaigns. */
const zhaomin: CurrentUser = {
  username: 'zhaomin',
  displayName: '赵敏',
  roles: ['discipline', 'staff'],
  branch: { id: 5, name: '第二党支部（执行局）' },
  passwordMustChange: false,
}

async function mountAt(user: CurrentUser = wangwei) {
  const app = setup(user)
  await app.router.push('/campaigns')
  const wrapper = mountWith(CampaignsView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function tabLabels(wrapper: Wrapper) {
  return wrapper.findAll('.el-tabs__item').map((tab) => tab.text())
}

function rowsOf(wrapper: Wrapper, table: string) {
  return wrapper
    .get(`[data-test="${table}"]`)
    .findAll('.el-table__body tr')
    .map((tr) => tr.findAll('td').map((td) => td.text()))
}

describe('CampaignsView', () => {
  beforeEach(() => {
    resetLocale()
    list.mockReset()
    history.mockReset()
    list.mockResolvedValue(campaignList)
    history.mockImplementation(async (username) =>
      username === 'liqiang' ? liqiangHistory : zhangsanHistory,
    )
  })

  it('lists the campaigns for the Party committee, linking each to its page', async () => {
    const { wrapper } = await mountAt()

    expect(wrapper.find('h1').text()).toBe('警示教育')
    expect(tabLabels(wrapper)).toEqual(['活动列表', '我的警示教育'])
    expect(list).toHaveBeenCalledOnce()
    expect(rowsOf(wrapper, 'campaign-table')).toEqual([
      [
        '2026年节前警示教育',
        '专项 · 节前节点',
        '2026-09-01 至 2026-09-20',
        '各支部开展中',
        '已开展 2 / 3 个支部，已总结 1',
      ],
      [
        '2025年度警示教育',
        '常规',
        '2025-05-01 至 2025-05-31',
        '已结束',
        '已开展 3 / 3 个支部，已总结 3',
      ],
    ])
    const links = wrapper.findAll('[data-test="campaign-link"]')
    expect(links.map((a) => a.attributes('href'))).toEqual(['/campaigns/12', '/campaigns/7'])
  })

  it('opens a campaign by its row too', async () => {
    const { wrapper, router } = await mountAt()

    await wrapper.findAll('[data-test="campaign-table"] .el-table__body tr')[1]!.trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/campaigns/7')
  })

  it('points to 发起事项 for new campaigns, with a button for the discipline commission only', async () => {
    const staff = await mountAt()
    expect(staff.wrapper.get('[data-test="campaign-start-hint"]').text()).toContain('发起事项')
    expect(staff.wrapper.find('[data-test="campaign-start"]').exists()).toBe(false)
    staff.wrapper.unmount()

    const { wrapper, router } = await mountAt(zhaomin)
    const start = wrapper.get('[data-test="campaign-start"]')
    expect(start.attributes('href')).toBe('/start/campaign')
    expect(start.text()).toBe('发起警示教育')

    await start.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/start/campaign')
  })

  it('says so when there are no campaigns', async () => {
    list.mockResolvedValue({ items: [] })
    const { wrapper } = await mountAt()

    expect(wrapper.get('[data-test="campaign-table"]').text()).toContain('暂无警示教育活动')
  })

  it('shows why the list could not be loaded, and tries again', async () => {
    list.mockRejectedValueOnce(problemError({ status: 500, detail: '数据库暂时不可用' }))
    const { wrapper } = await mountAt()

    const error = wrapper.get('[data-test="campaigns-error"]')
    expect(error.text()).toContain('警示教育情况加载失败')
    expect(error.text()).toContain('数据库暂时不可用')

    await error.get('button').trigger('click')
    await flushPromises()
    expect(list).toHaveBeenCalledTimes(2)
    expect(wrapper.findAll('[data-test="campaign-link"]')).toHaveLength(2)
  })

  it('shows plain staff only their own record, never asking for the list', async () => {
    const { wrapper } = await mountAt(zhangsan)

    expect(list).not.toHaveBeenCalled()
    expect(tabLabels(wrapper)).toEqual(['我的警示教育'])
    expect(wrapper.find('[data-test="tab-campaigns"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="person-picker"]').exists()).toBe(false)
    expect(history).toHaveBeenCalledExactlyOnceWith(undefined)
    // Staff may not open a campaign's page: the titles are plain text.
    expect(wrapper.find('[data-test="history-link"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-test="history-title"]').map((s) => s.text())).toEqual([
      '2026年节前警示教育',
      '2025年度警示教育',
    ])
  })

  it('hides the list tab when the server refuses it (403)', async () => {
    list.mockRejectedValue(problemError({ status: 403, detail: '无权查看' }))
    const { wrapper } = await mountAt()

    expect(tabLabels(wrapper)).toEqual(['我的警示教育'])
    expect(wrapper.text()).not.toContain('无权查看')
    expect(wrapper.find('[data-test="history-table"]').isVisible()).toBe(true)
  })

  it('shows one’s record: attended, absent with the reason and the make-up, late reflection', async () => {
    const { wrapper } = await mountAt(zhangsan)

    expect(rowsOf(wrapper, 'history-table')).toEqual([
      [
        '2026年节前警示教育专项',
        '第一党支部（审判业务）',
        '2026-09-05',
        '已参加',
        // 2026-09-08T02:00:00Z in the browser's zone.
        expect.stringMatching(/^2026-09-0[78] 提交$/),
      ],
      [
        '2025年度警示教育常规',
        '第一党支部（审判业务）',
        '2025-05-12',
        '缺席原因：出差办案已于 2025-05-20 补学',
        expect.stringMatching(/^2025-05-(29|30) 提交 逾期$/),
      ],
    ])
    const late = wrapper.findAll('[data-test="history-late"]')
    expect(late).toHaveLength(1)
    expect(late[0]!.classes()).toContain('el-tag--danger')
  })

  it('lets a manager look at someone else’s record, and back at their own', async () => {
    const { wrapper } = await mountAt()
    await wrapper.get('[data-test="tab-history"]').trigger('click')
    await flushPromises()
    expect(history).toHaveBeenCalledExactlyOnceWith(undefined)
    expect(wrapper.findAll('[data-test="history-link"]').map((a) => a.attributes('href'))).toEqual([
      '/campaigns/12',
      '/campaigns/7',
    ])

    wrapper.getComponent(PersonPicker).vm.$emit('update:modelValue', 'liqiang')
    await flushPromises()

    expect(history).toHaveBeenLastCalledWith('liqiang')
    expect(wrapper.get('[data-test="history-viewing"]').text()).toBe(
      '李强（liqiang）的警示教育记录',
    )
    expect(rowsOf(wrapper, 'history-table')).toEqual([
      ['2026年节前警示教育专项', '第三党支部（综合部门）', '—', '尚未开展', '—'],
    ])

    await wrapper.get('[data-test="history-mine"]').trigger('click')
    await flushPromises()
    expect(history).toHaveBeenLastCalledWith(undefined)
    expect(wrapper.find('[data-test="history-viewing"]').exists()).toBe(false)
  })

  it('says why someone else’s record is refused', async () => {
    const { wrapper } = await mountAt()
    history.mockRejectedValueOnce(problemError({ status: 403, detail: '无权查看该同志的记录' }))

    wrapper.getComponent(PersonPicker).vm.$emit('update:modelValue', 'liqiang')
    await flushPromises()

    expect(wrapper.get('[data-test="campaigns-error"]').text()).toContain('无权查看该同志的记录')
    // The list tab stays: only the history was refused.
    expect(tabLabels(wrapper)).toEqual(['活动列表', '我的警示教育'])
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt()

    expect(wrapper.find('h1').text()).toBe('Warning education')
    expect(tabLabels(wrapper)).toEqual(['Campaigns', 'My warning education'])
    expect(wrapper.get('[data-test="campaign-progress"]').text()).toBe(
      'Held in 2 of 3 branches, 1 summed up',
    )
  })
})

describe('the navigation entry 警示教育', () => {
  beforeEach(resetLocale)

  it('is there for every signed-in user', async () => {
    for (const user of [wangwei, zhangsan]) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      expect(wrapper.get('[data-test="nav-campaigns"]').text()).toBe('警示教育')
      wrapper.unmount()
    }
  })
})
