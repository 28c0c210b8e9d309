import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { processesApi } from '@/api/processes'
import { tasksApi, type TaskRow } from '@/api/tasks'
import { forms, reviewValues } from '@/test/fixtures/forms'
import { overdueTask, page, reviewTask } from '@/test/fixtures/tasks'
import { mountWith, resetLocale, setup, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import TaskInboxView from './TaskInboxView.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { inbox: vi.fn(), claim: vi.fn(), form: vi.fn(), batchComplete: vi.fn() },
}))
vi.mock('@/api/processes', () => ({ processesApi: { list: vi.fn() } }))

const inbox = vi.mocked(tasksApi.inbox)
const claim = vi.mocked(tasksApi.claim)
const loadForm = vi.mocked(tasksApi.form)
const batchComplete = vi.mocked(tasksApi.batchComplete)

/** Three of my tasks at 支部书记审核, one at 承办人办理反馈. */
const mineA: TaskRow = { ...reviewTask, id: 't-a', assignee: 'zhangsan' }
const mineB: TaskRow = {
  ...reviewTask,
  id: 't-b',
  title: '赵六：子女就医协调',
  assignee: 'zhangsan',
}
const mineC: TaskRow = { ...reviewTask, id: 't-c', title: '王五：体检预约', assignee: 'zhangsan' }
const otherStep: TaskRow = overdueTask

function rowOf(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], title: string) {
  const row = wrapper.findAll('.el-table__body tr').find((tr) => tr.text().includes(title))
  if (!row) throw new Error(`no row ${title}`)
  return row
}

function checkbox(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], title: string) {
  return rowOf(wrapper, title).find('[data-test="select"]')
}

async function tick(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], title: string) {
  await checkbox(wrapper, title).find('input').setValue(true)
  await flushPromises()
}

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
    loadForm.mockReset()
    batchComplete.mockReset()
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

  describe('批量办理', () => {
    it('lets one tick only tasks of the step already ticked, and says why', async () => {
      inbox.mockResolvedValue(page([mineA, otherStep, mineB], { mine: 3 }))
      const { wrapper } = await mountAt('/tasks')

      const button = wrapper.find('[data-test="batch"]')
      expect(button.text()).toBe('批量办理 (0)')
      expect(button.attributes('disabled')).toBeDefined()
      expect(wrapper.findAll('[data-test="select"]')).toHaveLength(3)
      expect(wrapper.find('[data-test="batch-hint"]').exists()).toBe(false)

      await tick(wrapper, mineA.title)

      expect(checkbox(wrapper, mineA.title).classes()).toContain('is-checked')
      expect(checkbox(wrapper, otherStep.title).classes()).toContain('is-disabled')
      expect(checkbox(wrapper, mineB.title).classes()).not.toContain('is-disabled')
      expect(wrapper.find('[data-test="batch-hint"]').text()).toBe(
        '只能批量办理同一流程、同一环节的事项（已选：支部书记审核）',
      )
      expect(wrapper.find('[data-test="batch"]').text()).toBe('批量办理 (1)')
      expect(wrapper.find('[data-test="batch"]').attributes('disabled')).toBeUndefined()

      // A disabled box stays unticked even if clicked.
      await tick(wrapper, otherStep.title)
      expect(checkbox(wrapper, otherStep.title).classes()).not.toContain('is-checked')
      await tick(wrapper, mineB.title)
      expect(wrapper.find('[data-test="batch"]').text()).toBe('批量办理 (2)')

      // Unticking everything frees every row again.
      await checkbox(wrapper, mineA.title).find('input').setValue(false)
      await checkbox(wrapper, mineB.title).find('input').setValue(false)
      await flushPromises()
      expect(wrapper.findAll('[data-test="select"].is-disabled')).toHaveLength(0)
      expect(wrapper.find('[data-test="batch-hint"]').exists()).toBe(false)
    })

    it('ticks the whole page of one step from the header', async () => {
      inbox.mockResolvedValue(page([mineA, otherStep, mineB], { mine: 3 }))
      const { wrapper } = await mountAt('/tasks')

      await wrapper.find('[data-test="select-page"] input').setValue(true)
      await flushPromises()

      expect(wrapper.findAll('[data-test="select"].is-checked')).toHaveLength(2)
      expect(checkbox(wrapper, otherStep.title).classes()).toContain('is-disabled')
      expect(wrapper.find('[data-test="batch"]').text()).toBe('批量办理 (2)')
    })

    it('takes at most 50 tasks at a time', async () => {
      const many = Array.from({ length: 51 }, (_, i) => ({
        ...mineA,
        id: `t-${i}`,
        title: `事项 ${i}`,
      }))
      inbox.mockResolvedValue(page(many, { mine: 51 }))
      const { wrapper } = await mountAt('/tasks?size=100')

      await wrapper.find('[data-test="select-page"] input').setValue(true)
      await flushPromises()

      expect(wrapper.find('[data-test="batch"]').text()).toBe('批量办理 (50)')
      expect(checkbox(wrapper, '事项 50').classes()).toContain('is-disabled')
      expect(wrapper.find('[data-test="batch-hint"]').text()).toBe('一次最多批量办理 50 件')
    })

    it('is offered on my own tasks only', async () => {
      inbox.mockResolvedValue(page([reviewTask], { claimable: 1 }))
      const { wrapper } = await mountAt('/tasks?scope=claimable')

      expect(wrapper.find('[data-test="batch"]').exists()).toBe(false)
      expect(wrapper.find('[data-test="select"]').exists()).toBe(false)
    })

    it('submits the ticked tasks, shows the failures, reloads and keeps those ticked', async () => {
      inbox.mockResolvedValueOnce(page([mineA, otherStep, mineB, mineC], { mine: 4 }))
      inbox.mockResolvedValueOnce(page([otherStep, mineB], { mine: 2, done: 2 }))
      loadForm.mockResolvedValue({
        schema: forms.reviewHelpRequest,
        values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '情况属实' },
        readOnly: false,
      })
      batchComplete.mockResolvedValue([
        { taskId: 't-a', status: 204 },
        {
          taskId: 't-b',
          status: 400,
          code: 'validation',
          detail: '表单填写有误：审核意见 退回时请写明需要补充的内容',
        },
        { taskId: 't-c', status: 204 },
      ])
      const { wrapper } = await mountAt('/tasks')

      await tick(wrapper, mineA.title)
      await tick(wrapper, mineB.title)
      await tick(wrapper, mineC.title)
      await wrapper.find('[data-test="batch"]').trigger('click')
      await vi.waitFor(() => expect(wrapper.find('.fjs-form').exists()).toBe(true))
      await flushPromises()

      expect(loadForm).toHaveBeenCalledWith('t-a')
      expect(wrapper.find('.el-dialog__title').text()).toBe('批量办理：支部书记审核（3 件）')

      await wrapper.find('textarea[data-test="comment"]').setValue('同意')
      await wrapper.find('[data-test="confirm"]').trigger('click')
      await flushPromises()

      expect(batchComplete).toHaveBeenCalledWith(
        ['t-a', 't-b', 't-c'],
        { reviewDecision: 'pass', reviewComment: '情况属实' },
        '同意',
      )
      expect(wrapper.find('[data-test="batch-summary"]').text()).toBe('已办理 2 件，未办理 1 件')
      expect(wrapper.findAll('[data-test="batch-failure"]').map((li) => li.text())).toEqual([
        '赵六：子女就医协调：表单填写有误：审核意见 退回时请写明需要补充的内容',
      ])

      // The inbox was asked again: the done tasks left, the counts moved, the failed stays ticked.
      expect(inbox).toHaveBeenCalledTimes(2)
      const titles = wrapper.findAll('.el-table__body tr').map((tr) => tr.text())
      expect(titles).toHaveLength(2)
      expect(titles.some((text) => text.includes(mineA.title))).toBe(false)
      expect(wrapper.find('[data-test="count-mine"] sup').text()).toBe('2')
      expect(checkbox(wrapper, mineB.title).classes()).toContain('is-checked')
      expect(wrapper.find('[data-test="batch"]').text()).toBe('批量办理 (1)')
    })

    it('goes back a page when the batch emptied the one shown', async () => {
      inbox.mockResolvedValueOnce({ ...page([mineA]), total: 21, page: 2 })
      inbox.mockResolvedValueOnce({ ...page([]), total: 20, page: 2 })
      inbox.mockResolvedValueOnce(page([mineB]))
      loadForm.mockResolvedValue({
        schema: forms.reviewHelpRequest,
        values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '同意' },
        readOnly: false,
      })
      batchComplete.mockResolvedValue([{ taskId: 't-a', status: 204 }])
      const { wrapper, router } = await mountAt('/tasks?page=2')

      await tick(wrapper, mineA.title)
      await wrapper.find('[data-test="batch"]').trigger('click')
      await vi.waitFor(() => expect(wrapper.find('.fjs-form').exists()).toBe(true))
      await flushPromises()
      await wrapper.find('[data-test="confirm"]').trigger('click')
      await flushPromises()

      expect(wrapper.find('[data-test="batch-summary"]').text()).toBe('已办理 1 件')
      expect(router.currentRoute.value.query).toEqual({ scope: 'mine' })
      expect(inbox).toHaveBeenCalledTimes(3)
      expect(inbox).toHaveBeenLastCalledWith(expect.objectContaining({ page: 1 }))
      expect(wrapper.find('[data-test="batch"]').text()).toBe('批量办理 (0)')
    })
  })
})
