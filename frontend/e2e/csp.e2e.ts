import { expect, test, type Page } from '@playwright/test'
import { login, logout } from './session'

/**
 * The Content-Security-Policy the server sends (SecurityConfig) must not block anything the app
 * does: a start form (Camunda Forms), the task list, a task form and a case diagram (bpmn-js).
 * Chromium reports every blocked script, style, image or connection on the console.
 */

function watchViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => {
    if (/Content[ -]Security[ -]Policy|unsafe-eval/i.test(error.message))
      violations.push(error.message)
  })
  return violations
}

test('the pages run under the Content-Security-Policy without a violation', async ({ page }) => {
  test.setTimeout(120_000)
  const violations = watchViolations(page)

  const landing = await page.goto('/login')
  const csp = landing!.headers()['content-security-policy']
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("script-src 'self'")

  // zhangsan starts a request from its Camunda form.
  await page.goto('/login?redirect=/start/practicalHelp')
  await login(page, 'zhangsan')
  await expect(page.locator('[data-test="user-menu"]')).toBeVisible()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await page.getByLabel('事项标题').fill(`CSP 检查 ${Date.now()}`)
  await page.locator('.fjs-form-field-select .fjs-input-group').click()
  await page.locator('.fjs-dropdownlist-item', { hasText: '家庭事务' }).click()
  await page.getByLabel('具体情况').fill('检查页面在内容安全策略下正常运行。')
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  const { processInstanceId } = (await (await started).json()) as { processInstanceId: string }

  // The case with its diagram.
  await page.goto(`/cases/${processInstanceId}`)
  await expect(page.locator('[data-test="case-diagram"] svg').first()).toBeVisible()
  await expect(page.locator('[data-test="case-diagram"] svg .djs-element').first()).toBeVisible()
  await logout(page)

  // liqiang's task list and the review form.
  await page.goto('/login')
  await login(page, 'liqiang')
  await expect(page.locator('[data-test="user-menu"]')).toBeVisible()
  const listed = page.waitForResponse(
    (r) => r.url().includes('/api/tasks?') && r.url().includes('scope=claimable'),
  )
  await page.goto('/tasks?scope=claimable')
  const { items } = (await (await listed).json()) as {
    items: { id: string; processInstanceId: string }[]
  }
  await expect(page.locator('.el-table__body tr').first()).toBeVisible()
  const task = items.find((t) => t.processInstanceId === processInstanceId)
  expect(task).toBeDefined()
  await page.goto(`/tasks/${task!.id}`)
  await expect(page.locator('[data-test="task-title"]')).toBeVisible()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await logout(page)

  expect(violations).toEqual([])
})

test('Swagger UI (for admins) runs under the Content-Security-Policy too', async ({ page }) => {
  const violations = watchViolations(page)
  await page.goto('/login')
  await login(page, 'admin')
  await expect(page.locator('[data-test="user-menu"]')).toBeVisible()

  await page.goto('/swagger-ui/index.html')
  await expect(page.locator('.swagger-ui .opblock').first()).toBeVisible()

  expect(violations).toEqual([])
})
