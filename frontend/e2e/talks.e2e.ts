import { expect, test, type Page } from '@playwright/test'
import { choose, claimAndOpen, fillDate, openMyTask, SHOTS, submitTask } from './forms'
import { login, logout } from './session'

/**
 * 谈心谈话: wangwei (机关党委) schedules a talk with zhangsan about a complaint, records it with one
 * problem found; zhangsan reports the follow-up item done; liqiang, his branch secretary, verifies
 * and closes it. Screenshots in target/e2e-screenshots/talk-*.png.
 */
/** Fills the open talk record: held today, one problem found owned by 张三, due on `due`. */
async function fillRecord(
  page: Page,
  record: { participants: string; problem: string; due: string },
) {
  const today = new Date().toISOString().slice(0, 10)
  await fillDate(page, '谈话日期', today)
  await page.getByLabel('地点').fill('机关党委办公室')
  await page.getByLabel('参加人员').fill(record.participants)
  await page.getByLabel('谈话主题').fill('听取对庭审作风投诉的说明')
  await page.getByLabel('本人优点和成绩').fill('结案率高，群众评价好')
  await page.getByRole('button', { name: '添加一项' }).click()
  await page.getByLabel(/^问题/).fill(record.problem)
  const owner = page.locator('.fjs-form-field-select', {
    has: page.locator('label', { hasText: '责任人' }),
  })
  await owner.locator('input').fill('张三')
  await page.locator('.fjs-dropdownlist-item', { hasText: '张三（' }).first().click()
  await page.getByLabel('整改措施').fill('参加司法礼仪培训，庭长旁听两次庭审')
  await fillDate(page, '完成时限', record.due)
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
  await fillDate(page, '应谈日期', due)
  await page.screenshot({ path: `${SHOTS}/talk-schedule.png`, fullPage: true })
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  await started

  await openMyTask(page, '记录谈话')
  await fillRecord(page, { participants: '王伟、张三', problem, due })
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
  await claimAndOpen(page, problem)
  await expect(page.getByLabel('整改进展')).toHaveValue('已参加培训，庭长旁听两次，未再有投诉')
  await page
    .locator('.fjs-form-field-radio', { hasText: '核实结果' })
    .getByText('整改到位，予以销号')
    .click()
  await page.getByLabel('核实意见').fill('已旁听庭审核实')
  await page.screenshot({ path: `${SHOTS}/talk-follow-up-verify.png`, fullPage: true })
  await submitTask(page)
})

test('the Party committee opens the year; the talks page shows coverage, leaders and follow-ups', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(
    new Date(),
  )
  const problem = `审理报告说理不充分 ${Date.now()}`

  // wangwei opens the year's plan from the catalog: its talks are started in the background
  await page.goto('/login?redirect=/start')
  await login(page, 'wangwei')
  await page.locator('[data-test="process-talkPlan"]').click()
  await page.getByLabel('年度').fill(year)
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  await started
  await logout(page)

  // 黄志明 (院长, leading the first branch) finds his talks with its people and records one
  await page.goto('/login')
  await login(page, 'huangzhiming')
  await expect(async () => {
    await page.goto('/tasks?scope=mine')
    await expect(
      page.locator('.el-table__body tr', { hasText: '黄志明与张三' }).first(),
    ).toBeVisible({
      timeout: 2_000,
    })
  }).toPass({ timeout: 60_000 })
  await openMyTask(page, '黄志明与张三')
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
  await fillRecord(page, { participants: '黄志明、张三', problem, due })
  await submitTask(page)
  await page.locator('[data-test="nav-talks"]').click()
  await expect(page.locator('[data-test="tab-quota"]')).toBeVisible()
  await expect(page.locator('[data-test="tab-coverage"]')).toHaveCount(0)
  await expect(page.locator('[data-test="leader"]', { hasText: '黄志明' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/talks-quota-leader.png`, fullPage: true })
  await logout(page)

  // wangwei (机关党委) sees every branch's coverage, every leader, every open follow-up item
  await page.goto('/login?redirect=/talks')
  await login(page, 'wangwei')
  await expect(
    page.locator('[data-test="coverage-cell"][data-status="planned"]').first(),
  ).toBeVisible()
  await expect(page.locator('[data-test="coverage"] canvas').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/talks-coverage.png`, fullPage: true })
  const download = page.waitForEvent('download')
  await page.locator('[data-test="talks-export"]').click()
  expect((await download).suggestedFilename()).toBe(`谈心谈话-${year}.xlsx`)

  await page.locator('[data-test="tab-quota"]').click()
  await expect(page.locator('[data-test="leader"]', { hasText: '黄志明' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/talks-quota.png`, fullPage: true })

  await page.locator('[data-test="tab-follow-ups"]').click()
  const item = page.locator('[data-test="follow-up-table"] tr', { hasText: problem })
  await expect(item).toBeVisible()
  await expect(item).toContainText('张三')
  await page.screenshot({ path: `${SHOTS}/talks-follow-ups.png`, fullPage: true })
  await item.locator('[data-test="follow-up-link"]').click()
  await expect(page).toHaveURL(/\/cases\/[^/]+$/)
  await logout(page)

  // chenjing (支部委员) sees her branch's coverage, not the problems found
  await page.goto('/login?redirect=/talks')
  await login(page, 'chenjing')
  await expect(page.locator('[data-test="tab-coverage"]')).toBeVisible()
  await expect(page.locator('[data-test="tab-follow-ups"]')).toHaveCount(0)
  await expect(page.locator('[data-test="coverage-cell"]').first()).toBeVisible()
})
