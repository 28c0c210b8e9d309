import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tasksApi } from '@/api/tasks'
import { i18n } from '@/locales'
import { overdueTask, reviewTask } from '@/test/fixtures/tasks'
import { resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import TaskDetailView from './TaskDetailView.vue'
import HandOverDialog from './decisions/HandOverDialog.vue'
import TaskFormPanel from './TaskFormPanel.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { get: vi.fn(), claim: vi.fn(), unclaim: vi.fn() },
}))

const liqiang = {
  username: 'liqiang',
  displayName: '李强',
  roles: ['branch-secretary' as const, 'staff' as const],
  branch: { id: 3, name: '第一党支部' },
  passwordMustChange: false,
}

async function mountDetail(id: string) {
  const app = setup(liqiang)
  await app.router.push(`/tasks/${id}`)
  const wrapper = mount(TaskDetailView, {
    props: { id },
    global: {
      plugins: [app.pinia, app.router, i18n],
      stubs: { TaskFormPanel: true, AttachmentsPanel: true },
    },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('TaskDetailView', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(tasksApi.get).mockReset()
    vi.mocked(tasksApi.claim).mockReset()
    vi.mocked(tasksApi.unclaim).mockReset()
  })

  it('heads the page with the task and marks it overdue', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue({ ...overdueTask, assignee: 'liqiang' })

    const { wrapper } = await mountDetail('t-overdue')

    expect(wrapper.find('[data-test="task-title"]').text()).toBe('李四：宿舍漏水维修')
    expect(wrapper.find('[data-test="task-name"]').text()).toBe('承办人办理反馈')
    expect(wrapper.find('[data-test="task-due"]').classes()).toContain('rh-task__due--overdue')
    expect(wrapper.find('[data-test="task-header"]').text()).toContain('已超期')
    expect(wrapper.find('[data-test="claim"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="unclaim"]').exists()).toBe(true)
  })

  it('claims an unassigned task and then offers to hand it back', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue(reviewTask)
    vi.mocked(tasksApi.claim).mockResolvedValue({ ...reviewTask, assignee: 'liqiang' })
    const { wrapper } = await mountDetail('t-review')

    await wrapper.find('[data-test="claim"]').trigger('click')
    await flushPromises()

    expect(tasksApi.claim).toHaveBeenCalledWith('t-review')
    expect(wrapper.find('[data-test="task-assignee"]').text()).toBe('liqiang')
    expect(wrapper.find('[data-test="unclaim"]').exists()).toBe(true)
    expect(wrapper.findComponent(TaskFormPanel).props('task')).toMatchObject({
      assignee: 'liqiang',
    })
  })

  it('explains why a directly assigned task cannot be handed back', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue({ ...reviewTask, assignee: 'liqiang' })
    vi.mocked(tasksApi.unclaim).mockRejectedValue(
      problemError({
        status: 409,
        code: 'task.no-candidates',
        detail: '此任务直接指派给您，不能退回',
      }),
    )
    const { wrapper } = await mountDetail('t-review')

    await wrapper.find('[data-test="unclaim"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="action-error"]').text()).toContain('不能退回')
  })

  it('goes back to the inbox once the form is submitted', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue({ ...reviewTask, assignee: 'liqiang' })
    const { wrapper, router } = await mountDetail('t-review')

    wrapper.findComponent(TaskFormPanel).vm.$emit('completed')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('tasks'))
  })

  it('offers the assignee return, transfer, delegate and copy-in, and no urging', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue({ ...reviewTask, assignee: 'liqiang' })

    const { wrapper } = await mountDetail('t-review')

    for (const action of ['return', 'transfer', 'delegate', 'cc']) {
      expect(wrapper.find(`[data-test="decide-${action}"]`).exists()).toBe(true)
    }
    expect(wrapper.find('[data-test="decide-urge"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="case-link"]').attributes('href')).toBe('/cases/pi-1')
  })

  it('lets someone else only urge the task', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue(overdueTask)

    const { wrapper } = await mountDetail('t-overdue')

    expect(wrapper.find('[data-test="decide-urge"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="decide-return"]').exists()).toBe(false)
  })

  it('goes back to the inbox once the task is handed to someone else', async () => {
    vi.mocked(tasksApi.get).mockResolvedValue({ ...reviewTask, assignee: 'liqiang' })
    const { wrapper, router } = await mountDetail('t-review')

    wrapper
      .findAllComponents(HandOverDialog)
      .find((d) => d.props('mode') === 'transfer')!
      .vm.$emit('done', '已转办给 李四')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('tasks'))
  })

  it('shows the server explanation for a task one may not see', async () => {
    vi.mocked(tasksApi.get).mockRejectedValue(
      problemError({ status: 404, code: 'task.not-found', detail: '任务不存在或无权查看' }),
    )

    const { wrapper } = await mountDetail('t-secret')

    expect(wrapper.find('[data-test="task-error"]').text()).toContain('任务不存在或无权查看')
    expect(wrapper.findComponent(TaskFormPanel).exists()).toBe(false)
  })
})
