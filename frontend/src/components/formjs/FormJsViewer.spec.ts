import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { FormSchema } from '@/api/tasks'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import FormJsViewer from './FormJsViewer.vue'

const ownerPicker = {
  type: 'default',
  id: 'pickOwner',
  components: [
    {
      id: 'owner',
      type: 'select',
      key: 'owner',
      label: '责任人',
      searchable: true,
      values: [
        { label: '张三', value: 'zhangsan' },
        { label: '李四', value: 'lisi' },
      ],
    },
  ],
} as unknown as FormSchema

describe('FormJsViewer', () => {
  beforeEach(() => {
    resetLocale()
    document.body.innerHTML = ''
  })

  it('asks to search in Chinese where form-js writes an English placeholder', async () => {
    const wrapper = mount(FormJsViewer, {
      props: { schema: ownerPicker, data: {} },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    await vi.waitFor(() => expect(wrapper.find('.fjs-form').exists()).toBe(true))
    await flushPromises()

    await vi.waitFor(() =>
      expect(wrapper.get('.fjs-form-field-select input').attributes('placeholder')).toBe('搜索'),
    )
    wrapper.unmount()
  })
})
