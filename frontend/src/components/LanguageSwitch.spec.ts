import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { LOCALE_STORAGE_KEY } from '@/locales'
import { mountWith, resetLocale, setup } from '@/test/helpers'
import LanguageSwitch from './LanguageSwitch.vue'

const Page = defineComponent({
  components: { LanguageSwitch },
  template: `<div><LanguageSwitch /><span data-test="label">{{ $t('nav.org') }}</span></div>`,
})

describe('LanguageSwitch', () => {
  beforeEach(resetLocale)

  it('shows Chinese by default', () => {
    const wrapper = mountWith(Page, setup())

    expect(wrapper.find('[data-test="label"]').text()).toBe('组织与人员')
  })

  it('switches the labels to English and remembers the choice', async () => {
    const wrapper = mountWith(Page, setup())

    await wrapper.find('[data-test="lang-en"] input').setValue(true)
    await flushPromises()

    expect(wrapper.find('[data-test="label"]').text()).toBe('Organisation & people')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(document.title).toBe('Ronghe · Party Building & Discipline Platform')
  })

  it('switches back to Chinese', async () => {
    const wrapper = mountWith(Page, setup())

    await wrapper.find('[data-test="lang-en"] input').setValue(true)
    await wrapper.find('[data-test="lang-zh-CN"] input').setValue(true)
    await flushPromises()

    expect(wrapper.find('[data-test="label"]').text()).toBe('组织与人员')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN')
  })
})
