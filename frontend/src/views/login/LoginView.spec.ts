import { flushPromises } from '@vue/test-utils'
import { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { mountWith, resetLocale, setup, wangwei } from '@/test/helpers'
import LoginView from './LoginView.vue'

vi.mock('@/api/auth', () => ({
  authApi: { me: vi.fn(), login: vi.fn(), logout: vi.fn(), demoAccounts: vi.fn() },
}))

function problem(status: number, data: object): AxiosError {
  const config = { headers: {} } as InternalAxiosRequestConfig
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status,
    statusText: '',
    data: { status, ...data },
    headers: {},
    config,
  })
}

async function openLogin(query = '') {
  const app = setup(null)
  await app.router.push(`/login${query}`)
  const wrapper = mountWith(LoginView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('LoginView', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(authApi.me).mockReset().mockRejectedValue(problem(401, {}))
    vi.mocked(authApi.login).mockReset()
    vi.mocked(authApi.demoAccounts)
      .mockReset()
      .mockRejectedValue(problem(404, { title: 'Not Found' }))
  })

  it('shows the form in Chinese and no demo panel outside demo mode', async () => {
    const { wrapper } = await openLogin()

    expect(wrapper.text()).toContain('党建与纪检工作平台')
    expect(wrapper.text()).toContain('用户名')
    expect(wrapper.find('[data-test="demo-panel"]').exists()).toBe(false)
  })

  it('lists the demo accounts in demo mode; a click fills in the username', async () => {
    vi.mocked(authApi.demoAccounts).mockResolvedValue({
      password: 'Ronghe@2026',
      accounts: [wangwei],
    })
    const { wrapper } = await openLogin()

    expect(wrapper.find('[data-test="demo-password"]').text()).toBe('Ronghe@2026')
    expect(wrapper.find('[data-test="demo-wangwei"]').text()).toContain('机关党委')
    await wrapper.find('[data-test="demo-wangwei"]').trigger('click')

    expect((wrapper.find('input[name="username"]').element as HTMLInputElement).value).toBe(
      'wangwei',
    )
  })

  it('shows the server explanation when the password is wrong', async () => {
    vi.mocked(authApi.login).mockRejectedValue(
      problem(401, { code: 'auth.bad-credentials', detail: '用户名或密码错误' }),
    )
    const { wrapper } = await openLogin()

    await wrapper.find('input[name="username"]').setValue('wangwei')
    await wrapper.find('input[name="password"]').setValue('wrong')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误')
    expect((wrapper.find('input[name="password"]').element as HTMLInputElement).value).toBe('')
  })

  it('does not call the server while a field is empty', async () => {
    const { wrapper } = await openLogin()

    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(authApi.login).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(wrapper.text()).toContain('请输入用户名'))
  })

  it('goes where the user was heading after signing in', async () => {
    vi.mocked(authApi.login).mockResolvedValue(wangwei)
    const { wrapper, router } = await openLogin('?redirect=/org')

    await wrapper.find('input[name="username"]').setValue('wangwei')
    await wrapper.find('input[name="password"]').setValue('Ronghe@2026')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(authApi.login).toHaveBeenCalledWith({ username: 'wangwei', password: 'Ronghe@2026' })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/org'))
  })
})
