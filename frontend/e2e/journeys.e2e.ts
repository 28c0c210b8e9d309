import { expect, test } from '@playwright/test'
import { login, logout, PASSWORD } from './session'

const SHOTS = 'target/e2e-screenshots'

interface DemoUser {
  username: string
  displayName: string
  /** Role names the home page must show, in Chinese. */
  roles: string[]
  /** The branch the home page shows, or null for none (未分配支部). */
  branch: RegExp | null
}

const users: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['系统管理员'], branch: null },
  { username: 'auditor', displayName: '安全审计员', roles: ['安全审计员'], branch: null },
  { username: 'wangwei', displayName: '王伟', roles: ['机关党委', '干警'], branch: /第三党支部/ },
  { username: 'zhaomin', displayName: '赵敏', roles: ['机关纪委', '干警'], branch: /第三党支部/ },
  { username: 'liqiang', displayName: '李强', roles: ['支部书记', '干警'], branch: /第一党支部/ },
  { username: 'chenjing', displayName: '陈静', roles: ['支部委员', '干警'], branch: /第一党支部/ },
  { username: 'zhangsan', displayName: '张三', roles: ['干警'], branch: /第一党支部/ },
  { username: 'lisi', displayName: '李四', roles: ['干警'], branch: /第二党支部/ },
  { username: 'sunli', displayName: '孙丽', roles: ['支部书记', '干警'], branch: /第二党支部/ },
]

test.beforeEach(async ({ context }) => {
  await context.clearCookies()
})

test('the login page is in Chinese', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible()
  await expect(page.getByText('党建与纪检工作平台').first()).toBeVisible()
  await expect(page.locator('[data-test="demo-panel"]')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/login.png`, fullPage: true })
})

for (const user of users) {
  test(`${user.username} signs in, sees the home page and signs out`, async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByRole('heading', { name: '用户登录' })).toBeVisible()

    await login(page, user.username)

    await expect(page).toHaveURL(/\/$/)
    const greeting = page.locator('[data-test="greeting"]')
    await expect(greeting).toContainText(user.displayName)
    await expect(greeting).toHaveText(/，(早上|上午|中午|下午|晚上)好$/)
    for (const role of user.roles) {
      await expect(page.locator('[data-test="roles"]')).toContainText(role)
    }
    await expect(page.locator('[data-test="branch"]')).toHaveText(user.branch ?? '未分配支部')
    await page.screenshot({ path: `${SHOTS}/${user.username}.png`, fullPage: true })

    await logout(page)
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
  })
}

test('a wrong password is refused with the server explanation', async ({ page }) => {
  await page.goto('/login')
  await login(page, 'zhangsan', 'not-the-password')

  await expect(page.locator('[data-test="login-error"]')).toBeVisible()
  await expect(page.locator('[data-test="login-error"]')).not.toBeEmpty()
  await expect(page).toHaveURL(/\/login/)
  await page.screenshot({ path: `${SHOTS}/login-error.png`, fullPage: true })
})

test('the demo panel fills in the username', async ({ page }) => {
  await page.goto('/login')
  await page.locator('[data-test="demo-lisi"]').click()
  await expect(page.locator('input[name="username"]')).toHaveValue('lisi')
  await expect(page.locator('[data-test="demo-password"]')).toHaveText(PASSWORD)
})

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible()
  await expect(page.locator('[data-test="back-home"]')).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/not-found.png`, fullPage: true })
})

test('the Party committee browses organisations and people', async ({ page }) => {
  await page.goto('/login?redirect=/org')
  await login(page, 'wangwei')
  await expect(page).toHaveURL(/\/org$/)

  const tree = page.locator('[data-test="org-tree"]')
  await expect(tree.locator('.el-tree-node').first()).toBeVisible()
  const rows = page.locator('[data-test="org-people"] .el-table__body tr')
  await expect(rows.first()).toBeVisible()

  const branch = tree.locator('.el-tree-node__content', { hasText: '党支部' }).first()
  await branch.click()
  await expect(page.locator('[data-test="org-people"] .el-card__header')).not.toHaveText(/全部/)
  await expect(rows.first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/org-wangwei.png`, fullPage: true })
})

test('staff do not see the organisation page', async ({ page }) => {
  await page.goto('/login')
  await login(page, 'zhangsan')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await expect(page.locator('[data-test="nav-org"]')).toHaveCount(0)
  await page.goto('/org')
  await expect(page).toHaveURL(/\/$/)
})

test('the home page speaks English when English is chosen', async ({ page }) => {
  await page.goto('/login')
  await page.locator('[data-test="lang-en"]').click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await login(page, 'wangwei')

  await expect(page.locator('[data-test="greeting"]')).toHaveText(
    /^Good (morning|afternoon|evening), 王伟$/,
  )
  await expect(page.locator('[data-test="roles"]')).toContainText('Party committee')
  await page.screenshot({ path: `${SHOTS}/home-en.png`, fullPage: true })

  await page.reload()
  await expect(page.locator('[data-test="nav-home"]')).toHaveText('Home')
})

test('zhangsan asks for help; it is returned for detail, resubmitted, approved, handled and confirmed', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const requestTitle = `子女入学咨询 ${Date.now()}`
  const DETAILED = '孩子明年上小学一年级，意向本区实验小学，想了解本院对干警子女入学的帮扶政策。'

  await page.goto('/login?redirect=/start')
  await login(page, 'zhangsan')
  await expect(page).toHaveURL(/\/start$/)
  await page.screenshot({ path: `${SHOTS}/start-catalog.png`, fullPage: true })
  await page.locator('[data-test="process-practicalHelp"]').click()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await page.getByLabel('事项标题').fill(requestTitle)
  await page.locator('.fjs-form-field-select .fjs-input-group').click()
  await page.locator('.fjs-dropdownlist-item', { hasText: '家庭事务' }).click()
  await page.getByLabel('具体情况').fill('孩子明年入学，想了解本院对干警子女入学的帮扶政策。')
  await page.screenshot({ path: `${SHOTS}/start-form.png`, fullPage: true })
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  const { processInstanceId } = (await (await started).json()) as { processInstanceId: string }
  await expect(page).toHaveURL(/\/tasks\?scope=involved/)
  await expect(page.locator('.el-message--success')).toContainText('已发起')
  await logout(page)

  /** The row of our request in the inbox list the page has just loaded. */
  async function rowOfRequest(scope: 'claimable' | 'mine') {
    // The inbox asks for pages of 20 (the home page's counts ask for 5 and 1).
    const listed = page.waitForResponse((r) => {
      const url = r.url()
      return (
        url.includes('/api/tasks?') && url.includes(`scope=${scope}`) && url.includes('size=20')
      )
    })
    await page.goto(`/tasks?scope=${scope}`)
    const { items } = (await (await listed).json()) as {
      items: { processInstanceId: string }[]
    }
    const index = items.findIndex((t) => t.processInstanceId === processInstanceId)
    expect(index).toBeGreaterThanOrEqual(0)
    return page.locator('.el-table__body tr').nth(index)
  }

  /** liqiang claims the review of our request from his branch's queue and opens it. */
  async function liqiangOpensTheReview() {
    await page.goto('/login')
    await login(page, 'liqiang')
    await expect(page.locator('[data-test="greeting"]')).toBeVisible()
    const claimable = await rowOfRequest('claimable')
    await expect(claimable).toContainText('支部书记审核')
    await page.screenshot({ path: `${SHOTS}/inbox-claimable-liqiang.png`, fullPage: true })
    await claimable.locator('[data-test="claim"]').click()
    await expect(page.locator('.el-message--success')).toContainText('已签收')

    const mine = await rowOfRequest('mine')
    await mine.locator('[data-test="open"]').click()
    await expect(page).toHaveURL(/\/tasks\/[^/?]+$/)
    await expect(page.locator('[data-test="task-assignee"]')).toHaveText('李强')
    await expect(page.getByLabel('事项标题', { exact: true })).toHaveValue(requestTitle)
    await expect(page.getByLabel('申请人', { exact: true })).toHaveValue('张三')
  }

  async function submitTask() {
    await page.locator('[data-test="complete"]').click()
    await expect(page).toHaveURL(/\/tasks(\?|$)/)
    await expect(page.locator('.el-message--success', { hasText: '已提交' })).toBeVisible()
  }

  // liqiang sends it back: the description is too thin.
  await liqiangOpensTheReview()
  await page.screenshot({ path: `${SHOTS}/task-detail-liqiang.png`, fullPage: true })
  await page.locator('[data-test="complete"]').click()
  await expect(page.locator('[data-test="error-summary"]')).toBeVisible()
  await expect(page.locator('.fjs-form-field-error').first()).toHaveText('此项为必填项。')
  await page.getByLabel('退回申请人补充').check()
  await page.getByLabel('审核意见').fill('请补充孩子的年级和意向学校。')
  await submitTask()
  await logout(page)

  // zhangsan finds the returned request in his own tasks, reads why, adds the detail and resubmits.
  await page.goto('/login')
  await login(page, 'zhangsan')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  const revision = await rowOfRequest('mine')
  await expect(revision).toContainText('补充完善申请')
  await revision.locator('[data-test="open"]').click()
  await expect(page.getByLabel('退回意见', { exact: true })).toHaveValue(
    '请补充孩子的年级和意向学校。',
  )
  await page.getByLabel('具体情况').fill(DETAILED)
  await page.screenshot({ path: `${SHOTS}/task-revise-zhangsan.png`, fullPage: true })
  await submitTask()
  await logout(page)

  // liqiang claims the resubmitted request again and passes it.
  await liqiangOpensTheReview()
  await expect(page.getByLabel('具体情况', { exact: true })).toHaveValue(DETAILED)
  await page.getByLabel('通过，报机关党委审批').check()
  await page.getByLabel('审核意见').fill('情况属实，同意上报。')
  await page.locator('[data-test="comment"]').fill('请机关党委审批。')
  await submitTask()
  await logout(page)

  // wangwei (Party committee) claims the approval and names lisi as handler, with a due date.
  await page.goto('/login')
  await login(page, 'wangwei')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  const approval = await rowOfRequest('claimable')
  await expect(approval).toContainText('机关党委审批')
  await approval.locator('[data-test="claim"]').click()
  await expect(page.locator('.el-message--success')).toContainText('已签收')
  await (await rowOfRequest('mine')).locator('[data-test="open"]').click()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await page.getByLabel('同意，指定承办人办理').check()
  await page.getByLabel('承办人账号').fill('lisi')
  await page.getByLabel('办理期限').click()
  await page.locator('.flatpickr-calendar.open .flatpickr-next-month').click()
  await page
    .locator('.flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)', {
      hasText: /^15$/,
    })
    .click()
  await page.getByLabel('办理要求').fill('请于期限内联系学校并反馈。')
  await submitTask()
  await logout(page)

  // lisi finds the task assigned to him, attaches a file and reports.
  await page.goto('/login')
  await login(page, 'lisi')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  const handling = await rowOfRequest('mine')
  await expect(handling).toContainText('承办人办理反馈')
  await page.screenshot({ path: `${SHOTS}/inbox-mine-lisi.png`, fullPage: true })
  await handling.locator('[data-test="open"]').click()
  await expect(page.getByLabel('事项标题', { exact: true })).toHaveValue(requestTitle)
  await expect(page.locator('[data-test="decide-return"]')).toBeVisible()
  await expect(page.locator('[data-test="attachments-empty"]')).toBeVisible()
  await page.locator('[data-test="attachments-panel"] input[type="file"]').setInputFiles({
    name: '办理回执.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('已联系学校，政策已告知申请人。'),
  })
  await expect(page.locator('[data-test="attachment"]')).toContainText('办理回执.txt')
  await page.locator('[data-test="task-header"]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/task-detail-lisi.png`, fullPage: true })
  await page.locator('[data-test="attachments-panel"]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/task-attachments-lisi.png`, fullPage: true })
  await page.getByLabel('办理情况').fill('已联系学校招生办，入学政策已当面告知申请人。')
  // The upload's message may still be showing: submitTask looks for its own.
  await submitTask()
  await logout(page)

  // zhangsan confirms the result and rates it.
  await page.goto('/login')
  await login(page, 'zhangsan')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  const confirmation = await rowOfRequest('mine')
  await expect(confirmation).toContainText('申请人确认评价')
  await confirmation.locator('[data-test="open"]').click()
  await page.getByLabel('满意，确认办结').check()
  await page.getByLabel('满意度评分（1–5 星）').fill('5')
  await submitTask()

  // The whole case, as its requester sees it.
  await page.goto(`/cases/${processInstanceId}`)
  // The case is titled by what it is about: '<applicant> · <request title>'.
  await expect(page.locator('[data-test="case-title"]')).toHaveText(`张三 · ${requestTitle}`)
  await expect(page.locator('[data-test="case-state"]')).toHaveText('已办结')
  await expect(page.locator('[data-test="case-diagram"] svg .rh-done').first()).toBeVisible()
  const names = page.locator('[data-test="timeline-name"]')
  await expect(names.filter({ hasText: '支部书记审核' })).toHaveCount(2)
  await expect(names.filter({ hasText: '补充完善申请' })).toHaveCount(1)
  await expect(names.filter({ hasText: '承办人办理反馈' })).toHaveCount(1)
  await expect(names.filter({ hasText: '申请人确认评价' })).toHaveCount(1)
  await expect(page.locator('[data-test="timeline-panel"]')).toContainText('请机关党委审批。')
  const outcomes = page.locator('[data-test="timeline-outcome"]')
  await expect(outcomes.filter({ hasText: '退回申请人补充' })).toHaveCount(1)
  await expect(outcomes.filter({ hasText: '通过，报机关党委审批' })).toHaveCount(1)
  await expect(page.locator('[data-test="timeline-panel"]')).toContainText(
    '请补充孩子的年级和意向学校。',
  )
  await expect(page.locator('[data-test="attachment"]')).toContainText('办理回执.txt')
  await page.screenshot({ path: `${SHOTS}/case-view-zhangsan.png`, fullPage: true })
  await page.locator('[data-test="timeline-panel"]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/case-history-zhangsan.png`, fullPage: true })
})

test('liqiang transfers a review to chenjing; zhangsan urges it; chenjing opens it from the bell', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const requestTitle = `宿舍维修 ${Date.now()}`

  await page.goto('/login?redirect=/start/practicalHelp')
  await login(page, 'zhangsan')
  await expect(page.locator('.fjs-form')).toBeVisible()
  await page.getByLabel('事项标题').fill(requestTitle)
  await page.locator('.fjs-form-field-select .fjs-input-group').click()
  await page.locator('.fjs-dropdownlist-item', { hasText: '家庭事务' }).click()
  await page.getByLabel('具体情况').fill('宿舍卫生间漏水，需要维修。')
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  const { processInstanceId } = (await (await started).json()) as { processInstanceId: string }
  await logout(page)

  /** Opens the task of our request listed under `scope`. */
  async function openTask(scope: 'claimable' | 'mine' | 'involved') {
    const listed = page.waitForResponse(
      (r) => r.url().includes('/api/tasks?') && r.url().includes(`scope=${scope}`),
    )
    await page.goto(`/tasks?scope=${scope}`)
    const { items } = (await (await listed).json()) as {
      items: { id: string; processInstanceId: string }[]
    }
    const task = items.find((t) => t.processInstanceId === processInstanceId)
    expect(task).toBeDefined()
    await page.goto(`/tasks/${task!.id}`)
    await expect(page.locator('[data-test="task-title"]')).toBeVisible()
    return task!.id
  }

  // liqiang claims the review and transfers it to chenjing, with a reason.
  await page.goto('/login')
  await login(page, 'liqiang')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await openTask('claimable')
  await page.locator('[data-test="claim"]').click()
  await page.locator('[data-test="decide-transfer"]').click()
  const dialog = page.locator('.el-dialog', { hasText: '转办' })
  await dialog.locator('[data-test="confirm"]').click()
  await expect(dialog.locator('.el-form-item__error')).toHaveText(['请选择办理人', '请填写理由'])
  await dialog.locator('[data-test="handover-to"]').click()
  await page.keyboard.type('陈静')
  await page.locator('.el-select-dropdown__item', { hasText: '陈静' }).click()
  await dialog.locator('textarea[data-test="reason"]').fill('本周外出学习，请陈静同志代为审核。')
  await expect(dialog.locator('.el-form-item__error')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/transfer-dialog-liqiang.png`, fullPage: true })
  await dialog.locator('[data-test="confirm"]').click()
  await expect(page).toHaveURL(/\/tasks(\?|$)/)
  // (the claim's 已签收 message may still be showing)
  await expect(page.locator('.el-message--success', { hasText: '已转办给 陈静' })).toBeVisible()
  await logout(page)

  // zhangsan, who asked, urges whoever holds it now.
  await page.goto('/login')
  await login(page, 'zhangsan')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  const taskId = await openTask('involved')
  await expect(page.locator('[data-test="task-assignee"]')).toHaveText('陈静')
  await page.locator('[data-test="decide-urge"]').click()
  const urge = page.locator('.el-dialog', { hasText: '催办' })
  await urge.locator('textarea[data-test="urge-message"]').fill('孩子下周开学，请尽快审核。')
  await urge.locator('[data-test="confirm"]').click()
  await expect(page.locator('.el-message', { hasText: '已通知 1 人' })).toBeVisible()
  await logout(page)

  // chenjing sees the bell's badge and opens the task from the notification.
  await page.goto('/login')
  await login(page, 'chenjing')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await expect(page.locator('[data-test="bell-badge"] sup')).toBeVisible()
  await page.locator('[data-test="bell"]').click()
  const urged = page.locator('[data-test="notification"]', { hasText: '催办' }).first()
  await expect(urged).toBeVisible()
  // Let the popover finish fading in before the picture.
  await expect(page.locator('.rh-bell__popper')).not.toHaveClass(/-enter-/)
  await page.screenshot({ path: `${SHOTS}/bell-chenjing.png`, fullPage: true })
  await urged.click()
  await expect(page).toHaveURL(new RegExp(`/tasks/${taskId}$`))
  await expect(page.locator('[data-test="task-assignee"]')).toHaveText('陈静')
})

test('the admin reviews the provisional 2027 calendar and saves a correction', async ({ page }) => {
  const yearLoaded = () =>
    page.waitForResponse(
      (r) => /\/api\/calendar\/\d+$/.test(r.url()) && r.request().method() === 'GET',
    )
  await page.goto('/login')
  await login(page, 'admin')
  let loaded = yearLoaded()
  await page.locator('[data-test="nav-calendar"]').click()
  await expect(page).toHaveURL(/\/admin\/calendar/)

  // Step, one answered request at a time, to 2027: seeded with its statutory days only.
  let { year } = (await (await loaded).json()) as { year: number }
  while (year !== 2027) {
    loaded = yearLoaded()
    await page.locator(year < 2027 ? '[data-test="next-year"]' : '[data-test="prev-year"]').click()
    ;({ year } = (await (await loaded).json()) as { year: number })
  }
  await expect(page.locator('[data-test="provisional-warning"]')).toBeVisible()
  await expect(page.locator('[data-test="status-tag"]')).toHaveText('暂按法定节日')
  await expect(page.locator('[data-test="day-name"]')).toHaveCount(13)
  await page.screenshot({ path: `${SHOTS}/calendar-2027-admin.png`, fullPage: true })

  const firstName = page.locator('[data-test="day-name"]').first()
  await firstName.fill('元旦（待通知确认）')
  await expect(page.locator('[data-test="dirty"]')).toBeVisible()
  const saved = page.waitForResponse(
    (r) => r.url().includes('/api/calendar/2027') && r.request().method() === 'PUT',
  )
  await page.locator('[data-test="save"]').click()
  expect((await saved).status()).toBe(200)
  await expect(page.locator('.el-message--success')).toContainText('2027 年工作日历已保存')
  await expect(page.locator('[data-test="status-updated"]')).toContainText('系统管理员')
  await expect(firstName).toHaveValue('元旦（待通知确认）')
})

test('liqiang passes two reviews at once with one batch form', async ({ page }) => {
  const titles = ['批量审核甲', '批量审核乙'].map((t) => `${t} ${Date.now()}`)

  // zhangsan submits two requests and liqiang claims both, through the API the pages use.
  const api = page.request
  async function signIn(username: string) {
    await api.get('/api/auth/me')
    const state = await page.context().storageState()
    const token = state.cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
    const response = await api.post('/api/auth/login', {
      data: { username, password: PASSWORD },
      headers: { 'X-XSRF-TOKEN': token },
    })
    expect(response.status()).toBe(200)
  }
  async function xsrf() {
    const state = await page.context().storageState()
    return { 'X-XSRF-TOKEN': state.cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '' }
  }
  await signIn('zhangsan')
  const instances: string[] = []
  for (const requestTitle of titles) {
    const started = await api.post('/api/processes/practicalHelp/start', {
      data: {
        values: { requestTitle, category: 'work', urgency: 'normal', description: '办公电脑老旧' },
      },
      headers: await xsrf(),
    })
    expect(started.status()).toBe(201)
    instances.push(((await started.json()) as { processInstanceId: string }).processInstanceId)
  }
  await api.post('/api/auth/logout', { headers: await xsrf() })
  await page.context().clearCookies()
  await signIn('liqiang')
  const claimable = (await (
    await api.get('/api/tasks?scope=claimable&size=100&process=practicalHelp')
  ).json()) as { items: { id: string; processInstanceId: string }[] }
  const ours = claimable.items.filter((t) => instances.includes(t.processInstanceId))
  expect(ours).toHaveLength(2)
  for (const task of ours) {
    const claimed = await api.post(`/api/tasks/${task.id}/claim`, { headers: await xsrf() })
    expect(claimed.status()).toBe(200)
  }

  const listed = page.waitForResponse(
    (r) =>
      r.url().includes('/api/tasks?') &&
      r.url().includes('scope=mine') &&
      r.url().includes('size=20'),
  )
  await page.goto('/tasks?scope=mine')
  const { items } = (await (await listed).json()) as { items: { id: string }[] }
  const rows = page.locator('.el-table__body tr')
  for (const task of ours) {
    const index = items.findIndex((t) => t.id === task.id)
    expect(index).toBeGreaterThanOrEqual(0)
    await rows.nth(index).locator('[data-test="select"]').click()
  }
  await expect(page.locator('[data-test="batch"]')).toHaveText('批量办理 (2)')
  await page.locator('[data-test="batch"]').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.locator('.fjs-form')).toBeVisible()
  await expect(dialog).toContainText('只读信息因事项而异')
  for (const title of titles) await expect(dialog).toContainText(title)
  await dialog.getByLabel('通过，报机关党委审批').check()
  await dialog.getByLabel('审核意见').fill('两件均情况属实，同意上报。')
  await page.screenshot({ path: `${SHOTS}/batch-dialog-liqiang.png`, fullPage: true })
  await dialog.locator('[data-test="confirm"]').click()
  await expect(dialog.locator('[data-test="batch-summary"]')).toContainText('已办理 2 件')
  await dialog.locator('[data-test="close"]').click()
  await expect(page.locator('[data-test="batch"]')).toHaveText('批量办理 (0)')
  for (const task of ours) {
    const left = await api.get(`/api/tasks?scope=mine&size=100`)
    expect(
      ((await left.json()) as { items: { id: string }[] }).items.map((t) => t.id),
    ).not.toContain(task.id)
  }
})

test('zhangsan applies to join the Party; the branch talks with him, makes him an activist, wangwei files it', async ({
  page,
}) => {
  test.setTimeout(180_000)

  /** Picks today in the open form-js date picker of the field with the label. */
  async function today(label: string) {
    await page.getByRole('textbox', { name: label, exact: true }).click()
    await page.locator('.flatpickr-calendar.open .flatpickr-day.today').click()
  }
  async function submitTask() {
    await page.locator('[data-test="complete"]').click()
    await expect(page).toHaveURL(/\/tasks(\?|$)/)
    await expect(page.locator('.el-message--success', { hasText: '已提交' })).toBeVisible()
  }
  /** Opens our case's task from the user's inbox scope, claiming it first from the group queue. */
  async function openTask(scope: 'claimable' | 'mine', step: string) {
    const listed = page.waitForResponse(
      (r) =>
        r.url().includes('/api/tasks?') &&
        r.url().includes(`scope=${scope}`) &&
        r.url().includes('size=20'),
    )
    await page.goto(`/tasks?scope=${scope}`)
    const { items } = (await (await listed).json()) as {
      items: { processInstanceId: string }[]
    }
    const row = page
      .locator('.el-table__body tr')
      .nth(items.findIndex((t) => t.processInstanceId === processInstanceId))
    await expect(row).toContainText(step)
    if (scope === 'claimable') {
      await row.locator('[data-test="claim"]').click()
      await expect(page.locator('.el-message--success')).toContainText('已签收')
      return openTask('mine', step)
    }
    await row.locator('[data-test="open"]').click()
    await expect(page.locator('.fjs-form')).toBeVisible()
  }

  await page.goto('/login?redirect=/start')
  await login(page, 'zhangsan')
  await page.locator('[data-test="process-membershipIntake"]').click()
  await expect(page.locator('.fjs-form')).toBeVisible()
  await today('申请日期')
  await page
    .getByLabel('入党申请书主要内容')
    .fill('我志愿加入中国共产党，拥护党的纲领，遵守党的章程。')
  const started = page.waitForResponse((r) => r.url().includes('/start') && r.status() === 201)
  await page.locator('[data-test="start-submit"]').click()
  const { processInstanceId } = (await (await started).json()) as { processInstanceId: string }
  await logout(page)

  await page.goto('/login')
  await login(page, 'liqiang')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  // The branch secretary's list: the new case waits at 指派谈话人, due a month after the application.
  await page.locator('[data-test="nav-intakes"]').click()
  await expect(page.locator('.el-table__body tr', { hasText: '张三' }).first()).toContainText(
    '指派谈话人',
  )
  await page.screenshot({ path: `${SHOTS}/intake-list-liqiang.png`, fullPage: true })
  await openTask('claimable', '指派谈话人')
  await page.getByLabel('谈话人账号').fill('chenjing')
  await submitTask()
  await logout(page)

  await page.goto('/login')
  await login(page, 'chenjing')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await openTask('mine', '与申请人谈话')
  await today('谈话日期')
  await page.getByLabel('谈话记录').fill('入党动机端正，对党的基本知识有一定了解。')
  await submitTask()
  await logout(page)

  await page.goto('/login')
  await login(page, 'liqiang')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await openTask('claimable', '确定入党积极分子')
  await page.getByRole('radio', { name: '列为入党积极分子', exact: true }).check()
  await page.locator('.fjs-form-field-select .fjs-input-group').click()
  await page.locator('.fjs-dropdownlist-item', { hasText: '党员推荐' }).click()
  await today('支委会决议日期')
  await submitTask()
  await logout(page)

  await page.goto('/login')
  await login(page, 'wangwei')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await openTask('claimable', '报机关党委备案')
  await today('备案日期')
  await submitTask()

  // The case in the intake list and its detail, as the Party committee sees them.
  await page.locator('[data-test="nav-intakes"]').click()
  await expect(page).toHaveURL(/\/intakes/)
  const row = page.locator('.el-table__body tr', { hasText: '张三' }).first()
  await expect(row).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/intake-list-wangwei.png`, fullPage: true })
  const download = page.waitForEvent('download')
  await page.locator('[data-test="export"]').click()
  expect((await download).suggestedFilename()).toMatch(/^发展党员-\d{4}-\d{2}-\d{2}\.xlsx$/)
  await row.click()
  await expect(page).toHaveURL(/\/intakes\/\d+$/)
  await expect(page.getByText('确定入党积极分子').first()).toBeVisible()
  await expect(page.getByText('入党动机端正').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/intake-detail-wangwei.png`, fullPage: true })

  // The member registry: zhangsan is now an activist, with both steps that made him one.
  await page.locator('[data-test="nav-org"]').click()
  const person = page.locator('.el-table__body tr', { hasText: '张三' }).first()
  await person.locator('[data-test="show-history"]').click()
  const history = page.locator('[data-test="member-history"]')
  await expect(history).toContainText('递交入党申请书')
  await expect(history).toContainText('报上级党委备案')
  await expect(history.locator('[data-test="history-now"]')).toContainText('入党积极分子')
  await page.screenshot({
    path: `${SHOTS}/member-history-wangwei.png`,
    fullPage: true,
    animations: 'disabled',
  })
  await page.keyboard.press('Escape')
  await expect(history).toBeHidden()
  await logout(page)

  // Stage 2 goes on: the branch names two mentors. Making the activist a development target the
  // same day is refused in the form, naming the rule: a year of education and assessment first.
  await page.goto('/login')
  await login(page, 'liqiang')
  await expect(page.locator('[data-test="greeting"]')).toBeVisible()
  await openTask('claimable', '指定培养联系人')
  await page.getByRole('textbox', { name: '培养联系人一', exact: true }).fill('wangfang')
  await page.getByRole('textbox', { name: '培养联系人二', exact: true }).fill('fengjianguo')
  await submitTask()
  await openTask('claimable', '确定发展对象')
  await page.getByRole('radio', { name: '列为发展对象', exact: true }).check()
  await today('支委会决议日期')
  await page
    .getByRole('textbox', { name: '听取意见情况', exact: true })
    .fill('党小组、培养联系人意见一致')
  await today('公示开始日期')
  await today('公示结束日期')
  await page.getByRole('textbox', { name: '公示结果', exact: true }).fill('公示无异议')
  await page.locator('[data-test="complete"]').click()
  await expect(page.locator('.fjs-form-field-error').first()).toContainText('未满一年')
  await page.screenshot({ path: `${SHOTS}/intake-too-early-liqiang.png`, fullPage: true })

  // The detail now shows the mentors among the case's records.
  await page.locator('[data-test="nav-intakes"]').click()
  await page.locator('.el-table__body tr', { hasText: '张三' }).first().click()
  await expect(page).toHaveURL(/\/intakes\/\d+$/)
  await expect(page.getByText('王芳').first()).toBeVisible()
  await expect(page.getByText('冯建国').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/intake-records-liqiang.png`, fullPage: true })
})
