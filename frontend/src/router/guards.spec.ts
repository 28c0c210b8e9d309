import { AxiosError, type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { http } from '@/api/http'
import { admin, setup, wangwei, zhangsan } from '@/test/helpers'
import { useAuthStore } from '@/stores/auth'
import { safeRedirect } from './guards'

const originalAdapter = http.defaults.adapter

function answer403(code: string): AxiosAdapter {
  return (config: InternalAxiosRequestConfig) =>
    Promise.reject(
      new AxiosError('Forbidden', AxiosError.ERR_BAD_REQUEST, config, null, {
        status: 403,
        statusText: 'Forbidden',
        data: { status: 403, title: 'Forbidden', code },
        headers: {},
        config,
      }),
    )
}

function answer401(): AxiosAdapter {
  return (config: InternalAxiosRequestConfig) =>
    Promise.reject(
      new AxiosError('Unauthorized', AxiosError.ERR_BAD_REQUEST, config, null, {
        status: 401,
        statusText: 'Unauthorized',
        data: { status: 401, title: 'Unauthorized' },
        headers: {},
        config,
      }),
    )
}

describe('router guard', () => {
  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('sends anonymous users to the login page and remembers where they were going', async () => {
    const { router } = setup(null)

    await router.push('/org?x=1')

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/org?x=1')
  })

  it('lets anonymous users see the 404 page', async () => {
    const { router } = setup(null)

    await router.push('/no/such/page')

    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('sends signed-in users away from the login page to where they wanted to go', async () => {
    const { router } = setup(wangwei)

    await router.push('/login?redirect=/org')

    expect(router.currentRoute.value.name).toBe('org')
  })

  it('never redirects to another site after login', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/')
    expect(safeRedirect('https://evil.example/')).toBe('/')
    expect(safeRedirect('/org')).toBe('/org')
  })

  it('keeps staff out of the organisation page', async () => {
    const { router } = setup(zhangsan)

    await router.push('/org')

    expect(router.currentRoute.value.name).toBe('home')
  })

  it('opens the working-day calendar to the admin only', async () => {
    const party = setup(wangwei).router
    await party.push('/admin/calendar')
    expect(party.currentRoute.value.name).toBe('home')

    const admins = setup(admin).router
    await admins.push('/admin/calendar')
    expect(admins.currentRoute.value.name).toBe('calendar')
  })

  it('goes to the login page when an API call answers 401', async () => {
    const { router } = setup(wangwei)
    await router.push('/org')
    http.defaults.adapter = answer401()

    await expect(http.get('/api/people')).rejects.toBeInstanceOf(AxiosError)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))

    expect(router.currentRoute.value.query.redirect).toBe('/org')
    expect(useAuthStore().user).toBeNull()
  })

  it('does not treat the "who am I" probe answering 401 as a lost session', async () => {
    const { router } = setup(wangwei)
    await router.push('/')
    http.defaults.adapter = answer401()

    await expect(http.get('/api/auth/me')).rejects.toBeInstanceOf(AxiosError)

    expect(router.currentRoute.value.name).toBe('home')
    expect(useAuthStore().user).not.toBeNull()
  })

  it('keeps a user whose password the admin set on the password page until it is changed', async () => {
    const { router } = setup({ ...zhangsan, passwordMustChange: true })

    await router.push('/tasks')
    expect(router.currentRoute.value.name).toBe('change-password')

    await router.push('/login?redirect=/org')
    expect(router.currentRoute.value.name).toBe('change-password')

    useAuthStore().user = zhangsan
    await router.push('/tasks')
    expect(router.currentRoute.value.name).toBe('tasks')
  })

  it('goes to the password page when a call answers 403 auth.password-change-required', async () => {
    const { router } = setup(wangwei)
    await router.push('/org')
    http.defaults.adapter = answer403('auth.password-change-required')

    await expect(http.get('/api/people')).rejects.toBeInstanceOf(AxiosError)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('change-password'))

    expect(useAuthStore().user?.passwordMustChange).toBe(true)
  })

  it('stays put on any other 403', async () => {
    const { router } = setup(wangwei)
    await router.push('/org')
    http.defaults.adapter = answer403('forbidden')

    await expect(http.get('/api/people')).rejects.toBeInstanceOf(AxiosError)
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('org')
  })
})
