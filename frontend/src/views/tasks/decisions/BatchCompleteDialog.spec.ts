import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tasksApi, type TaskRow } from '@/api/tasks'
import { i18n } from '@/locales'
import { forms, reviewValues } from '@/test/fixtures/forms'
import { reviewTask } from '@/test/fixtures/tasks'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import BatchCompleteDialog from './BatchCompleteDialog.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { form: vi.fn(), batchComplete: vi.fn() },
}))

const loadForm = vi.mocked(tasksApi.form)
const batchComplete = vi.mocked(tasksApi.batchComplete)

const first: TaskRow = { ...reviewTask, id: 't-a', assignee: 'liqiang' }
const second: TaskRow = {
  ...reviewTask,
  id: 't-b',
  title: '李四：宿舍漏水维修',
  assignee: 'liqiang',
}
const third: TaskRow = { ...reviewTask, id: 't-c', title: '王五：体检预约', assignee: 'liqiang' }

async function openDialog(tasks: TaskRow[] = [first, second, third]) {
  const wrapper = mount(BatchCompleteDialog, {
    props: { tasks, modelValue: false },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

async function formShown(wrapper: ReturnType<typeof mount>) {
  await vi.waitFor(() => expect(wrapper.find('.fjs-form').exists()).toBe(true))
  await flushPromises()
}

/** The form-js field with this label. */
function field(wrapper: ReturnType<typeof mount>, label: string) {
  const found = wrapper.findAll('.fjs-form-field').find((f) => {
    const text = f.find('.fjs-form-field-label')
    return text.exists() && text.text().startsWith(label)
  })
  if (!found) throw new Error(`no field labelled ${label}`)
  return found
}

describe('BatchCompleteDialog', () => {
  beforeEach(() => {
    resetLocale()
    loadForm.mockReset()
    batchComplete.mockReset()
    document.body.innerHTML = ''
  })

  it('shows the step and the tasks, and the first task’s form without its particulars', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: reviewValues,
      readOnly: false,
    })

    const wrapper = await openDialog()
    await formShown(wrapper)

    expect(loadForm).toHaveBeenCalledTimes(1)
    expect(loadForm).toHaveBeenCalledWith('t-a')
    expect(wrapper.find('.el-dialog__title').text()).toBe('批量办理：支部书记审核（3 件）')
    expect(wrapper.findAll('[data-test="batch-tasks"] li').map((li) => li.text())).toEqual([
      '张三：子女入学咨询',
      '李四：宿舍漏水维修',
      '王五：体检预约',
    ])
    // 张三's particulars are his task's own: they are not shown as if they were every task's.
    const form = wrapper.find('.fjs-form').text()
    expect(form).toContain('审核结果')
    expect(form).toContain('审核意见')
    expect(form).not.toContain('事项标题')
    expect(form).not.toContain('所在支部')
    expect(form).not.toContain(reviewValues.description)
    expect(wrapper.text()).toContain('只读信息因事项而异')
    expect(wrapper.find('[data-test="confirm"]').text()).toBe('批量提交')
  })

  it('lets form-js refuse a missing required field, without asking the server', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: reviewValues,
      readOnly: false,
    })
    const wrapper = await openDialog()
    await formShown(wrapper)

    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    expect(batchComplete).not.toHaveBeenCalled()
    expect(field(wrapper, '审核结果').find('.fjs-form-field-error').text()).toBe('此项为必填项。')
    expect(wrapper.find('[data-test="error-summary"]').text()).toContain('请先修正表单中标出的问题')
  })

  it('sends every task id with the decision and the comment, not the read-only fields', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '情况属实' },
      readOnly: false,
    })
    batchComplete.mockResolvedValue([
      { taskId: 't-a', status: 204 },
      { taskId: 't-b', status: 204 },
      { taskId: 't-c', status: 204 },
    ])
    const wrapper = await openDialog()
    await formShown(wrapper)

    await wrapper.find('textarea[data-test="comment"]').setValue('同意上报')
    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    expect(batchComplete).toHaveBeenCalledTimes(1)
    const [ids, values, comment] = batchComplete.mock.calls[0]!
    expect(ids).toEqual(['t-a', 't-b', 't-c'])
    expect(values).toEqual({ reviewDecision: 'pass', reviewComment: '情况属实' })
    expect(comment).toBe('同意上报')
    expect(wrapper.find('[data-test="batch-summary"]').text()).toBe('已办理 3 件')
    expect(wrapper.find('[data-test="batch-failure"]').exists()).toBe(false)
    expect(wrapper.emitted('done')).toHaveLength(1)
  })

  it('shows how many were done and, for each failed task, its title and why', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '情况属实' },
      readOnly: false,
    })
    const outcomes = [
      { taskId: 't-a', status: 204 },
      { taskId: 't-b', status: 403, code: 'task.not-assignee', detail: '只有任务的办理人可以提交' },
      { taskId: 't-c', status: 404, code: 'task.not-found' },
    ]
    batchComplete.mockResolvedValue(outcomes)
    const wrapper = await openDialog()
    await formShown(wrapper)

    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="batch-summary"]').text()).toBe('已办理 1 件，未办理 2 件')
    expect(wrapper.findAll('[data-test="batch-failure"]').map((li) => li.text())).toEqual([
      '李四：宿舍漏水维修：只有任务的办理人可以提交',
      '王五：体检预约：task.not-found',
    ])
    // The outcome is final: the form and 批量提交 are gone, 关闭 closes.
    expect(wrapper.find('.fjs-form').exists()).toBe(false)
    expect(wrapper.find('[data-test="confirm"]').exists()).toBe(false)
    expect(wrapper.emitted('done')).toEqual([[outcomes]])

    await wrapper.find('[data-test="close"]').trigger('click')
    expect(wrapper.emitted('update:modelValue')).toContainEqual([false])
  })

  it('puts a refusal of the whole batch next to the task list', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '同意' },
      readOnly: false,
    })
    batchComplete.mockRejectedValue(
      problemError({
        status: 400,
        code: 'validation',
        errors: [{ field: 'taskIds', message: '请选择 1 到 50 个任务' }],
      }),
    )
    const wrapper = await openDialog()
    await formShown(wrapper)

    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '请选择 1 到 50 个任务',
      ]),
    )
    const taskItem = wrapper.find('[data-test="batch-tasks"]').element.closest('.el-form-item')
    expect(taskItem?.querySelector('.el-form-item__error')?.textContent?.trim()).toBe(
      '请选择 1 到 50 个任务',
    )
    expect(wrapper.find('[data-test="batch-result"]').exists()).toBe(false)
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('shows the server explanation when the request fails as a whole', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '同意' },
      readOnly: false,
    })
    batchComplete.mockRejectedValue(problemError({ status: 503, detail: '服务暂不可用' }))
    const wrapper = await openDialog()
    await formShown(wrapper)

    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="decision-error"]').text()).toContain('服务暂不可用')
    expect(wrapper.find('[data-test="confirm"]').exists()).toBe(true)
  })

  it('says why the form cannot be loaded, and offers to try again', async () => {
    loadForm.mockRejectedValueOnce(problemError({ status: 404, detail: '任务不存在或已办结' }))
    loadForm.mockResolvedValueOnce({
      schema: forms.reviewHelpRequest,
      values: reviewValues,
      readOnly: false,
    })
    const wrapper = await openDialog()

    expect(wrapper.find('[data-test="batch-form-error"]').text()).toContain('任务不存在或已办结')
    expect(wrapper.find('[data-test="confirm"]').attributes('disabled')).toBeDefined()

    await wrapper.find('[data-test="batch-form-error"] button').trigger('click')
    await formShown(wrapper)

    expect(loadForm).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-test="confirm"]').attributes('disabled')).toBeUndefined()
  })
})
