import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tasksApi, type TaskRow } from '@/api/tasks'
import { i18n } from '@/locales'
import { forms, reviewValues } from '@/test/fixtures/forms'
import { reviewTask } from '@/test/fixtures/tasks'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import TaskFormPanel from './TaskFormPanel.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { form: vi.fn(), complete: vi.fn() },
}))

const loadForm = vi.mocked(tasksApi.form)
const complete = vi.mocked(tasksApi.complete)

const mine: TaskRow = { ...reviewTask, assignee: 'liqiang' }

async function mountPanel(task: TaskRow = mine) {
  const wrapper = mount(TaskFormPanel, {
    props: { task },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  await vi.waitFor(() => {
    expect(wrapper.find('.fjs-form').exists()).toBe(true)
  })
  await flushPromises()
  return wrapper
}

/** The form-js field wrapper that holds the input with this key. */
function field(wrapper: ReturnType<typeof mount>, label: string) {
  const found = wrapper.findAll('.fjs-form-field').find((f) => {
    const text = f.find('.fjs-form-field-label')
    return text.exists() && text.text().startsWith(label)
  })
  if (!found) throw new Error(`no field labelled ${label}`)
  return found
}

describe('TaskFormPanel', () => {
  beforeEach(() => {
    resetLocale()
    loadForm.mockReset()
    complete.mockReset()
    document.body.innerHTML = ''
  })

  it('shows the form read-only, without comment or submit, when the server says so', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: reviewValues,
      readOnly: true,
    })

    const wrapper = await mountPanel(reviewTask)

    expect(loadForm).toHaveBeenCalledWith('t-review')
    expect(wrapper.find('[data-test="read-only-hint"]').exists()).toBe(true)
    // The decision is editable in the schema; only the form's read-only state locks it.
    const decision = field(wrapper, '审核结果')
    expect(decision.classes()).toContain('fjs-readonly')
    const radios = decision.findAll('input[type="radio"]')
    expect(radios).toHaveLength(2)
    expect(radios.every((radio) => radio.attributes('readonly') !== undefined)).toBe(true)
    expect(wrapper.find('[data-test="complete"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="comment"]').exists()).toBe(false)
  })

  it('lets form-js refuse a form with a missing required field, without asking the server', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: reviewValues,
      readOnly: false,
    })
    const wrapper = await mountPanel()

    await wrapper.find('[data-test="complete"]').trigger('click')
    await flushPromises()

    expect(complete).not.toHaveBeenCalled()
    expect(field(wrapper, '审核结果').find('.fjs-form-field-error').text()).toBe('此项为必填项。')
    expect(wrapper.find('[data-test="error-summary"]').text()).toContain('请先修正表单中标出的问题')
  })

  it('posts the form values and the comment', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '情况属实' },
      readOnly: false,
    })
    complete.mockResolvedValue()
    const wrapper = await mountPanel()

    await wrapper.find('textarea[data-test="comment"]').setValue('同意上报')
    await wrapper.find('[data-test="complete"]').trigger('click')
    await flushPromises()

    expect(complete).toHaveBeenCalledWith('t-review', {
      values: expect.objectContaining({ reviewDecision: 'pass', reviewComment: '情况属实' }),
      comment: '同意上报',
    })
    expect(wrapper.emitted('completed')).toHaveLength(1)
  })

  it('shows the server field errors under the named field and as a summary', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'return', reviewComment: '补' },
      readOnly: false,
    })
    complete.mockRejectedValue(
      problemError({
        status: 400,
        code: 'validation',
        detail: '表单填写有误',
        errors: [{ field: 'reviewComment', message: '退回时请写明需要补充的内容' }],
      }),
    )
    const wrapper = await mountPanel()

    await wrapper.find('[data-test="complete"]').trigger('click')
    await flushPromises()

    expect(field(wrapper, '审核意见').find('.fjs-form-field-error').text()).toBe(
      '退回时请写明需要补充的内容',
    )
    expect(field(wrapper, '审核结果').find('.fjs-form-field-error').exists()).toBe(false)
    const summary = wrapper.find('[data-test="error-summary"]').text()
    expect(summary).toContain('提交未通过校验')
    expect(summary).toContain('审核意见：退回时请写明需要补充的内容')
    expect(wrapper.emitted('completed')).toBeUndefined()
  })

  it('shows why the server refused, for a task not yet claimed', async () => {
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: { ...reviewValues, reviewDecision: 'pass', reviewComment: '同意' },
      readOnly: false,
    })
    complete.mockRejectedValue(
      problemError({ status: 409, code: 'task.not-claimed', detail: '请先签收' }),
    )
    const wrapper = await mountPanel()

    await wrapper.find('[data-test="complete"]').trigger('click')
    await flushPromises()

    expect(wrapper.find('[data-test="error-summary"]').text()).toContain('请先签收')
  })

  it('shows the server explanation when the form cannot be loaded', async () => {
    loadForm.mockRejectedValue(problemError({ status: 404, detail: '任务不存在或已办结' }))

    const wrapper = mount(TaskFormPanel, { props: { task: mine }, global: { plugins: [i18n] } })
    await flushPromises()

    expect(wrapper.find('[data-test="form-error"]').text()).toContain('任务不存在或已办结')
  })

  it('speaks English validation when English is chosen', async () => {
    i18n.global.locale.value = 'en'
    loadForm.mockResolvedValue({
      schema: forms.reviewHelpRequest,
      values: reviewValues,
      readOnly: false,
    })
    const wrapper = await mountPanel()

    await wrapper.find('[data-test="complete"]').trigger('click')
    await flushPromises()

    expect(field(wrapper, '审核结果').find('.fjs-form-field-error').text()).toBe(
      'Field is required.',
    )
  })
})
