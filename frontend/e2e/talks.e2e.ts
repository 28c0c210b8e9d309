import { expect, test, type Page } from '@playwright/test'
import { login, logout } from './session'

/**
 * 谈心谈话: wangwei (机关党委) schedules a talk with zhangsan about a complaint, records it with one
 * problem found; zhangsan reports the follow-up item done; liqiang, his branch secretary, verifies
 * and closes it. Screenshots in target/e2e-screenshots/talk-*.png.
 */
const SHOTS = 'target/e2e-screenshots'

/** Chooses an option of the form-js select labelled so. */
async function choose(page: Page, label: string, option: string) {
  const field = page.locator('.fjs-form-field', { has: page.locator('label', { hasText: label }) })
  await field.locator('.fjs-input-group').click()
  await page.locator('.fjs-dropdownlist-item', { hasText: option }).first().click()
}

/** Opens the user's own task whose row shows this text. */
async function openMyTask(page: Page, text: string) {
  await page.goto('/tasks?scope=mine')
  await page
    .locator('.el-table__body tr', { hasText: text })
    .first()
    .locator('[data-test="open"]')
    .click()
  await expect(page).toHaveURL(/\/tasks\/[^/?]+$/)
  await expect(page.locator('.fjs-form')).toBeVisible()
}

async function submitTask(page: Page) {
  const done = page.waitForResponse(
    (r) => r.url().includes('/complete') && r.request().method() === 'POST',
  )
  await page.locator('[data-test="complete"]').click()
  expect((await done).status()).toBe(204)
  await expect(page.locator('.el-message--success', { hasText: '已提交' })).toBeVisible()
}

test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

test('wangwei schedules and records a talk; its problem is followed up to closure', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const problem = `庭审中对当事人态度生硬 ${Date.now()}`

  await page.goto('/login?redirect=/start')
  await login(page, 'wangwei')
  await page.locator('[data-test="process-talk"]').click()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await choose(page, '谈话对象', '张三')
  await choose(page, '谈话类别', '必谈事项谈话')
  await choose(page, '必谈事项', '受到投诉举报')
  await page.getByLabel('谈话事由').fill('当事人投诉其庭审中态度生硬')
  const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  await page.getByLabel('应谈日期').fill(due)
  await page.getByLabel('应谈日期').press('Enter')
  await page.screenshot({ path: `${SHOTS}/talk-schedule.png`, fullPage: true })
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  await started

  await openMyTask(page, '记录谈话')
  const today = new Date().toISOString().slice(0, 10)
  await page.getByLabel('谈话日期').fill(today)
  await page.getByLabel('谈话日期').press('Enter')
  await page.getByLabel('地点').fill('机关党委办公室')
  await page.getByLabel('参加人员').fill('王伟、张三')
  await page.getByLabel('谈话主题').fill('听取对庭审作风投诉的说明')
  await page.getByLabel('本人优点和成绩').fill('结案率高，群众评价好')
  await page.getByRole('button', { name: '添加一项' }).click()
  await page.getByLabel(/^问题/).fill(problem)
  const owner = page.locator('.fjs-form-field-select', {
    has: page.locator('label', { hasText: '责任人' }),
  })
  await owner.locator('input').fill('张三')
  await page.locator('.fjs-dropdownlist-item', { hasText: '张三（' }).first().click()
  await page.getByLabel('整改措施').fill('参加司法礼仪培训，庭长旁听两次庭审')
  await page.getByLabel('完成时限').fill(due)
  await page.getByLabel('完成时限').press('Enter')
  await page.screenshot({ path: `${SHOTS}/talk-record.png`, fullPage: true })
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'zhangsan')
  await openMyTask(page, problem)
  await expect(page.getByLabel('发现的问题')).toHaveValue(problem)
  await page.getByLabel('整改进展').fill('已参加培训，庭长旁听两次，未再有投诉')
  await page
    .locator('.fjs-form-field-radio', { hasText: '整改状态' })
    .getByText('已完成，申请销号')
    .click()
  await page.screenshot({ path: `${SHOTS}/talk-follow-up-report.png`, fullPage: true })
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'liqiang')
  await page.goto('/tasks?scope=claimable')
  await page
    .locator('.el-table__body tr', { hasText: problem })
    .first()
    .locator('[data-test="claim"]')
    .click()
  await expect(page.locator('.el-message--success')).toContainText('已签收')
  await openMyTask(page, problem)
  await expect(page.getByLabel('整改进展')).toHaveValue('已参加培训，庭长旁听两次，未再有投诉')
  await page
    .locator('.fjs-form-field-radio', { hasText: '核实结果' })
    .getByText('整改到位，予以销号')
    .click()
  await page.getByLabel('核实意见').fill('已旁听庭审核实')
  await page.screenshot({ path: `${SHOTS}/talk-follow-up-verify.png`, fullPage: true })
  await submitTask(page)
})
