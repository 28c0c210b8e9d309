import { expect, test, type Page } from '@playwright/test'
import { choose, dayFromToday, fillDate, openMyTask, fullShot, submitTask, tick } from './forms'
import { login, switchTo } from './session'

/**
 * 问题线索, need-to-know in the browser: 周健 (纪检员) registers a named clue about 李四 from the
 * register's 登记问题线索; his register lists it at 提出处置意见 and 告知受理, and he opens it. 吴晓燕,
 * another officer, is not on its access list: her register does not list it and its address says
 * there is no such clue for her. 王伟 (机关党委) has no 问题线索 at all and is sent home from the
 * address. 周健 proposes 初步核实, 赵敏 (纪委书记) approves and names the team 周健 + 吴晓燕; now 吴晓燕
 * sees it, at 初步核实报告, and on its page as a team member (also in English and at phone width).
 * Each run registers a new clue, told apart by a marker in its allegation. Screenshots in
 * target/e2e-screenshots/discipline-*.png.
 */
test.use({ actionTimeout: 30_000 })

test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

/** The register's row of the clue numbered so (the register shows every clue under 全部). */
function registerRow(page: Page, caseNumber: string) {
  return page
    .locator('[data-test="clue-table"] .el-table__body-wrapper .el-table__row')
    .filter({ has: page.locator('[data-test="clue-link"]', { hasText: caseNumber }) })
}

/** Shows the register under 全部 and waits for it. */
async function showAll(page: Page) {
  await page.goto('/discipline-clues?show=all')
  await expect(page.locator('[data-test="clue-table"]')).toBeVisible()
  await expect(page.locator('[data-test="tab-all"]')).toBeVisible()
}

test('a discipline clue is seen only by the people on its access list', async ({ page }) => {
  test.setTimeout(300_000)
  const marker = `E2E-${Date.now()}`
  const allegation = `${marker}：反映李四在执行案件中收受当事人财物，并违规出入私人会所。`
  const yesterday = dayFromToday(-1)

  // 周健 registers a clue from his register.
  await page.goto('/login?redirect=/discipline-clues')
  await login(page, 'zhoujian')
  await expect(page.locator('h1')).toHaveText('问题线索')
  await expect(page.locator('[data-test="clues-confidential"]')).toHaveText('保密，仅限知悉范围')
  await page.locator('[data-test="clues-register"]').click()
  await expect(page).toHaveURL(/\/start\/disciplineClue$/)
  await expect(page.locator('.fjs-form')).toBeVisible()
  await choose(page, '线索来源', '来信')
  await fillDate(page, '收到日期', yesterday)
  await tick(page, '反映方式', '实名')
  await page.getByLabel('反映人姓名').fill('王某某')
  await page.getByLabel('反映人联系方式').fill('13800001234')
  await choose(page, '被反映人', '李四')
  await page.getByLabel('反映的主要问题').fill(allegation)
  await fullShot(page, 'discipline-register-form')
  const started = page.waitForResponse(
    (r) => r.url().endsWith('/api/processes/disciplineClue/start') && r.status() === 201,
  )
  await page.locator('[data-test="start-submit"]').click()
  const { processInstanceId: id } = (await (await started).json()) as {
    processInstanceId: string
  }
  const clueUrl = `/discipline-clues/${id}`
  const answer = await page.request.get(`/api/discipline-clues/${id}`)
  expect(answer.status()).toBe(200)
  const caseNumber = ((await answer.json()) as { clue: { caseNumber: string } }).clue.caseNumber
  expect(caseNumber).toMatch(/^纪线〔\d{4}〕\d+号$/)

  // His register lists it in progress, at the proposal and the acknowledgement.
  await page.goto('/discipline-clues')
  const row = registerRow(page, caseNumber)
  await expect(row).toHaveCount(1)
  await expect(row.locator('[data-test="clue-source"]')).toHaveText('来信')
  await expect(row.locator('[data-test="clue-received"]')).toHaveText(yesterday)
  await expect(row.locator('[data-test="clue-subject"]')).toHaveText('李四')
  await expect(row.locator('[data-test="clue-outcome"]')).toHaveText('办理中')
  await expect(row.locator('[data-test="clue-registrar"]')).toHaveText('周健')
  // Two steps open side by side, in no particular order, both his.
  const steps = row.locator('[data-test="clue-step"]')
  await expect(steps).toHaveCount(2)
  for (const name of ['提出处置意见', '告知受理']) {
    const step = steps.filter({ has: page.locator('[data-test="step-name"]', { hasText: name }) })
    await expect(step).toHaveCount(1)
    await expect(step.locator('[data-test="step-holder"]')).toHaveText('周健')
    await expect(step.locator('[data-test="step-due"]')).toHaveText(/^期限 \d{4}-\d\d-\d\d$/)
  }
  await expect(row.locator('[data-test="step-overdue"]')).toHaveCount(0)
  await fullShot(page, 'discipline-register')

  // He opens it.
  await row.locator('[data-test="clue-link"]').click()
  await expect(page).toHaveURL(new RegExp(`${clueUrl}$`))
  await expect(page.locator('[data-test="clue-number"]')).toHaveText(caseNumber)
  await expect(page.locator('[data-test="clue-source"]')).toHaveText('来信')
  await expect(page.locator('[data-test="complainant-name"]')).toHaveText('王某某')
  await expect(page.locator('[data-test="complainant-contact"]')).toHaveText('13800001234')
  await expect(page.locator('[data-test="clue-subject"]')).toHaveText('李四')
  await expect(page.locator('[data-test="clue-allegation"]')).toHaveText(allegation)
  await expect(page.locator('[data-test="clue-jurisdiction"]')).toHaveText('本级处置')
  const openSteps = page.locator('[data-test="clue-step-table"] [data-test="step-name"]')
  await expect(openSteps).toHaveCount(2)
  await expect(openSteps.filter({ hasText: '提出处置意见' })).toHaveCount(1)
  await expect(openSteps.filter({ hasText: '告知受理' })).toHaveCount(1)
  const access = page.locator('[data-test="clue-access-table"] .el-table__body tr')
  await expect(access).toHaveCount(2)
  await expect(access.nth(0)).toContainText('周健')
  await expect(access.nth(0)).toContainText('承办人')
  await expect(access.nth(1)).toContainText('赵敏')
  await expect(access.nth(1)).toContainText('纪委书记')
  await fullShot(page, 'discipline-clue')

  // The handling, on the case page.
  await page.locator('[data-test="clue-timeline"]').click()
  await expect(page).toHaveURL(new RegExp(`/cases/${id}$`))
  await expect(page.locator('[data-test="timeline-panel"]')).toBeVisible()
  await page.goBack()
  await expect(page.locator('[data-test="clue-number"]')).toHaveText(caseNumber)

  // 吴晓燕, another officer, neither finds it nor opens it.
  await switchTo(page, 'wuxiaoyan', '/discipline-clues?show=all')
  await expect(page.locator('[data-test="clue-table"]')).toBeVisible()
  await expect(registerRow(page, caseNumber)).toHaveCount(0)
  await expect(page.locator('[data-test="clue-table"]')).not.toContainText(marker)
  await page.goto(clueUrl)
  await expect(page.locator('[data-test="clue-not-found"]')).toContainText(
    '没有这条问题线索，或您不在该线索的知悉范围内',
  )
  await expect(page.locator('[data-test="clue-number"]')).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(caseNumber)
  await fullShot(page, 'discipline-clue-not-found')

  // 王伟 (机关党委) has no 问题线索 and is sent home from the clue's address.
  await switchTo(page, 'wangwei')
  await expect(page.locator('.el-menu-item', { hasText: '主体责任报告' })).toBeVisible()
  await expect(page.locator('.el-menu-item', { hasText: '问题线索' })).toHaveCount(0)
  await page.goto(clueUrl)
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('[data-test="clue-header"]')).toHaveCount(0)
  await expect(page.locator('body')).not.toContainText(caseNumber)
  expect((await page.request.get('/api/discipline-clues')).status()).toBe(403)
  expect((await page.request.get(`/api/discipline-clues/${id}`)).status()).toBe(404)

  // 周健 proposes 初步核实.
  await switchTo(page, 'zhoujian')
  await openMyTask(page, caseNumber, '提出处置意见')
  await tick(page, '处置方式', '初步核实')
  await page.getByLabel('处置理由').fill('反映问题具体，具有可查性，建议初步核实。')
  await submitTask(page)

  // 赵敏 approves it and names the team: 周健 and 吴晓燕.
  await switchTo(page, 'zhaomin')
  await openMyTask(page, caseNumber, '审批处置意见')
  await tick(page, '审批结果', '同意')
  await page.getByLabel('审批意见').fill('同意初步核实。')
  await submitTask(page)
  await openMyTask(page, caseNumber, '组成核查组')
  await tick(page, '核查组成员（至少两人）', '周健')
  await tick(page, '核查组成员（至少两人）', '吴晓燕')
  await submitTask(page)

  // Now 吴晓燕 finds it, at the team's report, and opens it as a team member.
  await switchTo(page, 'wuxiaoyan', '/discipline-clues')
  const hers = registerRow(page, caseNumber)
  await expect(hers).toHaveCount(1)
  await expect(hers.locator('[data-test="clue-way"]')).toHaveText('初步核实')
  await expect(
    hers.locator('[data-test="step-name"]').filter({ hasText: '初步核实报告' }),
  ).toHaveCount(1)
  await fullShot(page, 'discipline-register-team')
  await hers.locator('[data-test="clue-link"]').click()
  await expect(page.locator('[data-test="clue-number"]')).toHaveText(caseNumber)
  await expect(page.locator('[data-test="clue-way"]')).toHaveText('初步核实')
  await expect(page.locator('[data-test="clue-allegation"]')).toHaveText(allegation)
  const team = page.locator('[data-test="clue-access-table"] .el-table__body tr', {
    hasText: '核查、审查组成员',
  })
  await expect(team).toHaveCount(2)
  await expect(team.filter({ hasText: '吴晓燕' })).toHaveCount(1)
  await expect(team.filter({ hasText: '周健' })).toHaveCount(1)
  await fullShot(page, 'discipline-clue-team')
  const teamClue = new URL(page.url()).pathname

  // In English.
  await page.locator('[data-test="lang-en"]').click()
  await expect(page.locator('[data-test="clue-way"]')).toHaveText('Preliminary verification')
  await expect(page.locator('[data-test="clue-source"]')).toHaveText('Letter')
  await expect(team).toHaveCount(0)
  await expect(
    page.locator('[data-test="clue-access-table"] .el-table__body tr', {
      hasText: 'Verification or review team',
    }),
  ).toHaveCount(2)
  await fullShot(page, 'discipline-clue-en')
  await page.goto('/discipline-clues?show=all')
  await expect(registerRow(page, caseNumber).locator('[data-test="clue-outcome"]')).toHaveText(
    'In progress',
  )
  await fullShot(page, 'discipline-register-en')
  await page.locator('[data-test="lang-zh-CN"]').click()

  // At phone width: the register scrolls sideways, the numbers stay.
  await page.setViewportSize({ width: 390, height: 844 })
  await showAll(page)
  const phoneRow = registerRow(page, caseNumber)
  await expect(phoneRow).toHaveCount(1)
  const scroller = page.locator('[data-test="clue-table"] .el-scrollbar__wrap').first()
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
  await fullShot(page, 'discipline-register-phone')
  await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth))
  await expect(phoneRow.locator('[data-test="clue-link"]')).toBeInViewport()
  await expect(phoneRow.locator('[data-test="clue-registrar"]')).toBeInViewport()
  await fullShot(page, 'discipline-register-phone-scrolled')
  await page.goto(teamClue)
  await expect(page.locator('[data-test="clue-number"]')).toHaveText(caseNumber)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
  expect(overflow, 'the clue page fits a phone').toBe(false)
  await fullShot(page, 'discipline-clue-phone')
})
