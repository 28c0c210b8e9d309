import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authApi, type CurrentUser } from '@/api/auth'
import { mountWith, resetLocale, setup, zhangsan } from '@/test/helpers'
import { useAuthStore } from '@/stores/auth'
import ChangePasswordView from './ChangePasswordView.vue'

vi.mock('@/api/auth', () => ({
  authApi: { changePassword: vi.fn(), me: vi.fn(), logout: vi.fn() },
}))

enableAutoUnmount(afterEach)

const mustChange: CurrentUser = { ...zhangsan, passwordMustChange: true }

async function mountAt(user: CurrentUser) {
  const app = setup(user)
  await app.router.push('/change-password')
  const wrapper = mountWith(ChangePasswordView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('ChangePasswordView', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(authApi.changePassword).mockReset()
    vi.mocked(authApi.me).mockReset()
    vi.mocked(authApi.logout).mockReset()
  })

  it('tells a user whose password was reset to set a new one first', async () => {
    const { wrapper } = await mountAt(mustChange)

    expect(wrapper.find('h1').text()).toBe('设置新密码')
    expect(wrapper.get('[data-test="change-password-note"]').text()).toContain(
      '管理员已重置您的密码，请先设置新密码',
    )
    expect(wrapper.get('[data-test="change-password-who"]').text()).toBe('张三（zhangsan）')
  })

  it('fetches the user again after the change and goes home', async () => {
    vi.mocked(authApi.changePassword).mockResolvedValue()
    vi.mocked(authApi.me).mockResolvedValue(zhangsan)
    const { wrapper, router } = await mountAt(mustChange)

    await wrapper.get('input[data-test="password-current"]').setValue('Tmp-4821-ab')
    await wrapper.get('input[data-test="password-new"]').setValue('Ronghe#2026a')
    await wrapper.get('input[data-test="password-repeat"]').setValue('Ronghe#2026a')
    await wrapper.get('[data-test="password-form"]').trigger('submit')
    await flushPromises()

    expect(authApi.me).toHaveBeenCalled()
    expect(useAuthStore().user?.passwordMustChange).toBe(false)
    expect(router.currentRoute.value.name).toBe('home')
  })

  it('lets the user sign out instead', async () => {
    vi.mocked(authApi.logout).mockResolvedValue()
    const { wrapper, router } = await mountAt(mustChange)

    await wrapper.get('[data-test="change-password-logout"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('login')
  })

  it('has no note for someone changing their password by choice', async () => {
    const { wrapper } = await mountAt(zhangsan)

    expect(wrapper.find('h1').text()).toBe('修改密码')
    expect(wrapper.find('[data-test="change-password-note"]').exists()).toBe(false)
  })
})
