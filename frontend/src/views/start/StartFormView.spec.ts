import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { processesApi } from '@/api/processes'
import { forms } from '@/test/fixtures/forms'
import { resetLocale, setup, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import { mount } from '@vue/test-utils'
import { i18n } from '@/locales'
import StartFormView from './StartFormView.vue'

vi.mock('@/api/processes', () => ({
  processesApi: { list: vi.fn(), startForm: vi.fn(), start: vi.fn() },
}))

const start = vi.mocked(processesApi.start)

async function mountForm(values: Record<string, unknown>) {
  vi.mocked(processesApi.list).mockResolvedValue([
    { key: 'practicalHelp', name: '为干警办实事', version: 3 },
  ])
  vi.mocked(processesApi.startForm).mockResolvedValue({
    schema: forms.submitHelpRequest,
    values,
  })
  const app = setup(zhangsan)
  await app.router.push('/start/practicalHelp')
  const wrapper = mount(StartFormView, {
    props: { processKey: 'practicalHelp' },
    global: { plugins: [app.pinia, app.router, i18n] },
    attachTo: document.body,
  })
  await vi.waitFor(() => expect(wrapper.find('.fjs-form').exists()).toBe(true))
  await flushPromises()
  return { wrapper, router: app.router }
}

const filledIn = {
  requestTitle: '子女入学咨询',
  category: 'family',
  urgency: 'normal',
  description: '孩子明年入学，想了解政策。',
}

describe('StartFormView', () => {
  beforeEach(() => {
    resetLocale()
    start.mockReset()
    document.body.innerHTML = ''
  })

  it('starts the process with the form values and shows it under 我参与的', async () => {
    start.mockResolvedValue({ processInstanceId: 'pi-9', title: '张三：子女入学咨询' })
    const { wrapper, router } = await mountForm(filledIn)

    expect(wrapper.find('.rh-start-form__title').text()).toBe('为干警办实事')
    await wrapper.find('[data-test="start-submit"]').trigger('click')
    await flushPromises()

    expect(start).toHaveBeenCalledWith('practicalHelp', expect.objectContaining(filledIn))
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tasks?scope=involved'))
  })

  it('does not start anything while form-js finds a required field empty', async () => {
    const { wrapper } = await mountForm({ urgency: 'normal' })

    await wrapper.find('[data-test="start-submit"]').trigger('click')
    await flushPromises()

    expect(start).not.toHaveBeenCalled()
    expect(wrapper.findAll('.fjs-form-field-error').map((e) => e.text())).toContain(
      '此项为必填项。',
    )
  })

  it('shows the server field errors under the field', async () => {
    start.mockRejectedValue(
      problemError({
        status: 400,
        code: 'validation',
        errors: [{ field: 'requestTitle', message: '标题不能超过 50 个字' }],
      }),
    )
    const { wrapper } = await mountForm(filledIn)

    await wrapper.find('[data-test="start-submit"]').trigger('click')
    await flushPromises()

    const title = wrapper
      .findAll('.fjs-form-field')
      .find((f) => f.find('.fjs-form-field-label').exists() && f.text().startsWith('事项标题'))
    expect(title?.find('.fjs-form-field-error').text()).toBe('标题不能超过 50 个字')
    expect(wrapper.find('[data-test="error-summary"]').text()).toContain(
      '事项标题：标题不能超过 50 个字',
    )
  })
})
