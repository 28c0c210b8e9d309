import type { Router } from 'vue-router'
import { onPasswordChangeRequired, onUnauthorized } from '@/api/http'
import { useAuthStore } from '@/stores/auth'

/**
 * Anonymous users go to the login page (and come back afterwards); signed-in users skip it;
 * pages limited to some roles send everyone else home. A user whose password the admin set
 * (passwordMustChange) sees the password page only until they change it. A 401 from any API call
 * means the session has ended: back to the login page; a 403 `auth.password-change-required`
 * means the password must be changed first: to the password page.
 */
export function installAuthGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    await auth.ensureLoaded()

    if (to.name === 'login' && auth.isAuthenticated) {
      const redirect = typeof to.query.redirect === 'string' ? to.query.redirect : '/'
      return safeRedirect(redirect)
    }
    if (to.meta.public) return true
    if (!auth.isAuthenticated) {
      return { name: 'login', query: { redirect: to.fullPath } }
    }
    if (auth.user?.passwordMustChange && to.name !== 'change-password') {
      return { name: 'change-password' }
    }
    if (!auth.hasAnyRole(to.meta.roles)) {
      return { name: 'home' }
    }
    return true
  })

  onUnauthorized(() => {
    const auth = useAuthStore()
    auth.clear()
    const current = router.currentRoute.value
    if (current.name !== 'login') {
      void router.push({ name: 'login', query: { redirect: current.fullPath } })
    }
  })

  onPasswordChangeRequired(() => {
    const auth = useAuthStore()
    if (auth.user) auth.user = { ...auth.user, passwordMustChange: true }
    if (router.currentRoute.value.name !== 'change-password') {
      void router.push({ name: 'change-password' })
    }
  })
}

/** Only paths inside this app, never another site (`//host`, `https://…`). */
export function safeRedirect(target: string): string {
  return target.startsWith('/') && !target.startsWith('//') ? target : '/'
}
