import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElOption, ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminApi, type AdminAccount } from '@/api/admin'
import { i18n } from '@/locales'
import { adminAccount, lockedAccount, orgTree, zhouminAccount } from '@/test/fixtures/admin'
import { admin, resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import GrantsDialog from './GrantsDialog.vue'

vi.mock('@/api/admin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/admin')>()),
  adminApi: { saveGrants: vi.fn() },
}))

enableAutoUnmount(afterEach)

function mountDialog(account: AdminAccount) {
  const app = setup(admin)
  return mount(GrantsDialog, {
    props: { account, orgs: orgTree },
    global: { plugins: [app.pinia, i18n], stubs: { transition: false } },
  })
}

type Wrapper = ReturnType<typeof mountDialog>

function selects(wrapper: Wrapper, test: string) {
  return wrapper.findAllComponents(ElSelect).filter((s) => s.attributes('data-test') === test)
}

describe('GrantsDialog', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(adminApi.saveGrants).mockReset()
  })

  it('lists the grants, a branch only for the branch roles, and only branches to choose', async () => {
    const wrapper = mountDialog(lockedAccount)
    await flushPromises()

    expect(wrapper.text()).toContain('陈静 的角色')
    const roles = selects(wrapper, 'grant-role')
    expect(roles.map((s) => s.props('modelValue'))).toEqual(['branch-secretary', 'staff'])
    const orgs = selects(wrapper, 'grant-org')
    expect(orgs).toHaveLength(1)
    expect(orgs[0]!.props('modelValue')).toBe(3)
    expect(orgs[0]!.findAllComponents(ElOption).map((o) => o.props('label'))).toEqual([
      '第一党支部（审判业务）',
      '第二党支部（执行局）',
    ])
    expect(wrapper.findAll('[data-test="grant-no-org"]')).toHaveLength(1)
  })

  it('adds and removes rows and saves the grants as a whole', async () => {
    vi.mocked(adminApi.saveGrants).mockResolvedValue(zhouminAccount)
    const wrapper = mountDialog(zhouminAccount)
    await flushPromises()

    await wrapper.get('[data-test="grant-add"]').trigger('click')
    selects(wrapper, 'grant-role')[1]!.vm.$emit('update:modelValue', 'branch-committee')
    selects(wrapper, 'grant-role')[1]!.vm.$emit('change', 'branch-committee')
    await flushPromises()
    await wrapper.get('[data-test="grants-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="grant-org-error"]').text()).toBe('请选择支部')
    expect(adminApi.saveGrants).not.toHaveBeenCalled()

    selects(wrapper, 'grant-org')[0]!.vm.$emit('update:modelValue', 5)
    await wrapper.get('[data-test="grant-add"]').trigger('click')
    await wrapper.findAll('[data-test="grant-remove"]')[2]!.trigger('click')
    await wrapper.get('[data-test="grants-save"]').trigger('click')
    await flushPromises()

    expect(adminApi.saveGrants).toHaveBeenCalledWith('zhoumin', [
      { role: 'staff', orgId: null },
      { role: 'branch-committee', orgId: 5 },
    ])
    expect(wrapper.emitted('saved')![0]).toEqual([zhouminAccount])
  })

  it('shows the server’s refusal, e.g. the admin and the auditor on one account', async () => {
    vi.mocked(adminApi.saveGrants).mockRejectedValue(
      problemError({
        status: 400,
        detail: '系统管理员与安全审计员不能授予同一账号（三员分立）',
        errors: [{ field: 'grants[1].orgId', message: '须为党支部' }],
      }),
    )
    const wrapper = mountDialog(lockedAccount)
    await flushPromises()

    await wrapper.get('[data-test="grants-save"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="grants-error"]').text()).toContain(
      '系统管理员与安全审计员不能授予同一账号（三员分立）',
    )
    // A complaint naming a row stands in that row.
    const rows = wrapper.findAll('[data-test="grants-table"] .el-table__body tr')
    expect(rows[1]!.get('[data-test="grant-org-error"]').text()).toBe('须为党支部')
    expect(wrapper.emitted('saved')).toBeUndefined()
  })

  it('keeps the admin’s own grants read-only', async () => {
    const wrapper = mountDialog(adminAccount)
    await flushPromises()

    expect(wrapper.get('[data-test="grants-self"]').text()).toContain('不能修改自己的角色')
    expect(wrapper.get('[data-test="grants-save"]').attributes('disabled')).toBeDefined()
    expect(selects(wrapper, 'grant-role')[0]!.props('disabled')).toBe(true)
  })
})
