import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox, ElRadioGroup, type MessageBoxData } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { adminApi } from '@/api/admin'
import { orgApi } from '@/api/org'
import { i18n } from '@/locales'
import {
  adminAccount,
  chenjing,
  liuyang,
  orgTree,
  peoplePage,
  zhoumin,
  zhouminAccount,
} from '@/test/fixtures/admin'
import { admin, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import AccountsPanel from './AccountsPanel.vue'
import PeopleAdminView from './PeopleAdminView.vue'
import RowActions from './RowActions.vue'

vi.mock('@/api/admin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/admin')>()),
  adminApi: {
    people: vi.fn(),
    accounts: vi.fn(),
    resetPassword: vi.fn(),
    unlock: vi.fn(),
    enable: vi.fn(),
    disable: vi.fn(),
    openAccount: vi.fn(),
    saveGrants: vi.fn(),
    deactivate: vi.fn(),
    reactivate: vi.fn(),
    changeMemberStatus: vi.fn(),
    createPerson: vi.fn(),
    updatePerson: vi.fn(),
  },
}))
vi.mock('@/api/org', () => ({ orgApi: { tree: vi.fn() } }))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

enableAutoUnmount(afterEach)

/** What `ElMessageBox.confirm` resolves with when the user confirms (its type cannot say so). */
const CONFIRMED = 'confirm' as unknown as MessageBoxData

const people = vi.mocked(adminApi.people)

async function mountView() {
  const app = setup(admin)
  await app.router.push('/admin/people')
  const wrapper = mount(PeopleAdminView, {
    global: {
      plugins: [app.pinia, app.router, i18n],
      stubs: { ElDatePicker: true, ElTreeSelect: true, transition: false },
    },
  })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountView>>

function rows(wrapper: Wrapper) {
  return wrapper.findAll('[data-test="people-table"] .el-table__body tr')
}

/** Chooses a command from the 更多 menu of the row that shows `name`. */
async function command(wrapper: Wrapper, index: number, name: string) {
  wrapper.findAllComponents(RowActions)[index]!.vm.$emit('command', name)
  await flushPromises()
}

describe('PeopleAdminView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    vi.mocked(orgApi.tree).mockResolvedValue(orgTree)
    people.mockReset()
    people.mockResolvedValue(peoplePage([zhoumin, liuyang, chenjing]))
    for (const fn of Object.values(adminApi)) if (fn !== people) vi.mocked(fn).mockReset()
  })

  it('lists people with a masked ID number, their organisation and their account’s state', async () => {
    const wrapper = await mountView()

    expect(people).toHaveBeenCalledExactlyOnceWith({
      q: '',
      orgId: null,
      active: 'true',
      page: 1,
      size: 20,
    })
    expect(wrapper.find('h1').text()).toBe('人员管理')
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual([
      '姓名',
      '性别',
      '公民身份号码',
      '所在组织',
      '职务',
      '政治面貌',
      '账号',
      '操作',
    ])
    const [first, second, third] = rows(wrapper)
    expect(first!.findAll('td').map((td) => td.text())).toEqual([
      '周敏',
      '女',
      '110105********1228',
      '民事审判党小组',
      '刑一庭法官助理',
      '入党积极分子',
      'zhoumin',
      expect.stringContaining('编辑'),
    ])
    expect(first!.find('[data-test="tag-locked"]').exists()).toBe(false)
    expect(second!.find('[data-test="person-id-number"]').text()).toBe('—')
    expect(second!.find('[data-test="person-no-account"]').text()).toBe('未开通')
    expect(third!.find('[data-test="person-inactive"]').text()).toBe('已停用')
    expect(third!.find('[data-test="tag-locked"]').text()).toBe('已锁定')
    expect(third!.find('[data-test="tag-disabled"]').text()).toBe('已停用')
    expect(third!.find('[data-test="tag-must-change"]').text()).toBe('须改密')
    expect(wrapper.find('[data-test="people-total"]').text()).toBe('共 3 人')
  })

  it('filters by organisation in the tree, by search text and by 在册/已停用/全部', async () => {
    const wrapper = await mountView()

    await wrapper.get('[data-test="org-node-branch-1"]').trigger('click')
    await flushPromises()
    expect(people).toHaveBeenLastCalledWith(expect.objectContaining({ orgId: 3, page: 1 }))
    expect(wrapper.find('[data-test="people-list"] .el-card__header').text()).toContain(
      '第一党支部（审判业务）',
    )

    await wrapper.get('input[data-test="people-q"]').setValue('周敏')
    await wrapper.get('[data-test="people-filters"]').trigger('submit')
    await flushPromises()
    expect(people).toHaveBeenLastCalledWith(expect.objectContaining({ q: '周敏', orgId: 3 }))

    wrapper.getComponent(ElRadioGroup).vm.$emit('update:modelValue', 'all')
    await flushPromises()
    expect(people).toHaveBeenLastCalledWith(expect.objectContaining({ active: 'all' }))
    expect(
      wrapper.findAll('[data-test="people-active"] label').map((label) => label.text()),
    ).toEqual(['在册', '已停用', '全部'])

    // The same organisation again: all organisations.
    await wrapper.get('[data-test="org-node-branch-1"]').trigger('click')
    await flushPromises()
    expect(people).toHaveBeenLastCalledWith(expect.objectContaining({ orgId: null }))
  })

  it('resets a password after confirming and shows the temporary password once', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue(CONFIRMED)
    vi.mocked(adminApi.resetPassword).mockResolvedValue({
      username: 'zhoumin',
      temporaryPassword: 'Qz7-mK2p-9xWa',
    })
    const wrapper = await mountView()

    await command(wrapper, 0, 'reset-password')

    expect(confirm.mock.calls[0]![0]).toContain('确定重置 周敏（zhoumin）的密码？')
    expect(adminApi.resetPassword).toHaveBeenCalledWith('zhoumin')
    const dialog = wrapper.get('[data-test="temporary-password-dialog"]')
    expect(dialog.get('[data-test="temporary-username"]').text()).toBe('zhoumin')
    expect(dialog.get('[data-test="temporary-password"]').text()).toBe('Qz7-mK2p-9xWa')
    expect(dialog.get('[data-test="temporary-password-warning"]').text()).toContain(
      '临时密码只显示这一次，关闭后无法再次查看',
    )
    // The list is asked again: the account now must change its password.
    expect(people).toHaveBeenCalledTimes(2)

    await dialog.get('[data-test="temporary-password-close"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="temporary-password"]').exists()).toBe(false)
  })

  it('does nothing when the reset is not confirmed', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const wrapper = await mountView()

    await command(wrapper, 0, 'reset-password')

    expect(adminApi.resetPassword).not.toHaveBeenCalled()
  })

  it('unlocks, enables and disables accounts, and says why when the server refuses', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue(CONFIRMED)
    vi.mocked(adminApi.unlock).mockResolvedValue({ ...chenjing.account!, lockedUntil: null })
    vi.mocked(adminApi.enable).mockResolvedValue({ ...chenjing.account!, enabled: true })
    vi.mocked(adminApi.disable).mockRejectedValue(
      problemError({ status: 400, detail: '不能停用自己的账号' }),
    )
    const wrapper = await mountView()

    await command(wrapper, 2, 'unlock')
    await command(wrapper, 2, 'enable-account')
    await command(wrapper, 0, 'disable-account')

    expect(adminApi.unlock).toHaveBeenCalledWith('chenjing')
    expect(adminApi.enable).toHaveBeenCalledWith('chenjing')
    expect(adminApi.disable).toHaveBeenCalledWith('zhoumin')
    expect(document.body.textContent).toContain('已解锁账号 chenjing')
    expect(document.body.textContent).toContain('不能停用自己的账号')
  })

  it('opens an account for a person without one and shows its temporary password', async () => {
    vi.mocked(adminApi.openAccount).mockResolvedValue({
      username: 'liuyang',
      temporaryPassword: 'Tmp-4821-ab',
    })
    const wrapper = await mountView()

    await command(wrapper, 1, 'open-account')
    const dialog = wrapper.get('[data-test="open-account-dialog"]')
    expect(dialog.text()).toContain('为 刘洋 开通账号')
    await dialog.get('[data-test="open-account-save"]').trigger('click')
    await vi.waitFor(() =>
      expect(dialog.get('[data-test="open-account-username-item"]').text()).toContain('请输入账号'),
    )

    await dialog.get('input[data-test="open-account-username"]').setValue('liuyang')
    await dialog.get('[data-test="open-account-save"]').trigger('click')
    await flushPromises()

    expect(adminApi.openAccount).toHaveBeenCalledWith(9, 'liuyang')
    expect(wrapper.get('[data-test="temporary-password"]').text()).toBe('Tmp-4821-ab')
  })

  it('shows the server’s complaint about a username under the field', async () => {
    vi.mocked(adminApi.openAccount).mockRejectedValue(
      problemError({
        status: 400,
        errors: [{ field: 'username', message: '账号 liuyang 已被使用' }],
      }),
    )
    const wrapper = await mountView()

    await command(wrapper, 1, 'open-account')
    const dialog = wrapper.get('[data-test="open-account-dialog"]')
    await dialog.get('input[data-test="open-account-username"]').setValue('liuyang')
    await dialog.get('[data-test="open-account-save"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() =>
      expect(dialog.get('[data-test="open-account-username-item"]').text()).toContain(
        '账号 liuyang 已被使用',
      ),
    )
    expect(wrapper.find('[data-test="temporary-password"]').exists()).toBe(false)
  })

  it('opens the person, status, deactivation and roles dialogs from a row', async () => {
    const wrapper = await mountView()

    await wrapper.get('[data-test="person-edit"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="person-form"]').text()).toContain('编辑人员信息')
    expect(
      (wrapper.get('input[data-test="person-id-number"]').element as HTMLInputElement).value,
    ).toBe('110105199003071228')

    await command(wrapper, 0, 'member-status')
    expect(wrapper.get('[data-test="member-status-dialog"]').text()).toContain(
      '周敏 的政治面貌变更',
    )
    await command(wrapper, 0, 'deactivate')
    expect(wrapper.get('[data-test="person-active-dialog"]').text()).toContain('停用人员：周敏')
    await command(wrapper, 0, 'grants')
    expect(wrapper.get('[data-test="grants-dialog"]').text()).toContain('周敏 的角色')
  })

  it('lists every account, system accounts too, in the 账号 tab', async () => {
    vi.mocked(adminApi.accounts).mockResolvedValue([adminAccount, zhouminAccount])
    const wrapper = await mountView()

    await wrapper.get('#tab-accounts').trigger('click')
    await flushPromises()

    expect(adminApi.accounts).toHaveBeenCalledWith('')
    const panel = wrapper.getComponent(AccountsPanel)
    const accountRows = panel.findAll('[data-test="accounts-table"] .el-table__body tr')
    expect(accountRows).toHaveLength(2)
    expect(accountRows[0]!.text()).toContain('系统管理员')
    expect(accountRows[0]!.get('[data-test="account-system"]').text()).toBe('系统账号')
    expect(accountRows[1]!.get('[data-test="account-grants"]').text()).toBe('干警')

    await panel.get('input[data-test="accounts-q"]').setValue('zhou')
    await panel.get('[data-test="accounts-filters"]').trigger('submit')
    await flushPromises()
    expect(adminApi.accounts).toHaveBeenLastCalledWith('zhou')

    vi.mocked(adminApi.unlock).mockResolvedValue(zhouminAccount)
    panel.findAllComponents(RowActions)[1]!.vm.$emit('command', 'unlock')
    await flushPromises()
    expect(adminApi.unlock).toHaveBeenCalledWith('zhoumin')
    // Both lists are asked again.
    expect(adminApi.accounts).toHaveBeenCalledTimes(3)
  })

  it('says who may manage people when the server refuses (403)', async () => {
    people.mockRejectedValue(problemError({ status: 403, detail: '无权访问' }))

    const wrapper = await mountView()

    expect(wrapper.get('[data-test="people-no-access"]').text()).toContain(
      '只有系统管理员可以管理人员和账号',
    )
  })

  it('shows cards instead of the table and the tree on a phone', async () => {
    phone.value = true
    const wrapper = await mountView()

    expect(wrapper.find('[data-test="people-table"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="people-org-tree"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-test="person-card"]')
    expect(cards).toHaveLength(3)
    expect(cards[0]!.text()).toContain('110105********1228')
    expect(cards[2]!.text()).toContain('已锁定')
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = await mountView()

    expect(wrapper.find('h1').text()).toBe('People')
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual([
      'Name',
      'Gender',
      'ID number',
      'Organisation',
      'Post',
      'Political status',
      'Account',
      'Actions',
    ])
    expect(rows(wrapper)[2]!.find('[data-test="tag-must-change"]').text()).toBe(
      'Must change password',
    )
  })
})

describe('the admin routes', () => {
  it('open 人员管理 and 名册导入 to the admin and send anyone else home', async () => {
    const forAdmin = setup(admin)
    await forAdmin.router.push('/admin/people')
    expect(forAdmin.router.currentRoute.value.name).toBe('admin-people')
    await forAdmin.router.push('/admin/roster')
    expect(forAdmin.router.currentRoute.value.name).toBe('admin-roster')

    const forOthers = setup(wangwei)
    await forOthers.router.push('/admin/people')
    expect(forOthers.router.currentRoute.value.name).toBe('home')
    await forOthers.router.push('/admin/roster')
    expect(forOthers.router.currentRoute.value.name).toBe('home')
  })
})
