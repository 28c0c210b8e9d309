import { expect, test } from '@playwright/test'
import {
  choose,
  claimAndOpen,
  dayFromToday,
  fillDate,
  openMyTask,
  SHOTS,
  submitTask,
  tick,
} from './forms'
import { login, logout } from './session'

/**
 * 警示教育, a whole campaign in the browser: 赵敏 (机关纪委) drafts it for the second branch, 王伟 (机关党委)
 * approves, 孙丽 (its secretary) schedules and signs in with 李四 absent, 李四 makes it up and writes
 * his reflection, 孙丽 writes hers and accepts both, 赵敏 spot-checks, the branch self-checks with one
 * rectification item and files its summary, 赵敏 files the campaign's; then the campaign's pages,
 * its PDF report and 李四's record. Screenshots in target/e2e-screenshots/campaign-*.png.
 */
test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

test('a warning-education campaign from plan to summary, and its pages', async ({ page }) => {
  test.setTimeout(240_000)
  const title = `节前警示教育 ${Date.now()}`

  await page.goto('/login?redirect=/start')
  await login(page, 'zhaomin')
  await page.locator('[data-test="process-campaign"]').click()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await page.getByLabel('活动标题').fill(title)
  await choose(page, '活动类别', '专项')
  await choose(page, '专项对象', '节前节点')
  await page.getByLabel('活动主题').fill('廉洁过节，严守纪律')
  await tick(page, '参加支部', '第二党支部（执行局）')
  await fillDate(page, '开展起始日期', dayFromToday(0))
  await fillDate(page, '开展截止日期', dayFromToday(20))
  await page.getByLabel('心得体会提交期限（开展后天数）').fill('7')
  await page.getByLabel('学习材料').fill('本院执行干警违纪典型案例通报')
  await page.screenshot({ path: `${SHOTS}/campaign-draft.png`, fullPage: true })
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  await started
  await logout(page)

  await page.goto('/login')
  await login(page, 'wangwei')
  await claimAndOpen(page, title, '审批')
  await tick(page, '审批结果', '同意')
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'sunli')
  await claimAndOpen(page, title, '安排')
  await fillDate(page, '开展日期', dayFromToday(1))
  await page.getByLabel('地点').fill('执行局三楼会议室')
  await choose(page, '形式', '专题会议')
  await submitTask(page)
  await claimAndOpen(page, title, '签到')
  await tick(page, '出席人员', '孙丽')
  await page.getByRole('button', { name: '添加一项' }).click()
  await choose(page, '缺席人', '李四')
  await page.getByLabel('缺席原因').fill('外出执行')
  await page.screenshot({ path: `${SHOTS}/campaign-sign-in.png`, fullPage: true })
  await submitTask(page)
  await openMyTask(page, title, '心得')
  await page
    .getByLabel('心得体会')
    .fill('通过典型案例深刻认识到执行工作中廉洁自律的重要性，坚决守住底线。')
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'lisi')
  await openMyTask(page, title, '补学')
  await fillDate(page, '补学日期', dayFromToday(2))
  await page.getByLabel('补学方式和内容').fill('观看会议录像，自学通报案例')
  await submitTask(page)
  await openMyTask(page, title, '心得')
  await page.getByLabel('心得体会').fill('补学后对照检查，今后严格执行执行款管理规定。')
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'sunli')
  for (let i = 0; i < 2; i++) {
    await claimAndOpen(page, title, '审阅')
    await tick(page, '审阅结果', '通过')
    await submitTask(page)
  }
  await logout(page)

  await page.goto('/login')
  await login(page, 'zhaomin')
  await claimAndOpen(page, title, '抽查')
  await tick(page, '抽查结果', '抽查合格')
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'sunli')
  await claimAndOpen(page, title, '自查')
  await page.getByLabel('自查情况').fill('执行岗位廉政风险点已逐一排查')
  await page.getByRole('button', { name: '添加一项' }).click()
  await page.getByLabel(/^问题/).fill(`执行款发放登记不及时 ${title}`)
  await choose(page, '责任人', '李四')
  await page.getByLabel('整改措施').fill('每周核对执行款台账')
  await fillDate(page, '完成时限', dayFromToday(30))
  await submitTask(page)
  await claimAndOpen(page, title, '总结')
  await expect(page.getByLabel('出席人数')).toHaveValue('1')
  await page.getByLabel('支部总结').fill('支部 2 人全部参加（含补学 1 人），心得均已审阅')
  await submitTask(page)
  await logout(page)

  await page.goto('/login')
  await login(page, 'zhaomin')
  await claimAndOpen(page, title, '活动总结')
  await expect(page.getByLabel('出席率（%）')).toHaveValue('50')
  await page.getByLabel('活动总结').fill('活动按计划完成，整改事项跟踪至销号。')
  await page.screenshot({ path: `${SHOTS}/campaign-summary-form.png`, fullPage: true })
  await submitTask(page)

  await page.goto('/campaigns')
  const link = page.locator('[data-test="campaign-link"]', { hasText: title })
  await expect(link).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/campaign-list.png`, fullPage: true })
  await link.click()
  await expect(page.locator('[data-test="campaign-branches"]')).toContainText('第二党支部')
  await expect(page.locator('[data-test="campaign-rectifications"]')).toContainText(
    '执行款发放登记不及时',
  )
  await expect(page.locator('canvas').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/campaign-detail.png`, fullPage: true })
  const report = page.waitForEvent('download')
  await page.locator('[data-test="campaign-report"]').click()
  expect((await report).suggestedFilename()).toBe(`${title}-汇总.pdf`)
  await logout(page)

  await page.goto('/login?redirect=/campaigns')
  await login(page, 'lisi')
  await expect(page.locator('[data-test="tab-campaigns"]')).toHaveCount(0)
  await expect(page.locator('tr', { hasText: title })).toContainText('外出执行')
  await page.screenshot({ path: `${SHOTS}/campaign-history.png`, fullPage: true })
})

test('the discipline commission adds a typical case to the library', async ({ page }) => {
  const caseTitle = `本院执行干警泄露查控信息案 ${Date.now()}`
  await page.goto('/login?redirect=/typical-cases')
  await login(page, 'zhaomin')
  await page.locator('[data-test="case-new"]').click()
  await page.locator('input[data-test="case-title"]').fill(caseTitle)
  await page.locator('[data-test="case-type"]').click()
  await page.getByRole('option', { name: '泄露审判工作秘密' }).click()
  const notified = page.getByPlaceholder('请选择通报日期')
  await notified.fill(dayFromToday(-10))
  await notified.press('Enter')
  await page.locator('input[data-test="case-source"]').fill('省纪委监委通报')
  await page
    .locator('textarea[data-test="case-summary-input"]')
    .fill('某执行干警违规向案外人泄露查控信息，受到党内严重警告处分。')
  await page.locator('[data-test="case-local"]').click()
  await page.screenshot({ path: `${SHOTS}/typical-case-form.png`, fullPage: true })
  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/typical-cases') && r.request().method() === 'POST',
  )
  await page.locator('[data-test="case-save"]').click()
  expect((await saved).status()).toBe(201)
  // the list's link: the saved message names the case too
  const listed = page.locator('[data-test="case-title-link"]', { hasText: caseTitle })
  await expect(listed).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/typical-case-list.png`, fullPage: true })

  await listed.click()
  const drawer = page.locator('[data-test="case-drawer"]')
  await expect(drawer).toBeVisible()
  const uploaded = page.waitForResponse(
    (r) => r.url().includes('/files') && r.request().method() === 'POST',
  )
  await drawer.locator('[data-test="case-file-upload"] input[type="file"]').setInputFiles({
    name: '通报原文.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n'),
  })
  expect((await uploaded).status()).toBe(201)
  await expect(drawer.locator('[data-test="case-file"]')).toContainText('通报原文.pdf')
  await page.screenshot({ path: `${SHOTS}/typical-case-drawer.png`, fullPage: true })
})
