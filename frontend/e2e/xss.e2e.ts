import { expect, test, type Page } from '@playwright/test'

/**
 * Stored text stays inert (issue 6, test 6): script, HTML, `javascript:` and template text typed
 * into fields the app shows (a help request's title and description, an urging note, an attached
 * file's name, a review opinion and comment) is shown as typed on every page that displays it: the
 * inbox, the task, the notifications, the case with its timeline and attachments. No dialog opens,
 * no script runs, no element is injected, and `{{ 7*7 }}` is not rendered as 49.
 *
 * The server's Content-Security-Policy would block an injected inline handler anyway, so the test
 * looks for the injected elements themselves, not only for their effects.
 */
const PASSWORD = process.env.RONGHE_DEMO_PASSWORD ?? 'Ronghe@2026'
const SHOTS = 'target/e2e-screenshots'

/** Makes this run's request findable in the inbox. */
const RUN = Date.now().toString(36).slice(-6)
const TITLE = '<img src=x onerror=alert(1)>{{ 7*7 }}${7*7}' + RUN
const DESCRIPTION =
  '<script>window.__pwned=1</script><svg onload=alert(1)>' +
  '<a href="javascript:alert(1)">javascript:点我</a> {{ 7*7 }}'
const URGE = '<svg onload=alert(1)> 请尽快 {{ 7*7 }}'
const FILE_NAME = '<img src=x onerror=alert(1)>.txt'
const OPINION = '<img src=x onerror=alert(1)> 情况属实 {{ 7*7 }} ${7*7}'
const COMMENT = '<script>window.__pwned=1</script>同意 {{ 7*7 }}'

/** What an injected payload would have put in the page. */
const INJECTED =
  'img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"], script:not([src])'

async function xsrf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')
  return cookie?.value ?? ''
}

/** Logs the page's browser context in as this user, through the API as the SPA does. */
async function signIn(page: Page, username: string) {
  await page.context().clearCookies()
  await page.request.get('/api/auth/me')
  const login = await page.request.post('/api/auth/login', {
    data: { username, password: PASSWORD },
    headers: { 'X-XSRF-TOKEN': await xsrf(page) },
  })
  expect(login.status()).toBe(200)
}

async function post(page: Page, url: string, data: unknown) {
  const response = await page.request.post(url, {
    data: data as Record<string, unknown>,
    headers: { 'X-XSRF-TOKEN': await xsrf(page) },
  })
  expect(response.status(), `${url}: ${await response.text()}`).toBeLessThan(300)
  return response.status() === 204 ? null : await response.json()
}

/**
 * The page shows each text as typed (in its text or, for form fields, their values), nothing was
 * injected, no script ran; then a screenshot.
 */
async function expectInert(page: Page, name: string, texts: string[], values: string[] = []) {
  await page.waitForLoadState('networkidle')
  const shown = await page.locator('body').innerText()
  for (const text of texts) {
    expect(shown, `${name}: shows ${text}`).toContain(text)
  }
  const fieldValues = await page
    .locator('input, textarea')
    .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))
  for (const value of values) {
    expect(fieldValues, `${name}: a field holds ${value}`).toContain(value)
  }
  expect(shown, `${name}: no template was rendered`).not.toContain('onerror=alert(1)>49')
  expect(await page.locator(INJECTED).count(), `${name}: injected elements`).toBe(0)
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  await page.screenshot({ path: `${SHOTS}/xss-${name}.png`, fullPage: true })
}

test('hostile text typed into the app is shown as text on every page and never runs', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  // zhangsan asks for help with hostile title and description, and urges the review.
  await signIn(page, 'zhangsan')
  const started = await post(page, '/api/processes/practicalHelp/start', {
    values: {
      requestTitle: TITLE,
      category: 'family',
      urgency: 'urgent',
      description: DESCRIPTION,
    },
  })
  const pid = started.processInstanceId as string
  const instance = await (await page.request.get(`/api/instances/${pid}`)).json()
  const review = instance.currentTasks[0].id as string
  await post(page, `/api/tasks/${review}/urge`, { message: URGE })

  // liqiang attaches a file with a hostile name and takes the review.
  await signIn(page, 'liqiang')
  const upload = await page.request.post(`/api/tasks/${review}/attachments`, {
    multipart: {
      file: { name: FILE_NAME, mimeType: 'text/plain', buffer: Buffer.from('家庭情况说明') },
    },
    headers: { 'X-XSRF-TOKEN': await xsrf(page) },
  })
  expect(upload.status()).toBe(201)
  expect((await upload.json()).fileName).toBe(FILE_NAME)
  await post(page, `/api/tasks/${review}/claim`, {})

  await page.goto(`/tasks?scope=mine&q=${RUN}`)
  await expect(page.locator('[data-test="task-row"]').first()).toBeVisible()
  await expectInert(page, 'inbox', [TITLE])

  await page.goto(`/tasks/${review}`)
  await expect(page.locator('[data-test="task-title"]')).toContainText(TITLE)
  await expect(page.locator('.fjs-form')).toBeVisible()
  await expectInert(page, 'task', [TITLE], [TITLE, DESCRIPTION])

  await page.locator('[data-test="bell"]').click()
  await expect(page.locator('[data-test="notification"]').first()).toBeVisible()
  await expectInert(page, 'notifications', [URGE])

  // liqiang passes the review with a hostile opinion and comment.
  await post(page, `/api/tasks/${review}/complete`, {
    values: { reviewDecision: 'pass', reviewComment: OPINION },
    comment: COMMENT,
  })
  await page.goto(`/cases/${pid}`)
  await expect(page.locator('[data-test="timeline-entry"]').first()).toBeVisible()
  await expect(page.getByText(FILE_NAME).first()).toBeVisible()
  await expectInert(page, 'case', [TITLE, OPINION, COMMENT, FILE_NAME])

  // The Party committee sees the request and the opinion in its inbox and approval form.
  await signIn(page, 'wangwei')
  await page.goto(`/tasks?scope=claimable&q=${RUN}`)
  await expect(page.locator('[data-test="task-row"]').first()).toBeVisible()
  await expectInert(page, 'committee-inbox', [TITLE])
  const approval = (await (await page.request.get(`/api/instances/${pid}`)).json()).currentTasks[0]
    .id as string
  await page.goto(`/tasks/${approval}`)
  await expect(page.locator('.fjs-form')).toBeVisible()
  await expectInert(page, 'approval', [TITLE], [DESCRIPTION, OPINION])

  // The requester's own view of the case.
  await signIn(page, 'zhangsan')
  await page.goto(`/cases/${pid}`)
  await expect(page.locator('[data-test="timeline-entry"]').first()).toBeVisible()
  await expectInert(page, 'requester-case', [TITLE, OPINION, COMMENT, FILE_NAME])

  expect(dialogs, 'dialogs opened by stored text').toEqual([])
})
