import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import TemporaryPasswordDialog from './TemporaryPasswordDialog.vue'

enableAutoUnmount(afterEach)

const secret = { username: 'liuyang', temporaryPassword: 'Tmp-4821-ab' }

describe('TemporaryPasswordDialog', () => {
  beforeEach(resetLocale)

  it('shows the password once, warns it will not be shown again, and copies it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const wrapper = mount(TemporaryPasswordDialog, {
      props: { secret },
      global: { plugins: [i18n] },
    })
    await flushPromises()

    expect(wrapper.get('[data-test="temporary-username"]').text()).toBe('liuyang')
    expect(wrapper.get('[data-test="temporary-password"]').text()).toBe('Tmp-4821-ab')
    expect(wrapper.get('[data-test="temporary-password-warning"]').text()).toContain(
      '临时密码只显示这一次，关闭后无法再次查看',
    )
    await wrapper.get('[data-test="temporary-password-copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('Tmp-4821-ab')

    await wrapper.get('[data-test="temporary-password-close"]').trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(1)
    vi.unstubAllGlobals()
  })

  it('shows nothing without a password', async () => {
    const wrapper = mount(TemporaryPasswordDialog, {
      props: { secret: null },
      global: { plugins: [i18n] },
    })
    await flushPromises()

    expect(wrapper.find('[data-test="temporary-password"]').exists()).toBe(false)
  })
})
