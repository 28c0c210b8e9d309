import { expect, test, type Page } from '@playwright/test'
import { fullShot } from './forms'
import { login } from './session'

/**
 * The admin's 组织机构, 运行监控 and 规则设置 in the browser: a new branch and a group under it,
 * the group renamed and dissolved (and the branch after it); both tabs of the engine's operations;
 * 审查期限 raised by one day and set back. Screenshots in target/e2e-screenshots/admin-*.png, at
 * desktop and phone width.
 */
test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

const REVIEW_DAYS = 'ronghe.discipline.review-days'

async function openFromMenu(page: Page, label: string, path: RegExp) {
  await page.locator('.el-menu-item', { hasText: label }).click()
  await expect(page).toHaveURL(path)
}

/** Fills the open organisation dialog and saves; resolves with the server's answer. */
async function saveOrgDialog(page: Page, fields: { code?: string; name: string }) {
  const dialog = page.locator('[data-test="org-form-dialog"]')
  if (fields.code !== undefined)
    await dialog.locator('[data-test="org-form-code"]').fill(fields.code)
  await dialog.locator('[data-test="org-form-name"]').fill(fields.name)
  const answered = page.waitForResponse(
    (r) => r.url().includes('/api/admin/orgs') && ['POST', 'PUT'].includes(r.request().method()),
  )
  await dialog.locator('[data-test="org-form-submit"]').click()
  const response = await answered
  expect(response.status(), await response.text()).toBeLessThan(300)
  await expect(dialog).toBeHidden()
}

async function dissolveShown(page: Page, reason: string) {
  await page.locator('[data-test="org-dissolve"]').click()
  const dialog = page.locator('[data-test="dissolve-dialog"]')
  await expect(dialog).toBeVisible()
  await dialog.locator('[data-test="dissolve-reason"]').fill(reason)
  await dialog.locator('[data-test="dissolve-confirm"]').click()
  await expect(page.locator('.el-message--success', { hasText: '已撤销' }).last()).toBeVisible()
  await expect(dialog).toBeHidden()
}

/** Sets 审查期限 and saves; the row then shows the admin as its last changer. */
async function setReviewDays(page: Page, days: number) {
  const row = page.locator(`[data-test="setting-row"][data-name="${REVIEW_DAYS}"]`)
  const input = row.locator('[data-test="setting-input"] input')
  await input.fill(String(days))
  await input.press('Tab')
  await expect(row.locator('[data-test="setting-changed"]')).toHaveText('未保存')
  await expect(page.locator('[data-test="settings-dirty"]')).toHaveText('1 项修改未保存')
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/admin/settings') && r.request().method() === 'PUT',
  )
  await page.locator('[data-test="settings-save"]').click()
  expect((await saved).status()).toBe(200)
  await expect(row.locator('[data-test="setting-changed"]')).toHaveCount(0)
  await expect(input).toHaveValue(String(days))
  await expect(row.locator('[data-test="setting-last-change"]')).toContainText('最近修改：admin ·')
}

test('the admin keeps the organisations, watches the engine and sets the rules', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const stamp = Date.now().toString(36)
  await page.goto('/login')
  await login(page, 'admin')

  // 组织机构: a new branch under the committee, a group under it.
  await openFromMenu(page, '组织机构', /\/admin\/orgs/)
  await expect(page.locator('[data-test="org-pick"]')).toBeVisible()
  await page.locator('[data-test="org-create"]').click()
  await expect(page.locator('[data-test="org-form-dialog"] .el-dialog__title')).toHaveText(
    '新建组织',
  )
  await expect(page.locator('[data-test="org-form-parent"]')).toContainText('机关党委')
  const branch = `巡检党支部${stamp}`
  await saveOrgDialog(page, { code: `e2e-branch-${stamp}`, name: branch })
  await expect(page).toHaveURL(/[?&]org=\d+/)
  await expect(page.locator('[data-test="org-name"]')).toHaveText(branch)
  await expect(page.locator('[data-test="org-type"]')).toHaveText('党支部')
  await expect(page.locator('[data-test="org-parent"]')).toHaveText('机关党委')
  await expect(page.locator('[data-test="leadership"]')).toBeVisible()
  await expect(page.locator('.el-tree-node', { hasText: branch }).first()).toBeVisible()
  await fullShot(page, 'admin-orgs-branch')

  await page.locator('[data-test="org-create-child"]').click()
  const childDialog = page.locator('[data-test="org-form-dialog"]')
  await expect(childDialog.locator('.el-dialog__title')).toHaveText(`新建“${branch}”的下级组织`)
  await expect(childDialog.locator('[data-test="org-form-type"]')).toContainText('党小组')
  await saveOrgDialog(page, { code: `e2e-group-${stamp}`, name: `巡检党小组${stamp}` })
  await expect(page.locator('[data-test="org-name"]')).toHaveText(`巡检党小组${stamp}`)
  await expect(page.locator('[data-test="org-parent"]')).toHaveText(`机关党委 / ${branch}`)

  await page.locator('[data-test="org-edit"]').click()
  await expect(page.locator('[data-test="org-form-code"]')).toHaveText(`e2e-group-${stamp}`)
  await saveOrgDialog(page, { name: `巡检第一党小组${stamp}` })
  await expect(page.locator('[data-test="org-name"]')).toHaveText(`巡检第一党小组${stamp}`)
  await expect(
    page.locator('.el-tree-node__content', { hasText: `巡检第一党小组${stamp}` }),
  ).toBeVisible()

  // No people in the group: no one to move.
  await page.locator('[data-test="org-dissolve"]').click()
  await expect(page.locator('[data-test="dissolve-move-item"]')).toHaveCount(0)
  await expect(page.locator('.el-overlay.dialog-fade-enter-active')).toHaveCount(0)
  await fullShot(page, 'admin-orgs-dissolve')
  await page.locator('[data-test="dissolve-cancel"]').click()
  await dissolveShown(page, '端到端测试：撤销党小组')
  await expect(page.locator('[data-test="org-name"]')).toHaveText(branch)
  await expect(page.locator('[data-test="org-children"]')).toHaveText('0 个')
  await expect(
    page.locator('.el-tree-node__content', { hasText: `巡检第一党小组${stamp}` }),
  ).toHaveCount(0)
  // The branch goes too, so the demo tree stays as it was.
  await dissolveShown(page, '端到端测试：撤销党支部')
  await expect(page.locator('[data-test="org-name"]')).toHaveText('机关党委')

  // 运行监控: the failed jobs (or none), then the process versions.
  await openFromMenu(page, '运行监控', /\/admin\/operations/)
  await expect(
    page.locator('[data-test="jobs-empty"], [data-test="jobs-table"]').first(),
  ).toBeVisible()
  await fullShot(page, 'admin-operations-jobs')
  await page.locator('[data-test="tab-processes"]').click()
  const versions = page.locator('[data-test="processes-table"] .el-table__body tr')
  await expect(versions.first()).toBeVisible()
  await expect(page.locator('[data-test="process-name"]', { hasText: '发展党员' })).toBeVisible()
  await fullShot(page, 'admin-operations-processes')

  // 规则设置: 审查期限 one day longer, then back.
  await openFromMenu(page, '规则设置', /\/admin\/settings/)
  const review = page.locator(`[data-test="setting-row"][data-name="${REVIEW_DAYS}"]`)
  await expect(review.locator('[data-test="setting-label"]')).toHaveText('审查期限')
  const before = Number(await review.locator('[data-test="setting-input"] input').inputValue())
  expect(before).toBeGreaterThan(0)
  await setReviewDays(page, before + 1)
  await fullShot(page, 'admin-settings')
  await setReviewDays(page, before)

  // A phone.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await expect(review.locator('[data-test="setting-input"]')).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
  expect(overflow, 'the settings fit a phone').toBe(false)
  await fullShot(page, 'admin-settings-phone')
  await page.goto('/admin/orgs?org=3')
  await expect(page.locator('[data-test="org-facts"]')).toBeVisible()
  await fullShot(page, 'admin-orgs-phone')
  await page.goto('/admin/operations')
  await expect(page.locator('[data-test="operations"]')).toBeVisible()
  await page.locator('[data-test="tab-processes"]').click()
  await expect(page.locator('[data-test="process-card"]').first()).toBeVisible()
  await fullShot(page, 'admin-operations-phone')
})
