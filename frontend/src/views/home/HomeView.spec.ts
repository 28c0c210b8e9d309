import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tasksApi } from '@/api/tasks'
import { i18n } from '@/locales'
import { overdueTask, page, reviewTask } from '@/test/fixtures/tasks'
import { mountWith, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import HomeView from './HomeView.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { inbox: vi.fn() },
}))

const inbox = vi.mocked(tasksApi.inbox)

describe('HomeView', () => {
  beforeEach(() => {
    resetLocale()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 28, 15, 0))
    inbox.mockReset()
    inbox.mockResolvedValue(page([], {}))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('greets the user by name for the time of day, with roles, branch and date', async () => {
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)

    expect(wrapper.find('[data-test="greeting"]').text()).toBe('王伟，下午好')
    expect(wrapper.find('[data-test="roles"]').text()).toContain('机关党委')
    expect(wrapper.find('[data-test="roles"]').text()).toContain('干警')
    expect(wrapper.find('[data-test="branch"]').text()).toBe('第一党支部')
    expect(wrapper.find('[data-test="today"]').text()).toContain('2026年11月28日')
  })

  it('greets in English when English is chosen', async () => {
    i18n.global.locale.value = 'en'
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)

    expect(wrapper.find('[data-test="greeting"]').text()).toBe('Good afternoon, 王伟')
    expect(wrapper.find('[data-test="roles"]').text()).toContain('Party committee')
  })

  it('offers the organisation page as a shortcut to those allowed to see it', async () => {
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)

    expect(wrapper.find('a[href="/org"]').text()).toContain('组织与人员')
  })

  it('counts my tasks, those to claim and the overdue ones, each linking to the inbox', async () => {
    inbox.mockImplementation(async (query) =>
      query.overdue
        ? { ...page([overdueTask], { mine: 4, claimable: 2 }), total: 1 }
        : page([overdueTask, reviewTask], { mine: 4, claimable: 2, involved: 9 }),
    )
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)
    await flushPromises()

    expect(inbox).toHaveBeenCalledWith({ scope: 'mine', size: 5, sort: 'due' })
    expect(inbox).toHaveBeenCalledWith(expect.objectContaining({ scope: 'mine', overdue: true }))
    const mine = wrapper.find('[data-test="count-mine"]')
    expect(mine.text()).toContain('我的待办')
    expect(mine.find('strong').text()).toBe('4')
    expect(mine.attributes('href')).toBe('/tasks?scope=mine')
    expect(wrapper.find('[data-test="count-claimable"] strong').text()).toBe('2')
    const overdue = wrapper.find('[data-test="count-overdue"]')
    expect(overdue.find('strong').text()).toBe('1')
    expect(overdue.attributes('href')).toBe('/tasks?scope=mine&overdue=true')
    expect(overdue.classes()).toContain('rh-home__count--alert')
    expect(wrapper.find('[data-test="upcoming"]').text()).toContain('李四：宿舍漏水维修')
  })

  it('keeps the greeting and explains when the counts cannot be loaded', async () => {
    inbox.mockRejectedValue(problemError({ status: 503, detail: '服务暂不可用' }))
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)
    await flushPromises()

    expect(wrapper.find('[data-test="greeting"]').text()).toBe('王伟，下午好')
    expect(wrapper.find('[data-test="counts-error"]').text()).toContain('服务暂不可用')
  })
})
