import { flushPromises, mount } from '@vue/test-utils'
import { ElPopover } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { notificationsApi, type AppNotification } from '@/api/notifications'
import { i18n } from '@/locales'
import { resetLocale, setup, wangwei, zhangsan } from '@/test/helpers'
import NotificationBell from './NotificationBell.vue'

vi.mock('@/api/notifications', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/notifications')>()),
  notificationsApi: {
    list: vi.fn(),
    unreadCount: vi.fn(),
    markRead: vi.fn(),
    markAllRead: vi.fn(),
  },
}))

const urge: AppNotification = {
  id: 41,
  kind: 'task.urge',
  title: '催办：李四：宿舍漏水维修',
  body: '请尽快办理',
  link: '/tasks/t-overdue',
  taskId: 't-overdue',
  created: new Date(Date.now() - 5 * 60_000).toISOString(),
  read: false,
}

const overdue: AppNotification = {
  id: 40,
  kind: 'task.overdue',
  title: '已超期：张三：子女入学咨询',
  link: '/tasks/t-review',
  created: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  read: true,
}

async function mountBell(user = zhangsan) {
  const app = setup(user)
  await app.router.push('/')
  const wrapper = mount(NotificationBell, { global: { plugins: [app.pinia, app.router, i18n] } })
  await flushPromises()
  return { wrapper, router: app.router }
}

async function openPopover(wrapper: Awaited<ReturnType<typeof mountBell>>['wrapper']) {
  wrapper.findComponent(ElPopover).vm.$emit('update:visible', true)
  await flushPromises()
}

describe('NotificationBell', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(notificationsApi.unreadCount).mockReset().mockResolvedValue(3)
    vi.mocked(notificationsApi.list)
      .mockReset()
      .mockResolvedValue({ items: [urge, overdue], total: 2, unread: 3 })
    vi.mocked(notificationsApi.markRead).mockReset().mockResolvedValue()
    vi.mocked(notificationsApi.markAllRead).mockReset().mockResolvedValue(3)
  })

  afterEach(() => vi.useRealTimers())

  it('shows the unread count on the bell', async () => {
    const { wrapper } = await mountBell()

    expect(wrapper.find('[data-test="bell-badge"] sup').text()).toBe('3')
    expect(wrapper.find('[data-test="bell"]').attributes('aria-label')).toBe('消息通知，3 条未读')
  })

  it('asks for the count again after a navigation', async () => {
    const { router } = await mountBell()
    vi.mocked(notificationsApi.unreadCount).mockResolvedValue(1)

    await router.push('/tasks')
    await flushPromises()

    expect(notificationsApi.unreadCount).toHaveBeenCalledTimes(2)
  })

  it('lists the latest ten with their kind and age', async () => {
    const { wrapper } = await mountBell()

    await openPopover(wrapper)

    expect(notificationsApi.list).toHaveBeenCalledWith({ page: 1, size: 10 })
    const rows = wrapper.findAll('[data-test="notification"]')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('催办')
    expect(rows[0]!.text()).toContain('请尽快办理')
    expect(rows[0]!.text()).toContain('5分钟前')
    expect(rows[1]!.text()).toContain('已超期')
    expect(rows[1]!.text()).toContain('3小时前')
  })

  it('marks a notification read and opens its task', async () => {
    const { wrapper, router } = await mountBell()
    await openPopover(wrapper)
    vi.mocked(notificationsApi.unreadCount).mockResolvedValue(2)

    await wrapper.findAll('[data-test="notification"]')[0]!.trigger('click')
    await flushPromises()

    expect(notificationsApi.markRead).toHaveBeenCalledWith(41)
    expect(router.currentRoute.value.fullPath).toBe('/tasks/t-overdue')
    expect(wrapper.find('[data-test="bell-badge"] sup').text()).toBe('2')
  })

  it('does not mark an already read notification again', async () => {
    const { wrapper, router } = await mountBell()
    await openPopover(wrapper)

    await wrapper.findAll('[data-test="notification"]')[1]!.trigger('click')
    await flushPromises()

    expect(notificationsApi.markRead).not.toHaveBeenCalled()
    expect(router.currentRoute.value.fullPath).toBe('/tasks/t-review')
  })

  it('tags a late report (逾期督办) and opens the report’s page', async () => {
    const late: AppNotification = {
      id: 42,
      kind: 'report.escalated',
      title: '第一党支部（审判业务）2025年度主体责任报告逾期未报送',
      body: '应于 2026-01-31 前报送',
      link: '/reports/pi-2025-1',
      created: new Date(Date.now() - 60 * 60_000).toISOString(),
      read: false,
    }
    vi.mocked(notificationsApi.list).mockResolvedValue({ items: [late], total: 1, unread: 1 })
    const { wrapper, router } = await mountBell(wangwei)
    await openPopover(wrapper)

    const row = wrapper.get('[data-test="notification"]')
    const tag = row.get('.el-tag')
    expect(tag.text()).toBe('报告逾期督办')
    expect(tag.classes()).toContain('el-tag--danger')

    await row.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/reports/pi-2025-1')
    expect(router.currentRoute.value.name).toBe('report')
  })

  it('tags a recusal (人员回避) for the commission head', async () => {
    const recusal: AppNotification = {
      id: 43,
      kind: 'discipline.recusal',
      title: '纪线〔2026〕3号 人员回避',
      body: '吴晓燕 申请回避，已退出知悉范围',
      link: '/discipline-clues/pi-clue-3',
      created: new Date(Date.now() - 5 * 60_000).toISOString(),
      read: false,
    }
    vi.mocked(notificationsApi.list).mockResolvedValue({ items: [recusal], total: 1, unread: 1 })
    const { wrapper } = await mountBell()
    await openPopover(wrapper)

    const tag = wrapper.get('[data-test="notification"]').get('.el-tag')
    expect(tag.text()).toBe('人员回避')
    expect(tag.classes()).toContain('el-tag--info')
  })

  it('marks everything read at once', async () => {
    const { wrapper } = await mountBell()
    await openPopover(wrapper)

    await wrapper.find('[data-test="read-all"]').trigger('click')
    await flushPromises()

    expect(notificationsApi.markAllRead).toHaveBeenCalled()
    expect(wrapper.find('[data-test="bell-badge"] sup').exists()).toBe(false)
  })
})
