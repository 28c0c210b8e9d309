import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { ElDropdown } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountWith, resetLocale, setup, zhangsan } from '@/test/helpers'
import ChangePasswordDialog from './ChangePasswordDialog.vue'
import UserMenu from './UserMenu.vue'

vi.mock('@/api/auth', () => ({ authApi: { changePassword: vi.fn(), logout: vi.fn() } }))

enableAutoUnmount(afterEach)

describe('UserMenu', () => {
  beforeEach(resetLocale)

  it('opens the password dialog from 修改密码', async () => {
    const app = setup(zhangsan)
    await app.router.push('/')
    const wrapper = mountWith(UserMenu, app)
    await flushPromises()
    expect(wrapper.getComponent(ChangePasswordDialog).props('modelValue')).toBe(false)

    wrapper.getComponent(ElDropdown).vm.$emit('command', 'password')
    await flushPromises()

    expect(wrapper.getComponent(ChangePasswordDialog).props('modelValue')).toBe(true)
    expect(document.body.querySelector('[data-test="password-dialog"]')?.textContent).toContain(
      '修改密码',
    )
  })
})
