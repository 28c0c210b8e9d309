import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { wangwei, zhangsan } from '@/test/helpers'
import { useAuthStore } from './auth'

vi.mock('@/api/auth', () => ({
  authApi: { me: vi.fn(), login: vi.fn(), logout: vi.fn(), demoAccounts: vi.fn() },
}))

describe('auth store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(authApi.me).mockReset()
    vi.mocked(authApi.login).mockReset()
    vi.mocked(authApi.logout).mockReset()
  })

  it('login stores the user the server answers with', async () => {
    vi.mocked(authApi.me).mockRejectedValueOnce(new Error('401')).mockResolvedValue(wangwei)
    vi.mocked(authApi.login).mockResolvedValue(wangwei)
    const auth = useAuthStore()

    await auth.login({ username: 'wangwei', password: 'secret' })

    expect(authApi.login).toHaveBeenCalledWith({ username: 'wangwei', password: 'secret' })
    expect(auth.user?.displayName).toBe('王伟')
    expect(auth.isAuthenticated).toBe(true)
  })

  it('login fails with the server error and leaves nobody signed in', async () => {
    vi.mocked(authApi.me).mockRejectedValue(new Error('401'))
    vi.mocked(authApi.login).mockRejectedValue(new Error('bad credentials'))
    const auth = useAuthStore()

    await expect(auth.login({ username: 'wangwei', password: 'wrong' })).rejects.toThrow(
      'bad credentials',
    )
    expect(auth.user).toBeNull()
  })

  it('logout forgets the user even when the server call fails', async () => {
    vi.mocked(authApi.logout).mockRejectedValue(new Error('network'))
    const auth = useAuthStore()
    auth.user = wangwei

    await expect(auth.logout()).rejects.toThrow('network')
    expect(auth.user).toBeNull()
    expect(auth.isAuthenticated).toBe(false)
  })

  it('ensureLoaded asks the server once and treats 401 as anonymous', async () => {
    vi.mocked(authApi.me).mockRejectedValue(new Error('401'))
    const auth = useAuthStore()

    expect(await auth.ensureLoaded()).toBeNull()
    expect(await auth.ensureLoaded()).toBeNull()
    expect(authApi.me).toHaveBeenCalledTimes(1)
    expect(auth.checked).toBe(true)
  })

  it('hasAnyRole matches any one of the roles, and everyone when none are required', () => {
    const auth = useAuthStore()
    auth.user = zhangsan

    expect(auth.hasAnyRole(['party-committee', 'staff'])).toBe(true)
    expect(auth.hasAnyRole(['party-committee', 'admin'])).toBe(false)
    expect(auth.hasAnyRole(undefined)).toBe(true)
  })
})
