import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { processesApi } from '@/api/processes'
import { tasksApi } from '@/api/tasks'
import { overdueTask, page, reviewTask } from '@/test/fixtures/tasks'
import { mountWith, resetLocale, setup, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import TaskInboxView from './TaskInboxView.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { inbox: vi.fn(), claim: vi.fn() },
}))
vi.mock('@/api/processes', () => ({ processesApi: { list: vi.fn() } }))

const inbox = vi.mocked(tasksApi.inbox)
const claim = vi.mocked(tasksApi.claim)

async function mountAt(url: string) {
  const app = setup(zhangsan)
  await app.router.push(url)
  const wrapper = mountWith(TaskInboxView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('TaskInboxView', () => {
  beforeEach(() => {
    resetLocale()
    inbox.mockReset()
    claim.mockReset()
    vi.mocked(processesApi.list).mockResolvedValue([
      { key: 'practicalHelp', name: '为干警办实事', version: 1 },
    ])
  })

  it('shows each tab with the count of its scope as a badge', async () => {
    inbox.mockResolvedValue(page([reviewTask], { mine: 3, claimable: 12, involved: 0, done: 140 }))

    const { wrapper } = await mountAt('/tasks')

    expect(wrapper.find('[data-test="tab-mine"]').text()).toContain('我的待办')
    expect(wrapper.find('[data-test="count-mine"] sup').text()).toBe('3')
    expect(wrapper.find('[data-test="count-claimable"] sup').text()).toBe('12')
    expect(wrapper.find('[data-test="count-done"] sup').text()).toBe('99+')
    expect(wrapper.find('[data-test="count-involved"]').text()).toBe('')
  })

  it('asks for the scope and filters written in the address', async () => {
    inbox.mockResolvedValue(page([]))

    await mountAt(
      '/tasks?scope=claimable&q=入学&process=practicalHelp&overdue=true&sort=created&page=2',
    )

    expect(inbox).toHaveBeenCalledWith({
      scope: 'claimable',
      q: '入学',
      process: 'practicalHelp',
      overdue: true,
      sort: 'created',
      page: 2,
      size: 20,
    })
  })

  it('puts a changed tab and search into the address and asks again from page one', async () => {
    inbox.mockResolvedValue(page([reviewTask]))
    const { wrapper, router } = await mountAt('/tasks?page=3')

    await wrapper.find('#tab-claimable').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ scope: 'claimable' })
    expect(inbox).toHaveBeenLastCalledWith(expect.objectContaining({ scope: 'claimable', page: 1 }))

    await wrapper.find('.rh-inbox__search input').setValue('  漏水 ')
    await wrapper.find('[data-test="search-button"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ scope: 'claimable', q: '漏水' })
    expect(inbox).toHaveBeenLastCalledWith(
      expect.objectContaining({ scope: 'claimable', q: '漏水' }),
    )
  })

  it('marks an overdue task in red with an 已超期 tag', async () => {
    inbox.mockResolvedValue(page([reviewTask, overdueTask]))

    const { wrapper } = await mountAt('/tasks')

    const rows = wrapper.findAll('.el-table__body tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.classes()).not.toContain('rh-inbox__row--overdue')
    expect(rows[0]!.find('[data-test="overdue-tag"]').exists()).toBe(false)
    expect(rows[1]!.classes()).toContain('rh-inbox__row--overdue')
    expect(rows[1]!.find('[data-test="overdue-tag"]').text()).toBe('已超期')
    expect(rows[1]!.find('[data-test="due"]').classes()).toContain('rh-inbox__due--overdue')
  })

  it('claims a pooled task and reloads the list', async () => {
    inbox.mockResolvedValueOnce(page([reviewTask], { claimable: 1 }))
    inbox.mockResolvedValueOnce(page([], { mine: 1, claimable: 0 }))
    claim.mockResolvedValue({ ...reviewTask, assignee: 'zhangsan' })
    const { wrapper } = await mountAt('/tasks?scope=claimable')

    const rows = wrapper.findAll('.el-table__body tr')
    await rows[0]!.find('[data-test="claim"]').trigger('click')
    await flushPromises()

    expect(claim).toHaveBeenCalledWith('t-review')
    expect(inbox).toHaveBeenCalledTimes(2)
    expect(wrapper.findAll('.el-table__body tr')).toHaveLength(0)
    expect(wrapper.find('[data-test="count-mine"] sup').text()).toBe('1')
  })

  it('shows who holds a task when someone else claimed it first', async () => {
    inbox.mockResolvedValue(page([reviewTask], { claimable: 1 }))
    claim.mockRejectedValue(
      problemError({ status: 409, code: 'task.claimed', detail: '该任务已被 陈静 签收' }),
    )
    const { wrapper } = await mountAt('/tasks?scope=claimable')

    await wrapper.find('[data-test="claim"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="action-error"]').text()).toContain('该任务已被 陈静 签收')
    expect(inbox).toHaveBeenCalledTimes(2)
  })

  it('shows the server explanation when the list cannot be loaded', async () => {
    inbox.mockRejectedValue(
      problemError({
        status: 400,
        code: 'validation',
        detail: '参数不正确',
        errors: [{ field: 'size', message: '不能大于 100' }],
      }),
    )

    const { wrapper } = await mountAt('/tasks')

    expect(wrapper.find('[data-test="inbox-error"]').text()).toContain('参数不正确')
    expect(wrapper.find('[data-test="task-table"]').exists()).toBe(false)
  })
})
