import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { auditor } from '@/test/fixtures/audit'
import { admin, mountWith, resetLocale, setup, wangwei, zhangsan } from '@/test/helpers'
import NavMenu from './NavMenu.vue'

describe('NavMenu', () => {
  beforeEach(resetLocale)

  it('shows the organisation page to the Party committee', async () => {
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(NavMenu, app)
    await flushPromises()

    expect(wrapper.find('[data-test="nav-home"]').text()).toBe('首页')
    expect(wrapper.find('[data-test="nav-org"]').text()).toBe('组织与人员')
  })

  it('hides the organisation page from staff', async () => {
    const app = setup(zhangsan)
    await app.router.push('/')
    const wrapper = mountWith(NavMenu, app)
    await flushPromises()

    expect(wrapper.find('[data-test="nav-home"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="nav-org"]').exists()).toBe(false)
  })

  it('shows the working-day calendar to the admin only', async () => {
    for (const [user, shown] of [
      [admin, true],
      [wangwei, false],
      [zhangsan, false],
    ] as const) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      const entry = wrapper.find('[data-test="nav-calendar"]')
      expect(entry.exists()).toBe(shown)
      if (shown) expect(entry.text()).toBe('工作日历')
      wrapper.unmount()
    }
  })

  it('lists 典型案例库 for everyone signed in, after 谈心谈话', async () => {
    for (const user of [zhangsan, wangwei, admin]) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      expect(wrapper.find('[data-test="nav-typical-cases"]').text()).toBe('典型案例库')
      wrapper.unmount()
    }
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(NavMenu, app)
    await flushPromises()
    const entries = wrapper.findAll('.el-menu-item').map((item) => item.text())
    expect(entries.indexOf('典型案例库')).toBe(entries.indexOf('谈心谈话') + 1)
  })

  it('lists the task inbox for everyone, right after the home page', async () => {
    const app = setup(zhangsan)
    await app.router.push('/')
    const wrapper = mountWith(NavMenu, app)
    await flushPromises()

    const entries = wrapper.findAll('.el-menu-item').map((item) => item.text())
    expect(entries.slice(0, 2)).toEqual(['首页', '待办任务'])
  })

  it('lists 发展党员 for the Party committee and branch secretaries, after 发起事项', async () => {
    const secretary: CurrentUser = { ...zhangsan, roles: ['branch-secretary', 'staff'] }
    for (const [user, shown] of [
      [wangwei, true],
      [secretary, true],
      [zhangsan, false],
      [admin, false],
    ] as const) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      const entry = wrapper.find('[data-test="nav-intakes"]')
      expect(entry.exists()).toBe(shown)
      if (shown) {
        expect(entry.text()).toBe('发展党员')
        const entries = wrapper.findAll('.el-menu-item').map((item) => item.text())
        expect(entries.indexOf('发展党员')).toBe(entries.indexOf('发起事项') + 1)
      }
      wrapper.unmount()
    }
  })

  it('lists 谈心谈话 for the Party committee, branch secretaries and leaders, after 发展党员', async () => {
    const secretary: CurrentUser = { ...zhangsan, roles: ['branch-secretary', 'staff'] }
    const leader: CurrentUser = { ...zhangsan, roles: ['leader', 'staff'] }
    for (const [user, shown] of [
      [wangwei, true],
      [secretary, true],
      [leader, true],
      [zhangsan, false],
      [admin, false],
    ] as const) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      const entry = wrapper.find('[data-test="nav-talks"]')
      expect(entry.exists()).toBe(shown)
      if (shown) expect(entry.text()).toBe('谈心谈话')
      if (user === wangwei) {
        const entries = wrapper.findAll('.el-menu-item').map((item) => item.text())
        expect(entries.indexOf('谈心谈话')).toBe(entries.indexOf('发展党员') + 1)
      }
      wrapper.unmount()
    }
  })

  it('lists 审计日志 for the security auditor only, not the admin (三员分立)', async () => {
    for (const [user, shown] of [
      [auditor, true],
      [admin, false],
      [wangwei, false],
      [zhangsan, false],
    ] as const) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      const entry = wrapper.find('[data-test="nav-audit"]')
      expect(entry.exists()).toBe(shown)
      if (shown) expect(entry.text()).toBe('审计日志')
      wrapper.unmount()
    }
  })

  it('lists 组织机构, 规则设置 and 运行监控 for the admin only, right after 工作日历', async () => {
    for (const [user, shown] of [
      [admin, true],
      [wangwei, false],
      [auditor, false],
    ] as const) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      for (const name of ['admin-orgs', 'admin-settings', 'admin-operations']) {
        expect(wrapper.find(`[data-test="nav-${name}"]`).exists()).toBe(shown)
      }
      if (shown) {
        const entries = wrapper.findAll('.el-menu-item').map((item) => item.text())
        const at = entries.indexOf('工作日历')
        expect(entries.slice(at, at + 4)).toEqual(['工作日历', '组织机构', '规则设置', '运行监控'])
      }
      wrapper.unmount()
    }
  })

  it('navigates when an entry is clicked', async () => {
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(NavMenu, app)

    await wrapper.find('[data-test="nav-org"]').trigger('click')

    await vi.waitFor(() => expect(app.router.currentRoute.value.name).toBe('org'))
  })

  it('shows 人员管理 and 名册导入 to the admin only', async () => {
    for (const [user, shown] of [
      [admin, true],
      [wangwei, false],
      [auditor, false],
    ] as const) {
      const app = setup(user)
      await app.router.push('/')
      const wrapper = mountWith(NavMenu, app)
      await flushPromises()

      expect(wrapper.find('[data-test="nav-admin-people"]').exists()).toBe(shown)
      expect(wrapper.find('[data-test="nav-admin-roster"]').exists()).toBe(shown)
      if (shown) {
        expect(wrapper.find('[data-test="nav-admin-people"]').text()).toBe('人员管理')
        expect(wrapper.find('[data-test="nav-admin-roster"]').text()).toBe('名册导入')
      }
      wrapper.unmount()
    }
  })
})
