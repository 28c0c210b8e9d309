import { expect, test, type Page } from '@playwright/test'
import { choose, claimAndOpen, dayFromToday, fillDate, fullShot, submitTask, tick } from './forms'
import { login, switchTo } from './session'

/**
 * 主体责任报告, a whole report in the browser: 王伟 (机关党委) opens a round from the reports page for a
 * year without one, for the first branch only; 李强 (its secretary) drafts every section, 陈静 (its
 * committee) agrees, 李强 signs it off, 赵敏 (机关纪委) gives her opinion, 王伟 returns it with a
 * comment on one section; 李强 reads the comment on the report's page, revises and resubmits it
 * through the same steps; 王伟 accepts it with 92 and 优秀 and one problem for 张三. Then the matrix,
 * the report's page (also in English and at phone width), its PDF and the scores' workbook.
 * A year has one round: each run takes the newest year still without one (2020…this year), so
 * the journey runs a few times against the same database. Screenshots in
 * target/e2e-screenshots/report-*.png.
 */
const BRANCH = '第一党支部（审判业务）'
const OTHER_BRANCHES = ['第二党支部（执行局）', '第三党支部（综合部门）']
const FIRST_YEAR = 2020

// A field the journey cannot find fails at once rather than waiting out the whole test.
test.use({ actionTimeout: 30_000 })

test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

/**
 * Shows every item of the form's dynamic lists: form-js collapses a list of more than five items
 * (全部展开), and the report has seven sections and seventeen figures.
 */
async function expandLists(page: Page) {
  const expand = page.locator('.fjs-repeat-render-collapse', { hasText: '全部展开' })
  while ((await expand.count()) > 0) await expand.first().click()
  await expect(page.locator('.fjs-repeat-row-collapsed')).toHaveCount(0)
}

/** Fills every section's content of the open draft, as the n-th version. */
async function draftSections(page: Page, version: string) {
  await expandLists(page)
  const contents = page
    .locator('.fjs-form-field-textarea', { hasText: '报告内容' })
    .locator('textarea')
  const count = await contents.count()
  expect(count).toBeGreaterThanOrEqual(5)
  for (let i = 0; i < count; i++) {
    await contents
      .nth(i)
      .fill(
        `${version}：本部分第一段，支部对照年度工作要点逐项落实。\n第二段，具体做法和成效（第 ${i + 1} 部分）。`,
      )
  }
  return count
}

/** Drafts (or revises), agrees in the branch committee, signs off, and the commission's opinion. */
async function prepareAndSubmit(page: Page, task: string, version: string, first: boolean) {
  await claimAndOpen(page, task, '起草报告')
  await expect(page.locator('.fjs-form-field-dynamiclist').first()).toBeVisible()
  if (!first) await expect(page.getByLabel('退回意见')).toHaveValue(/请补充执行款管理/)
  await draftSections(page, version)
  if (first) await fullShot(page, 'report-draft-form')
  await submitTask(page)

  await switchTo(page, 'chenjing')
  await claimAndOpen(page, task, '支委会审议')
  await expect(page.getByLabel('报告内容').first()).toHaveValue(new RegExp(`^${version}`))
  await tick(page, '审议结果', '同意报送')
  await page.getByLabel('审议意见').fill(`${version}经支委会审议，同意报送。`)
  await submitTask(page)

  await switchTo(page, 'liqiang')
  await claimAndOpen(page, task, '书记签发报送')
  await page.getByText('本人已审核报告内容，确认属实，同意报送机关党委').click()
  await submitTask(page)

  await switchTo(page, 'zhaomin')
  await claimAndOpen(page, task, '机关纪委意见')
  await page
    .getByLabel('机关纪委意见')
    .fill(`${version}：廉政风险防控措施较为具体，建议细化整改台账。`)
  await submitTask(page)
}

test('a responsibility report from the round to its assessment, and its pages', async ({
  page,
}) => {
  test.setTimeout(420_000)
  const thisYear = new Date().getFullYear()

  await page.goto('/login?redirect=/reports')
  await login(page, 'wangwei')
  await expect(page.locator('[data-test="report-matrix"]')).toBeVisible()

  // The newest year without a round, last year first.
  const answer = await page.request.get(`/api/reports?from=${FIRST_YEAR}&to=${thisYear}`)
  expect(answer.status()).toBe(200)
  const taken = new Set(((await answer.json()).rounds as { year: number }[]).map((r) => r.year))
  const candidates = [
    ...Array.from({ length: thisYear - FIRST_YEAR }, (_, i) => thisYear - 1 - i),
    thisYear,
  ]
  const year = candidates.find((y) => !taken.has(y))
  expect(year, 'every year from 2020 has a round: use a fresh database').toBeDefined()
  const from = Math.max(FIRST_YEAR, year! - 2)
  const to = Math.min(thisYear, Math.max(year!, from + 2))
  const task = `${BRANCH}${year}年度主体责任报告`
  const title = `${BRANCH}${year}年度落实全面从严治党主体责任情况报告`
  // Due after the year reported on and not before today.
  const due = [dayFromToday(30), `${year! + 1}-01-31`].sort().at(-1)!

  // 王伟 opens the round from the reports page.
  await page.goto(`/reports?from=${from}&to=${to}`)
  await expect(page.locator('[data-test="report-matrix"]')).toBeVisible()
  await page.locator('[data-test="reports-open"]').click()
  await expect(page).toHaveURL(/\/start\/reportRound$/)
  await expect(page.locator('.fjs-form')).toBeVisible()
  await expect(page.getByLabel('报告年度')).toHaveValue(String(thisYear - 1))
  await page.getByLabel('报告年度').fill(String(year))
  await fillDate(page, '报送期限', due)
  const orgs = page.locator('.fjs-form-field-checklist', { hasText: '报告的党组织' })
  await expect(orgs.getByLabel(BRANCH)).toBeChecked()
  for (const other of OTHER_BRANCHES) await orgs.getByLabel(other).uncheck()
  await page.getByLabel('报告要求').fill('重点报告审判执行领域廉政风险防控和问题整改情况。')
  await fullShot(page, 'report-round-form')
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  await started

  // The first round through the branch and the commission.
  await switchTo(page, 'liqiang')
  await prepareAndSubmit(page, task, '初稿', true)

  // 王伟 returns it with a comment on 五、纪律建设.
  await switchTo(page, 'wangwei')
  await claimAndOpen(page, task, '机关党委审核评定')
  await expect(page.getByLabel('机关纪委意见')).toHaveValue(/^初稿：/)
  await expandLists(page)
  await tick(page, '审核结果', '退回修改')
  const comments = page.getByLabel('修改意见（退回时填写）')
  await expect(comments).toHaveCount(await page.getByLabel('报告内容').count())
  await comments.nth(4).fill('请补充执行款管理风险点排查情况。')
  await page.getByLabel('审核意见').fill('纪律建设部分不够具体。')
  await fullShot(page, 'report-review-return')
  await submitTask(page)

  // 李强 reads the comment on the report's page.
  await switchTo(page, 'liqiang', `/reports?from=${year}&to=${year}`)
  const cell = page.locator('[data-test="report-cell"]')
  await expect(cell).toHaveCount(1)
  await expect(cell).toHaveAttribute('data-status', 'returned')
  await expect(cell.locator('[data-test="cell-step"]')).toHaveText('起草报告')
  await cell.click()
  await expect(page.locator('[data-test="report-title"]')).toHaveText(title)
  await expect(page.locator('[data-test="report-status"]')).toHaveText('退回修改')
  await expect(page.locator('[data-test="report-return-comment"]')).toHaveText(
    '总体意见：纪律建设部分不够具体。',
  )
  const commented = page.locator('[data-test="report-section"]', {
    has: page.locator('[data-test="section-comment"]'),
  })
  await expect(commented).toHaveCount(1)
  await expect(commented.locator('[data-test="section-title"]')).toHaveText('五、纪律建设')
  await expect(commented.locator('[data-test="section-comment"]')).toContainText(
    '请补充执行款管理风险点排查情况。',
  )
  // The branch reads its whole report, the commission's opinion included.
  await expect(page.locator('[data-test="opinion-discipline"]')).toContainText('初稿：')
  await fullShot(page, 'report-returned')

  // Revised and through the same steps again.
  await prepareAndSubmit(page, task, '修改稿', false)

  // 王伟 accepts it: 92, 优秀, one problem for 张三.
  await switchTo(page, 'wangwei')
  await claimAndOpen(page, task, '机关党委审核评定')
  await expect(page.getByLabel('机关纪委意见')).toHaveValue(/^修改稿：/)
  await tick(page, '审核结果', '评定通过')
  await page.getByLabel('审核意见').fill('报告全面客观，数据翔实。')
  await page.getByLabel('评分').fill('92')
  await tick(page, '等次', '优秀')
  await page.getByRole('button', { name: '添加一项' }).click()
  const problem = `党员谈心谈话记录不完整 ${year}`
  await page.getByLabel(/^问题/).fill(problem)
  await choose(page, '责任人', '张三')
  await page.getByLabel('整改措施').fill('逐人补齐谈话记录，支部每季度检查')
  await fillDate(page, '完成时限', dayFromToday(60))
  await fullShot(page, 'report-review-accept')
  await submitTask(page)

  // The matrix: 92 and 优秀.
  await page.goto(`/reports?from=${from}&to=${to}`)
  const row = page.locator('.el-table__body tr', { hasText: BRANCH })
  const accepted = row.locator(`[data-test="report-cell"][data-status="accepted"]`).filter({
    has: page.locator('[data-test="cell-score"]', { hasText: '92 分' }),
  })
  await expect(accepted).toHaveCount(1)
  await expect(accepted.locator('[data-test="cell-grade"]')).toHaveText('优秀')
  await expect(
    page.locator(`[data-test="report-round"][data-year="${year}"] [data-test="round-accepted"]`),
  ).toContainText('1')
  await fullShot(page, 'report-matrix')

  // The scores' workbook.
  const workbook = page.waitForEvent('download')
  await page.locator('[data-test="reports-export"]').click()
  expect((await workbook).suggestedFilename()).toBe(`主体责任报告评分-${from}-${to}.xlsx`)

  // The report: figures, opinions, the assessment and the problem fed back.
  await accepted.click()
  await expect(page.locator('[data-test="report-title"]')).toHaveText(title)
  await expect(page.locator('[data-test="report-status"]')).toHaveText('已通过')
  await expect(page.locator('[data-test="section-comment"]')).toHaveCount(0)
  await expect(page.locator('[data-test="report-figures"] .el-table__body tr')).toHaveCount(17)
  await expect(page.locator('[data-test="opinion-branch"]')).toContainText('修改稿经支委会审议')
  await expect(page.locator('[data-test="opinion-discipline"]')).toContainText('修改稿：')
  await expect(page.locator('[data-test="review-score"]')).toHaveText('92 分')
  await expect(page.locator('[data-test="review-grade"]')).toHaveText('优秀')
  await expect(page.locator('[data-test="review-by"]')).toContainText('王伟')
  const feedback = page.locator('[data-test="report-feedback"] .el-table__body tr')
  await expect(feedback).toHaveCount(1)
  await expect(feedback).toContainText(problem)
  await expect(feedback).toContainText('张三')
  await expect(feedback.locator('[data-test="feedback-state"]')).toHaveText('整改中')
  await fullShot(page, 'report-detail')
  const reportPath = new URL(page.url()).pathname
  const reportCell = page.locator(`[data-test="report-cell"][href="${reportPath}"]`)

  // Its PDF.
  const pdf = page.waitForEvent('download')
  await page.locator('[data-test="report-pdf"]').click()
  expect((await pdf).suggestedFilename()).toBe(`${title}.pdf`)

  // In English.
  await page.locator('[data-test="lang-en"]').click()
  await expect(page.locator('[data-test="report-status"]')).toHaveText('Accepted')
  await expect(page.locator('[data-test="figure-label"]').first()).toHaveText(
    'Applications to join the Party',
  )
  await fullShot(page, 'report-detail-en')
  await page.goto(`/reports?from=${from}&to=${to}`)
  await expect(reportCell.locator('[data-test="cell-score"]')).toHaveText('92 pts')
  await expect(reportCell.locator('[data-test="cell-grade"]')).toHaveText('Excellent')
  await fullShot(page, 'report-matrix-en')
  await page.locator('[data-test="lang-zh-CN"]').click()

  // At phone width: the matrix scrolls sideways, the organisations stay.
  await page.setViewportSize({ width: 390, height: 844 })
  await expect(reportCell.locator('[data-test="cell-grade"]')).toHaveText('优秀')
  const scroller = page.locator('[data-test="report-matrix"] .el-scrollbar__wrap').first()
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  await fullShot(page, 'report-matrix-phone')
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth))
  await expect(row.locator('[data-test="matrix-org"]')).toBeInViewport()
  await fullShot(page, 'report-matrix-phone-scrolled')
  await page.goto(reportPath)
  await expect(page.locator('[data-test="report-paper"]')).toBeVisible()
  await fullShot(page, 'report-detail-phone')
})
