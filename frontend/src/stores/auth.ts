import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi, type Credentials, type CurrentUser, type RoleCode } from '@/api/auth'

function hasCsrfCookie(): boolean {
  return document.cookie.split(';').some((c) => c.trim().startsWith('XSRF-TOKEN='))
}

/** Who is signed in. `checked` turns true once the server has been asked. */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<CurrentUser | null>(null)
  const checked = ref(false)

  const isAuthenticated = computed(() => user.value !== null)

  /** Asks the server who we are; any failure counts as "not signed in". Also sets the CSRF cookie. */
  async function refresh(): Promise<CurrentUser | null> {
    try {
      user.value = await authApi.me()
    } catch {
      user.value = null
    } finally {
      checked.value = true
    }
    return user.value
  }

  async function ensureLoaded(): Promise<CurrentUser | null> {
    return checked.value ? user.value : refresh()
  }

  /** Signs in; rejects with the server's error (problem detail) on failure. */
  async function login(credentials: Credentials): Promise<CurrentUser> {
    if (!hasCsrfCookie()) {
      await refresh()
    }
    const signedIn = await authApi.login(credentials)
    user.value = signedIn
    checked.value = true
    // The server rotates the CSRF token on login; a GET hands the new cookie to the page.
    try {
      user.value = await authApi.me()
    } catch {
      // keep what the login answered
    }
    return user.value ?? signedIn
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Forgets the user without asking the server (its session is already gone). */
  function clear() {
    user.value = null
    checked.value = true
  }

  function hasAnyRole(roles: readonly RoleCode[] | undefined): boolean {
    if (!roles || roles.length === 0) return true
    return user.value?.roles.some((role) => roles.includes(role)) ?? false
  }

  return { user, checked, isAuthenticated, refresh, ensureLoaded, login, logout, clear, hasAnyRole }
})
