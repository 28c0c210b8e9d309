import { expect, test, type Page } from '@playwright/test'
import { fullShot, SHOTS } from './forms'
import { login, logout } from './session'
import {
  idNumber,
  ORG_HEADER,
  PEOPLE_HEADER,
  uniqueBirth,
  wrongCheck,
  xlsx,
  type CellValue,
} from './xlsx'

/**
 * 名册导入 as the admin: the template downloads; a roster with a wrong check character, an unknown
 * organisation and a missing name is refused row by row and cannot be imported; a valid roster (a
 * new 党小组 under the demo's 第一党支部 and three people, one in it) is checked, imported with a
 * progress bar, and imported again without changing anything; 人员管理 then finds an imported
 * person in the new group. The ID numbers come from the clock, as the database outlives runs.
 * Screenshots in target/e2e-screenshots/roster-*.png.
 */
test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DIGITS = '零一二三四五六七八九'

/** A run's mark in Chinese numerals, so that the names stay names. */
function chinese(n: number): string {
  return [...String(n)].map((d) => DIGITS[Number(d)]).join('')
}

function roster(orgs: CellValue[][], people: CellValue[][]): Buffer {
  return xlsx([
    { name: '组织', rows: [ORG_HEADER, ...orgs] },
    { name: '人员', rows: [PEOPLE_HEADER, ...people] },
  ])
}

async function upload(page: Page, name: string, buffer: Buffer) {
  const checked = page.waitForResponse(
    (r) => r.url().endsWith('/api/admin/roster/check') && r.request().method() === 'POST',
  )
  await page
    .locator('[data-test="roster-upload"] input[type="file"]')
    .setInputFiles({ name, mimeType: XLSX_TYPE, buffer })
  await checked
}

/** Ends running transitions (a spinner fading, an error sliding in) before a screenshot. */
async function settle(page: Page) {
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish()
    }
  })
}

function count(page: Page, prefix: string, group: string, kind: string) {
  return page.locator(`[data-test="${prefix}-${group}-${kind}"]`)
}

test('the admin imports a roster, checked first, twice without changes', async ({ page }) => {
  test.setTimeout(240_000)
  const { birth, block } = uniqueBirth()
  const mark = chinese(block / 10 + 100 * (Number(birth.slice(-4)) % 100))
  const groupCode = `e2e-${birth}-${block}`
  const groupName = `名册测试党小组${mark}`
  const [man, woman, third] = [
    idNumber(birth, block + 1),
    idNumber(birth, block + 2),
    idNumber(birth, block + 3),
  ]
  const names = [`韩立${mark}`, `苏梅${mark}`, `秦川${mark}`]

  await page.goto('/login')
  await login(page, 'admin')
  await page.locator('[data-test="nav-admin-roster"]').click()
  await expect(page).toHaveURL(/\/admin\/roster/)
  await expect(page.locator('h1')).toHaveText('名册导入')

  const download = page.waitForEvent('download')
  await page.locator('[data-test="roster-template"]').click()
  expect((await download).suggestedFilename()).toBe('人员名册模板.xlsx')

  // A wrong check character, an organisation nobody knows, a row without a name.
  const bad = roster(
    [],
    [
      [names[0], '男', wrongCheck(man), 'branch-1', '书记员', '2020-09-01', '群众', null],
      [names[1], '女', woman, `no-such-org-${block}`, null, null, null, null],
      [null, '男', third, 'branch-1', null, null, null, null],
    ],
  )
  await upload(page, '人员名册-有误.xlsx', bad)
  await expect(page.locator('[data-test="roster-errors-alert"]')).toContainText(
    '修正后重新上传；未导入任何数据',
  )
  const errorRows = page.locator('[data-test="roster-errors-table"] .el-table__body tr')
  for (const [row, column] of [
    ['2', '公民身份号码'],
    ['3', '所在组织编码'],
    ['4', '姓名'],
  ] as const) {
    const cells = errorRows.filter({ hasText: column }).first().locator('td')
    await expect(cells.nth(0)).toHaveText('人员')
    await expect(cells.nth(1)).toHaveText(row)
    await expect(cells.nth(2)).toHaveText(column)
  }
  await expect(page.locator('[data-test="roster-import"]')).toBeDisabled()
  await fullShot(page, 'roster-errors')

  // A new group under 第一党支部, one person in it and two elsewhere.
  const good = roster(
    [[groupCode, groupName, '党小组', 'branch-1', 9]],
    [
      [names[0], '男', man, groupCode, '书记员', '2020-09-01', '群众', null],
      [names[1], '女', woman, 'branch-1-civil', '法官助理', '2018-07-15', '正式党员', '2019-07-01'],
      [names[2], '男', third, 'branch-2-enforce', '执行员', null, null, null],
    ],
  )
  await upload(page, '人员名册.xlsx', good)
  await expect(page.locator('[data-test="roster-check-ok"]')).toBeVisible()
  await expect(count(page, 'check-counts', 'organisations', 'created')).toHaveText('1')
  await expect(count(page, 'check-counts', 'people', 'created')).toHaveText('3')
  await expect(page.locator('[data-test="roster-import"]')).toBeEnabled()
  await page.locator('[data-test="roster-import"]').click()
  await expect(page.locator('[data-test="roster-done"]')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('[data-test="roster-progress"]')).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
  await expect(page.locator('[data-test="roster-progress-text"]')).toContainText('4 / 4')
  await expect(count(page, 'import-counts', 'organisations', 'created')).toHaveText('1')
  await expect(count(page, 'import-counts', 'people', 'created')).toHaveText('3')
  await expect(
    page.locator('[data-test="roster-history-table"] .el-table__body tr').first(),
  ).toContainText('人员名册.xlsx')
  await fullShot(page, 'roster-import-done')

  // The same roster again changes nothing.
  await upload(page, '人员名册.xlsx', good)
  await expect(count(page, 'check-counts', 'organisations', 'created')).toHaveText('0')
  await expect(count(page, 'check-counts', 'organisations', 'unchanged')).not.toHaveText('0')
  await expect(count(page, 'check-counts', 'people', 'created')).toHaveText('0')
  await expect(count(page, 'check-counts', 'people', 'updated')).toHaveText('0')
  await expect(count(page, 'check-counts', 'people', 'unchanged')).toHaveText('3')
  await page.locator('[data-test="roster-import"]').click()
  await expect(page.locator('[data-test="roster-done"]')).toBeVisible({ timeout: 30_000 })
  await expect(count(page, 'import-counts', 'organisations', 'created')).toHaveText('0')
  await expect(count(page, 'import-counts', 'people', 'created')).toHaveText('0')
  await expect(count(page, 'import-counts', 'people', 'unchanged')).toHaveText('3')
  await fullShot(page, 'roster-import-again')

  // 人员管理 finds the first person in the new group.
  await page.locator('[data-test="nav-admin-people"]').click()
  await expect(page).toHaveURL(/\/admin\/people/)
  await page.locator('input[data-test="people-q"]').fill(names[0]!)
  await page.locator('[data-test="people-search"]').click()
  const found = page.locator('[data-test="people-table"] .el-table__body tr')
  await expect(found).toHaveCount(1)
  await expect(found.first().locator('[data-test="person-name-cell"]')).toHaveText(names[0]!)
  await expect(found.first().locator('[data-test="person-org"]')).toHaveText(groupName)
  await expect(found.first().locator('[data-test="person-id-number"]')).toHaveText(
    `${man.slice(0, 6)}********${man.slice(-4)}`,
  )
  await expect(page.locator(`[data-test="org-node-${groupCode}"]`)).toBeVisible()
  await expect(page.locator('[data-test="people-list"] .el-loading-mask')).toHaveCount(0)
  await settle(page)
  await fullShot(page, 'roster-people')

  // The imported person gets a login; its temporary password is shown once.
  const username = `e2e${birth}${block}`
  await found.first().locator('[data-test="row-more-button"]').click()
  await page.locator('[data-test="cmd-open-account"]:visible').click()
  await page.locator('input[data-test="open-account-username"]').fill(username)
  await page.locator('[data-test="open-account-save"]').click()
  const secret = page.locator('[data-test="temporary-password"]')
  await expect(secret).toBeVisible()
  const temporary = (await secret.textContent())!.trim()
  expect(temporary.length).toBeGreaterThanOrEqual(10)
  await expect(page.locator('[data-test="temporary-password-warning"]')).toContainText(
    '只显示这一次',
  )
  await settle(page)
  await page.screenshot({ path: `${SHOTS}/roster-temporary-password.png` })
  await page.locator('[data-test="temporary-password-close"]').click()
  await expect(found.first().locator('[data-test="person-username"]')).toHaveText(username)
  await expect(found.first().locator('[data-test="tag-must-change"]')).toBeVisible()

  // On a phone.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/admin/roster')
  await expect(page.locator('[data-test="roster-history-cards"]')).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  )
  expect(overflow, 'the import page fits a phone').toBe(false)
  await fullShot(page, 'roster-import-phone')

  // The person signs in with it and must set their own password first.
  await page.setViewportSize({ width: 1366, height: 820 })
  await logout(page)
  await login(page, username, temporary)
  await expect(page).toHaveURL(/\/change-password/)
  await expect(page.locator('[data-test="change-password-note"]')).toContainText(
    '管理员已重置您的密码，请先设置新密码',
  )
  await page.goto('/tasks')
  await expect(page).toHaveURL(/\/change-password/)
  await page.locator('input[data-test="password-current"]').fill(temporary)
  await page.locator('input[data-test="password-new"]').fill('short')
  await page.locator('input[data-test="password-repeat"]').fill('short')
  await page.locator('[data-test="password-submit"]').click()
  await expect(page.locator('[data-test="password-new-item"] .el-form-item__error')).toContainText(
    '密码至少 10 位',
  )
  await page.screenshot({ path: `${SHOTS}/roster-change-password.png` })
  await page.locator('input[data-test="password-new"]').fill('Roster#2026new')
  await page.locator('input[data-test="password-repeat"]').fill('Roster#2026new')
  await page.locator('[data-test="password-submit"]').click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('[data-test="user-menu"]')).toContainText(names[0]!)
})
