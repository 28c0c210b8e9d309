import { expect, test, type Page } from '@playwright/test'
import {
  choose,
  claimAndOpen,
  dayFromToday,
  fillDate,
  fullShot,
  openMyTask,
  submitTask,
  tick,
} from './forms'
import { login, switchTo } from './session'

/**
 * 立案审查 in the browser: 周健 registers an anonymous clue; it is verified by 周健 and 吴晓燕 and the
 * head 赵敏 opens a case; the review team (the same two) sends it to the hearing. 赵敏 tries to put
 * 周健, who investigated it, on the hearing panel and is refused, naming the panel; 唐军 and 高岩 hear
 * it and propose 警告, which she decides. The clue's page then shows the case with the decision and
 * its form (第二种形态). 吴晓燕 declares a conflict (回避): she is sent back to her register, which no
 * longer lists the clue. 赵敏 opens the case's history and downloads its file (卷宗), then looks at the year's statistics (also in English and at phone width)
 * and downloads the register. Screenshots
 * in target/e2e-screenshots/discipline-case-*.png.
 */
test.use({ actionTimeout: 30_000 })

test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

/** Registers an anonymous clue about 李四 from the catalog; its id and number. */
async function registerClue(page: Page, allegation: string) {
  await page.goto('/start/disciplineClue')
  await expect(page.locator('.fjs-form')).toBeVisible()
  await choose(page, '线索来源', '来访')
  await fillDate(page, '收到日期', dayFromToday(-1))
  await tick(page, '反映方式', '匿名')
  await choose(page, '被反映人', '李四')
  await page.getByLabel('反映的主要问题').fill(allegation)
  const started = page.waitForResponse(
    (r) => r.url().endsWith('/api/processes/disciplineClue/start') && r.status() === 201,
  )
  await page.locator('[data-test="start-submit"]').click()
  const { processInstanceId: id } = (await (await started).json()) as {
    processInstanceId: string
  }
  const answer = await page.request.get(`/api/discipline-clues/${id}`)
  const caseNumber = ((await answer.json()) as { clue: { caseNumber: string } }).clue.caseNumber
  return { id, caseNumber }
}

test('a case is heard by people who did not investigate it, and a recused officer leaves it', async ({
  page,
}) => {
  test.setTimeout(420_000)
  const marker = `E2E-CASE-${Date.now()}`

  await page.goto('/login?redirect=/discipline-clues')
  await login(page, 'zhoujian')
  const { id, caseNumber } = await registerClue(page, `${marker}：反映李四违规插手执行案件。`)
  await openMyTask(page, caseNumber, '提出处置意见')
  await tick(page, '处置方式', '初步核实')
  await page.getByLabel('处置理由').fill('反映问题具体，具有可查性。')
  await submitTask(page)

  await switchTo(page, 'zhaomin')
  await openMyTask(page, caseNumber, '审批处置意见')
  await tick(page, '审批结果', '同意')
  await submitTask(page)
  await openMyTask(page, caseNumber, '组成核查组')
  await tick(page, '核查组成员（至少两人）', '周健')
  await tick(page, '核查组成员（至少两人）', '吴晓燕')
  await submitTask(page)

  await switchTo(page, 'zhoujian')
  await claimAndOpen(page, caseNumber, '初步核实报告')
  await page.getByLabel('核实情况').fill('经初步核实，反映问题基本属实，需立案审查。')
  await tick(page, '处理建议', '立案审查')
  await submitTask(page)

  await switchTo(page, 'zhaomin')
  await openMyTask(page, caseNumber, '审批核实结果')
  await tick(page, '审批结果', '同意')
  await submitTask(page)

  // The case: the review team, the review sent to the hearing.
  await openMyTask(page, caseNumber, '组成审查组')
  await fullShot(page, 'discipline-case-review-team')
  await tick(page, '审查组成员（至少两人）', '周健')
  await tick(page, '审查组成员（至少两人）', '吴晓燕')
  await submitTask(page)
  await switchTo(page, 'zhoujian')
  await claimAndOpen(page, caseNumber, '审查')
  await page.getByLabel('审查情况').fill('查明李四违规过问执行案件两件。')
  await tick(page, '审查结果', '移送审理')
  await submitTask(page)

  // The head may not put an investigator on the hearing panel.
  await switchTo(page, 'zhaomin')
  await openMyTask(page, caseNumber, '组成审理组')
  await tick(page, '审理组成员（至少两人）', '周健')
  await tick(page, '审理组成员（至少两人）', '唐军')
  const refused = page.waitForResponse(
    (r) => r.url().includes('/complete') && r.request().method() === 'POST',
  )
  await page.locator('[data-test="complete"]').click()
  expect((await refused).status()).toBe(400)
  await expect(page.getByText('承办、核查或审查过本案的人员不能参加审理组').first()).toBeVisible()
  await fullShot(page, 'discipline-case-hearing-refused')
  await tick(page, '审理组成员（至少两人）', '周健')
  await tick(page, '审理组成员（至少两人）', '高岩')
  await submitTask(page)

  await switchTo(page, 'tangjun')
  await claimAndOpen(page, caseNumber, '审理')
  await page.getByLabel('审理意见').fill('事实清楚，证据确实，建议给予警告处分。')
  await choose(page, '处分建议', '警告')
  await submitTask(page)

  await switchTo(page, 'zhaomin')
  await openMyTask(page, caseNumber, '作出处理决定')
  await tick(page, '决定', '作出决定')
  await choose(page, '处理决定', '警告')
  await fillDate(page, '决定日期', dayFromToday(0))
  await page.getByLabel('决定文号').fill(`纪决〔${new Date().getFullYear()}〕${marker}号`)
  await fullShot(page, 'discipline-case-decision')
  await submitTask(page)

  // The clue's page shows the case with its decision and form.
  await page.goto(`/discipline-clues/${id}`)
  await expect(page.locator('[data-test="clue-number"]')).toHaveText(caseNumber)
  await expect(page.locator('body')).toContainText('警告')
  await expect(page.locator('body')).toContainText('第二种形态')
  await fullShot(page, 'discipline-case-clue')

  // 吴晓燕 declares a conflict and leaves the clue.
  await switchTo(page, 'wuxiaoyan', `/discipline-clues/${id}`)
  await expect(page.locator('[data-test="clue-number"]')).toHaveText(caseNumber)
  await page.getByRole('button', { name: '申请回避' }).click()
  await page.locator('.el-dialog textarea').fill('与被反映人系近亲属。')
  await fullShot(page, 'discipline-case-recusal')
  const recused = page.waitForResponse((r) =>
    r.url().endsWith(`/api/discipline-clues/${id}/recusals`),
  )
  await page
    .locator('.el-dialog')
    .getByRole('button', { name: /确定|确认|提交/ })
    .click()
  expect((await recused).status()).toBe(204)
  await expect(page).toHaveURL(/\/discipline-clues(\?.*)?$/)
  await page.goto('/discipline-clues?show=all')
  await expect(page.locator('[data-test="clue-table"]')).toBeVisible()
  await expect(page.locator('[data-test="clue-table"]')).not.toContainText(caseNumber)
  expect((await page.request.get(`/api/discipline-clues/${id}`)).status()).toBe(404)

  // The head sees the recusal on the clue, and the year's statistics.
  await switchTo(page, 'zhaomin', `/discipline-clues/${id}`)
  await expect(page.locator('body')).toContainText('与被反映人系近亲属。')
  await fullShot(page, 'discipline-case-clue-recused')

  // The case's own history, and its file (卷宗) as a PDF.
  await page.locator('[data-test="case-timeline"]').click()
  await expect(page).toHaveURL(/\/cases\/[^/]+$/)
  await expect(page.locator('[data-test="timeline-panel"]')).toBeVisible()
  await fullShot(page, 'discipline-case-history')
  const dossier = page.waitForEvent('download')
  await page.locator('[data-test="case-dossier"]').click()
  expect((await dossier).suggestedFilename()).toMatch(/^卷宗-.*\.pdf$/)
  await page.goto('/discipline-clues')
  await page.locator('[data-test="clues-statistics"]').click()
  await expect(page).toHaveURL(/\/discipline-clues\/statistics/)
  await expect(page.locator('[data-test="stats-scope"]')).toBeVisible()
  for (const tile of ['total', 'cases', 'open']) {
    await expect(page.locator(`[data-test="stats-${tile}"] strong`)).toHaveText(/^[1-9]\d*$/)
  }
  for (const chart of ['month', 'source', 'way', 'fourForm']) {
    await expect(page.locator(`[data-test="chart-${chart}"] canvas`).first()).toBeVisible()
  }
  await fullShot(page, 'discipline-case-statistics')
  const download = page.waitForEvent('download')
  await page.locator('[data-test="stats-export"]').click()
  expect((await download).suggestedFilename()).toMatch(/^问题线索台账-\d{4}\.xlsx$/)
  await page.locator('[data-test="lang-en"]').click()
  await expect(page.locator('[data-test="stats-total"] [data-test="tile-label"]')).not.toHaveText(
    '受理线索',
  )
  await fullShot(page, 'discipline-case-statistics-en')
  await page.locator('[data-test="lang-zh-CN"]').click()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await expect(page.locator('[data-test="chart-month"] canvas').first()).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
  expect(overflow, 'the statistics fit a phone').toBe(false)
  await fullShot(page, 'discipline-case-statistics-phone')
})
