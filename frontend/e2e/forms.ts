import { expect, type Page } from '@playwright/test'

/** Where the journeys save their screenshots (see the README). */
export const SHOTS = 'target/e2e-screenshots'

/** A date `days` from today, as the forms take it (yyyy-MM-dd). */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}

/** Chooses an option of the form-js select labelled so (searchable or not). */
export async function choose(page: Page, label: string, option: string) {
  const field = page
    .locator('.fjs-form-field-select', { has: page.locator('label', { hasText: label }) })
    .last()
  await field.locator('.fjs-input-group').click()
  await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click()
}

/** Ticks the option of the form-js radio group or checklist labelled so. */
export async function tick(page: Page, label: string, option: string) {
  await page
    .locator('.fjs-form-field-radio, .fjs-form-field-checklist', { hasText: label })
    .last()
    .getByText(option, { exact: true })
    .click()
}

/** Fills a form-js date field and closes its picker. */
export async function fillDate(page: Page, label: string, date: string) {
  await page.getByLabel(label).fill(date)
  await page.getByLabel(label).press('Enter')
}

/** Opens the user's own task whose row shows all these texts. */
export async function openMyTask(page: Page, ...texts: string[]) {
  await page.goto('/tasks?scope=mine')
  let row = page.locator('.el-table__body tr')
  for (const text of texts) row = row.filter({ hasText: text })
  await row.first().locator('[data-test="open"]').click()
  await expect(page).toHaveURL(/\/tasks\/[^/?]+$/)
  await expect(page.locator('.fjs-form')).toBeVisible()
}

/** Claims the claimable task whose row shows all these texts, then opens it. */
export async function claimAndOpen(page: Page, ...texts: string[]) {
  await page.goto('/tasks?scope=claimable')
  let row = page.locator('.el-table__body tr')
  for (const text of texts) row = row.filter({ hasText: text })
  await row.first().locator('[data-test="claim"]').click()
  await expect(page.locator('.el-message--success')).toContainText('已签收')
  await openMyTask(page, ...texts)
}

/** Submits the open task's form and waits for the server's 204. */
export async function submitTask(page: Page) {
  const done = page.waitForResponse(
    (r) => r.url().includes('/complete') && r.request().method() === 'POST',
  )
  await page.locator('[data-test="complete"]').click()
  expect((await done).status()).toBe(204)
  await expect(page.locator('.el-message--success', { hasText: '已提交' })).toBeVisible()
}

/**
 * A screenshot of the whole page: the app scrolls inside its main area, so the window is made as
 * tall as the page for the moment.
 */
export async function fullShot(page: Page, name: string) {
  const size = page.viewportSize()!
  const height = await page
    .locator('.rh-shell__main')
    .evaluate((main) => main.getBoundingClientRect().top + main.scrollHeight)
  await page.setViewportSize({
    width: size.width,
    height: Math.max(size.height, Math.ceil(height)),
  })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
  await page.setViewportSize(size)
}
