import { expect, test, type Page } from '@playwright/test'

const PASSWORD = process.env.RONGHE_DEMO_PASSWORD ?? 'Ronghe@2026'
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

async function login(page: Page, username: string, password = PASSWORD) {
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('[data-test="login-submit"]').click()
}

async function logout(page: Page) {
  await page.locator('[data-test="user-menu"]').click()
  await page.locator('[data-test="logout"]').click()
  await expect(page).toHaveURL(/\/login/)
}

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
