import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tasksApi } from '@/api/tasks'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import ReturnDialog from './ReturnDialog.vue'

vi.mock('@/api/tasks', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/tasks')>()),
  tasksApi: { returnTargets: vi.fn(), returnTo: vi.fn() },
}))

const targets = [
  { activityId: 'reviewHelpRequest', name: '支部书记审核' },
  { activityId: 'approveHelpRequest', name: '机关党委审批' },
]

async function openDialog() {
  const wrapper = mount(ReturnDialog, {
    props: { taskId: 't-handle', modelValue: false },
    global: { plugins: [i18n] },
  })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

describe('ReturnDialog', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(tasksApi.returnTargets).mockReset().mockResolvedValue(targets)
    vi.mocked(tasksApi.returnTo).mockReset().mockResolvedValue()
  })

  it('offers the earlier steps the server names', async () => {
    const wrapper = await openDialog()

    expect(tasksApi.returnTargets).toHaveBeenCalledWith('t-handle')
    const select = wrapper.findComponent(ElSelect)
    const labels = select.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))
    expect(labels).toEqual(['支部书记审核', '机关党委审批'])
  })

  it('will not send without a target and a reason', async () => {
    const wrapper = await openDialog()

    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    expect(tasksApi.returnTo).not.toHaveBeenCalled()
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '请选择要退回的环节',
        '请填写理由',
      ]),
    )
  })

  it('drops a field error once the field is filled in', async () => {
    const wrapper = await openDialog()
    await wrapper.find('[data-test="confirm"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.el-form-item__error')).toHaveLength(2))

    await wrapper.find('textarea[data-test="reason"]').setValue('材料不全')

    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '请选择要退回的环节',
      ]),
    )
  })

  it('sends the chosen step and the reason, then reports where the task went', async () => {
    const wrapper = await openDialog()

    wrapper.findComponent(ElSelect).vm.$emit('update:modelValue', 'reviewHelpRequest')
    await wrapper.find('textarea[data-test="reason"]').setValue('  材料不全，请补充  ')
    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    expect(tasksApi.returnTo).toHaveBeenCalledWith(
      't-handle',
      'reviewHelpRequest',
      '材料不全，请补充',
    )
    expect(wrapper.emitted('done')).toEqual([['已退回到“支部书记审核”']])
    expect(wrapper.emitted('update:modelValue')).toContainEqual([false])
  })

  it('puts the server field error under its field', async () => {
    vi.mocked(tasksApi.returnTo).mockRejectedValue(
      problemError({
        status: 400,
        errors: [{ field: 'target', message: '不能退回到该环节' }],
      }),
    )
    const wrapper = await openDialog()

    wrapper.findComponent(ElSelect).vm.$emit('update:modelValue', 'approveHelpRequest')
    await wrapper.find('textarea[data-test="reason"]').setValue('重新审批')
    await wrapper.find('[data-test="confirm"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '不能退回到该环节',
      ]),
    )
    expect(wrapper.emitted('done')).toBeUndefined()
  })
})
