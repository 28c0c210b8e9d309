import { expect, type Page } from '@playwright/test'

/** The demo accounts' password (demo data), unless the environment says otherwise. */
export const PASSWORD = process.env.RONGHE_DEMO_PASSWORD ?? 'Ronghe@2026'

/** Signs in on the login page the browser shows, and waits for the server's answer. */
export async function login(page: Page, username: string, password = PASSWORD) {
  // The page is settled (its first requests answered) once the demo accounts are listed.
  await expect(page.locator('[data-test="demo-panel"]')).toBeVisible()
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(password)
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST',
  )
  await page.locator('[data-test="login-submit"]').click()
  await answered
}

/** Signs out through the user menu and waits for the login page. */
export async function logout(page: Page) {
  await page.locator('[data-test="user-menu"]').click()
  await page.locator('[data-test="logout"]').click()
  await expect(page).toHaveURL(/\/login/)
}

/** Signs out and in again as `username`, landing on `path`. */
export async function switchTo(page: Page, username: string, path = '/') {
  await logout(page)
  await page.goto(`/login?redirect=${encodeURIComponent(path)}`)
  await login(page, username)
}
