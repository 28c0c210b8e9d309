import { expect, test } from '@playwright/test'
import { fullShot } from './forms'
import { login, switchTo } from './session'

/**
 * 三员分立 in the browser: the admin has no 审计日志 and is sent home from its address; the auditor
 * finds the admin's login in the trail by person and action, checks the chain is intact and
 * downloads the filtered log; in English and at phone width too. Screenshots in
 * target/e2e-screenshots/audit-*.png.
 */
test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

test('the audit log is the auditor’s, not the admin’s', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/login')
  await login(page, 'admin')
  await expect(page.locator('.el-menu-item', { hasText: '审计日志' })).toHaveCount(0)
  await page.goto('/audit')
  await expect(page).toHaveURL(/\/$/)
  expect((await page.request.get('/api/audit/events')).status()).toBe(403)

  await switchTo(page, 'auditor')
  await page.locator('.el-menu-item', { hasText: '审计日志' }).click()
  await expect(page).toHaveURL(/\/audit/)
  await expect(page.locator('[data-test="audit-note"]')).toContainText('记入审计日志')
  await page.locator('[data-test="filter-actor"]').fill('admin')
  await page.locator('[data-test="filter-action"]').fill('auth.login')
  await page.locator('[data-test="search"]').click()
  await expect(page).toHaveURL(/actor=admin/)
  const actions = page.locator('[data-test="audit-table"] [data-test="event-action"]')
  await expect(actions.first()).toHaveText('auth.login')
  expect(await actions.count()).toBeGreaterThan(0)
  await expect(
    page.locator('[data-test="audit-table"] [data-test="event-actor"]').first(),
  ).toContainText('admin')
  await page.locator('[data-test="integrity-check"]').click()
  await expect(page.locator('[data-test="integrity-intact"]')).toBeVisible()
  await fullShot(page, 'audit-log')
  const download = page.waitForEvent('download')
  await page.locator('[data-test="export"]').click()
  expect((await download).suggestedFilename()).toBe('审计日志.xlsx')

  await page.locator('[data-test="lang-en"]').click()
  await expect(page.locator('[data-test="search"]')).not.toHaveText('查询')
  await fullShot(page, 'audit-log-en')
  await page.locator('[data-test="lang-zh-CN"]').click()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await expect(page.locator('[data-test="audit-cards"]')).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
  expect(overflow, 'the log fits a phone').toBe(false)
  await fullShot(page, 'audit-log-phone')
})
