import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElOption, ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { orgApi } from '@/api/org'
import { orgAdminApi } from '@/api/orgAdmin'
import { i18n } from '@/locales'
import { auditor } from '@/test/fixtures/audit'
import { branchDetail, committeeDetail, groupDetail, orgTree } from '@/test/fixtures/orgAdmin'
import { admin, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import DissolveDialog from './DissolveDialog.vue'
import OrgAdminView from './OrgAdminView.vue'
import OrgFormDialog from './OrgFormDialog.vue'

vi.mock('@/api/org', () => ({ orgApi: { tree: vi.fn() } }))
vi.mock('@/api/orgAdmin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/orgAdmin')>()),
  orgAdminApi: {
    detail: vi.fn(),
    create: vi.fn(),
    update: vi.fn(),
    dissolve: vi.fn(),
    setLeadership: vi.fn(),
  },
}))
vi.mock('@/api/users', () => ({ usersApi: { search: vi.fn().mockResolvedValue([]) } }))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

enableAutoUnmount(afterEach)

const tree = vi.mocked(orgApi.tree)
const detail = vi.mocked(orgAdminApi.detail)
const create = vi.mocked(orgAdminApi.create)
const update = vi.mocked(orgAdminApi.update)
const dissolve = vi.mocked(orgAdminApi.dissolve)

const DETAILS = { 1: committeeDetail, 3: branchDetail, 4: groupDetail } as const

async function mountAt(url = '/admin/orgs') {
  const app = setup(admin)
  await app.router.push(url)
  const wrapper = mount(OrgAdminView, {
    global: { plugins: [app.pinia, app.router, i18n], stubs: { transition: false } },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

function text(wrapper: VueWrapper, test: string): string {
  return wrapper.get(`[data-test="${test}"]`).text()
}

/** The options an ElSelect offers, by label. */
function optionLabels(select: Pick<VueWrapper, 'findAllComponents'>): string[] {
  return select.findAllComponents(ElOption).map((o) => String(o.props('label')))
}

/** The field errors shown (Element Plus fades them in). */
function errorsIn(within: Pick<VueWrapper, 'findAll'>): string[] {
  return within.findAll('.el-form-item__error').map((e) => e.text())
}

function formDialog(wrapper: VueWrapper) {
  return wrapper.getComponent(OrgFormDialog)
}

describe('OrgAdminView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    tree.mockReset().mockResolvedValue(orgTree)
    detail.mockReset().mockImplementation(async (id) => DETAILS[id as keyof typeof DETAILS])
    create.mockReset()
    update.mockReset()
    dissolve.mockReset()
  })

  it('shows the tree and, for the organisation chosen, its facts and its address', async () => {
    const { wrapper, router } = await mountAt()

    expect(text(wrapper, 'org-pick')).toContain('请在左侧选择一个组织')
    const nodes = wrapper.findAll('[data-test^="org-node-"]')
    expect(nodes.map((n) => [n.find('span').text(), n.find('.el-tag').text()])).toEqual([
      ['机关党委', '机关党委'],
      ['机关纪委', '机关纪委'],
      ['第一党支部', '党支部'],
      ['民事审判党小组', '党小组'],
      ['第二党支部', '党支部'],
    ])

    await wrapper.get('[data-test="org-node-3"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ org: '3' })
    expect(detail).toHaveBeenCalledWith(3)
    expect(text(wrapper, 'org-name')).toBe('第一党支部')
    expect(text(wrapper, 'org-type')).toBe('党支部')
    expect(text(wrapper, 'org-code')).toBe('branch-1')
    expect(text(wrapper, 'org-parent')).toBe('机关党委')
    expect(text(wrapper, 'org-people')).toBe('1 人')
    expect(text(wrapper, 'org-children')).toBe('1 个')
    expect(text(wrapper, 'org-open-tasks')).toBe('2 项')
    expect(text(wrapper, 'org-create-child')).toBe('新建下级')
    expect(wrapper.find('[data-test="leadership"]').exists()).toBe(true)
  })

  it('opens the organisation named in the address; a group has no sub-organisations or 班子', async () => {
    const { wrapper } = await mountAt('/admin/orgs?org=4')

    expect(text(wrapper, 'org-name')).toBe('民事审判党小组')
    expect(text(wrapper, 'org-parent')).toBe('机关党委 / 第一党支部')
    expect(wrapper.find('[data-test="org-create-child"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="leadership"]').exists()).toBe(false)
  })

  it('does not offer to dissolve the committee at the top', async () => {
    const { wrapper } = await mountAt('/admin/orgs?org=1')

    expect(text(wrapper, 'org-parent')).toBe('无')
    const button = wrapper.get('[data-test="org-dissolve"]')
    expect(button.attributes('disabled')).toBeDefined()
    expect(button.attributes('title')).toBe('机关党委不能撤销')
  })

  it('says when the organisation has been dissolved meanwhile', async () => {
    detail.mockRejectedValue(problemError({ status: 404, detail: '组织不存在或已撤销: 9' }))

    const { wrapper } = await mountAt('/admin/orgs?org=9')

    expect(text(wrapper, 'detail-error')).toContain('该组织不存在或已撤销')
  })

  it('creates a branch under the committee from 新建 and opens it', async () => {
    const created = { ...branchDetail, id: 9, code: 'branch-9', name: '第九党支部', people: 0 }
    create.mockResolvedValue(created)
    const success = vi.spyOn(ElMessage, 'success')
    const { wrapper, router } = await mountAt()

    await wrapper.get('[data-test="org-create"]').trigger('click')
    await flushPromises()
    const dialog = formDialog(wrapper)
    expect(dialog.find('.el-dialog__title').text()).toBe('新建组织')
    const [type, parent] = dialog.findAllComponents(ElSelect)
    expect(type!.props('modelValue')).toBe('branch')
    expect(optionLabels(type!)).toEqual(['党支部', '机关纪委', '党小组'])
    expect(parent!.props('modelValue')).toBe(1)
    await dialog.get('input[data-test="org-form-code"]').setValue(' branch-9 ')
    await dialog.get('input[data-test="org-form-name"]').setValue('第九党支部')
    detail.mockResolvedValue(created)
    await dialog.get('[data-test="org-form-submit"]').trigger('click')
    await flushPromises()

    expect(create).toHaveBeenCalledWith({
      code: 'branch-9',
      name: '第九党支部',
      type: 'branch',
      parentId: 1,
    })
    expect(success).toHaveBeenCalledWith('已新建“第九党支部”')
    expect(tree).toHaveBeenCalledTimes(2)
    expect(router.currentRoute.value.query).toEqual({ org: '9' })
    expect(text(wrapper, 'org-name')).toBe('第九党支部')
  })

  it('offers only branches as the parent of a group, and checks the form before sending', async () => {
    const { wrapper } = await mountAt()
    await wrapper.get('[data-test="org-create"]').trigger('click')
    await flushPromises()
    const dialog = formDialog(wrapper)

    dialog.findAllComponents(ElSelect)[0]!.vm.$emit('update:modelValue', 'group')
    await flushPromises()
    const parent = dialog.findAllComponents(ElSelect)[1]!
    expect(parent.props('modelValue')).toBeNull()
    expect(optionLabels(parent)).toEqual(['机关党委 / 第一党支部', '机关党委 / 第二党支部'])

    await dialog.get('input[data-test="org-form-code"]').setValue('组 1')
    await dialog.get('[data-test="org-form-submit"]').trigger('click')
    await flushPromises()

    expect(create).not.toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(errorsIn(dialog)).toEqual([
        '请选择上级组织',
        '组织编码为 1–64 位字母、数字、下划线或连字符',
        '请填写组织名称',
      ]),
    )
  })

  it('presets a group under the branch for 新建下级, and shows the server’s complaint by its field', async () => {
    create.mockRejectedValue(
      problemError({
        status: 400,
        errors: [{ field: 'code', message: '组织编码 branch-1-civil 已使用（含已撤销的组织）' }],
      }),
    )
    const { wrapper } = await mountAt('/admin/orgs?org=3')

    await wrapper.get('[data-test="org-create-child"]').trigger('click')
    await flushPromises()
    const dialog = formDialog(wrapper)
    expect(dialog.find('.el-dialog__title').text()).toBe('新建“第一党支部”的下级组织')
    const [type, parent] = dialog.findAllComponents(ElSelect)
    expect(type!.props('modelValue')).toBe('group')
    expect(type!.props('disabled')).toBe(true)
    expect(parent!.props('modelValue')).toBe(3)
    await dialog.get('input[data-test="org-form-code"]').setValue('branch-1-civil')
    await dialog.get('input[data-test="org-form-name"]').setValue('民事党小组')
    await dialog.get('[data-test="org-form-submit"]').trigger('click')
    await flushPromises()

    expect(create).toHaveBeenCalledWith({
      code: 'branch-1-civil',
      name: '民事党小组',
      type: 'group',
      parentId: 3,
    })
    await vi.waitFor(() =>
      expect(errorsIn(dialog)).toEqual(['组织编码 branch-1-civil 已使用（含已撤销的组织）']),
    )
    expect(dialog.props('modelValue')).toBe(true)
  })

  it('renames and moves a group, then loads the tree and the card again', async () => {
    update.mockResolvedValue({ ...groupDetail, name: '民事审判第一党小组', parentId: 5 })
    const { wrapper } = await mountAt('/admin/orgs?org=4')

    await wrapper.get('[data-test="org-edit"]').trigger('click')
    await flushPromises()
    const dialog = formDialog(wrapper)
    expect(dialog.find('.el-dialog__title').text()).toBe('编辑“民事审判党小组”')
    expect(dialog.get('[data-test="org-form-code"]').text()).toBe('branch-1-civil')
    const parent = dialog.getComponent(ElSelect)
    expect(parent.props('modelValue')).toBe(3)
    parent.vm.$emit('update:modelValue', 5)
    await dialog.get('input[data-test="org-form-name"]').setValue('民事审判第一党小组')
    await dialog.get('[data-test="org-form-submit"]').trigger('click')
    await flushPromises()

    expect(update).toHaveBeenCalledWith(4, { name: '民事审判第一党小组', parentId: 5 })
    expect(tree).toHaveBeenCalledTimes(2)
    expect(detail).toHaveBeenCalledTimes(2)
  })

  it('dissolves a group with people, moving them, and goes up to its parent', async () => {
    dissolve.mockResolvedValue({ id: 4, peopleMoved: 12, movedTo: 3, rolesEnded: [] })
    const success = vi.spyOn(ElMessage, 'success')
    const { wrapper, router } = await mountAt('/admin/orgs?org=4')

    await wrapper.get('[data-test="org-dissolve"]').trigger('click')
    await flushPromises()
    const dialog = wrapper.getComponent(DissolveDialog)
    expect(dialog.text()).toContain('该组织有 12 名在册人员，须转入其他组织')
    await dialog.get('[data-test="dissolve-confirm"]').trigger('click')
    await flushPromises()
    expect(dissolve).not.toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(errorsIn(dialog)).toEqual(['请选择人员转入的组织', '请填写撤销原因']),
    )

    const moveTo = dialog.getComponent(ElSelect)
    expect(optionLabels(moveTo)).toEqual([
      '机关党委',
      '机关党委 / 机关纪委',
      '机关党委 / 第一党支部',
      '机关党委 / 第二党支部',
    ])
    moveTo.vm.$emit('update:modelValue', 3)
    await dialog.get('textarea[data-test="dissolve-reason"]').setValue(' 机构调整 ')
    await dialog.get('[data-test="dissolve-confirm"]').trigger('click')
    await flushPromises()

    expect(dissolve).toHaveBeenCalledWith(4, '机构调整', 3)
    expect(success).toHaveBeenCalledWith('已撤销“民事审判党小组”，12 人转入“第一党支部”')
    expect(router.currentRoute.value.query).toEqual({ org: '3' })
    expect(text(wrapper, 'org-name')).toBe('第一党支部')
    expect(tree).toHaveBeenCalledTimes(2)
  })

  it('says why the server refuses to dissolve, by name and with its explanation', async () => {
    dissolve.mockRejectedValue(
      problemError({
        status: 409,
        code: 'org.has-children',
        detail: '第一党支部 还有 1 个下级组织，请先撤销或移走',
      }),
    )
    const { wrapper } = await mountAt('/admin/orgs?org=3')

    await wrapper.get('[data-test="org-dissolve"]').trigger('click')
    const dialog = wrapper.getComponent(DissolveDialog)
    expect(dialog.get('[data-test="dissolve-blockers"]').text()).toBe(
      '该组织还有 1 个下级组织，须先撤销或移走；该组织还有 2 项待办，须先办结或转办',
    )
    dialog.getComponent(ElSelect).vm.$emit('update:modelValue', 5)
    await dialog.get('textarea[data-test="dissolve-reason"]').setValue('合并')
    await dialog.get('[data-test="dissolve-confirm"]').trigger('click')
    await flushPromises()

    const refused = dialog.get('[data-test="dissolve-refused"]')
    expect(refused.find('.el-alert__title').text()).toBe('还有下级组织，不能撤销')
    expect(refused.text()).toContain('第一党支部 还有 1 个下级组织，请先撤销或移走')
    expect(dialog.find('[data-test="dissolve-blockers"]').exists()).toBe(false)
    expect(dialog.props('modelValue')).toBe(true)

    // Without the server's explanation, the page's own advice.
    dissolve.mockRejectedValue(problemError({ status: 409, code: 'org.open-tasks' }))
    await dialog.get('[data-test="dissolve-confirm"]').trigger('click')
    await flushPromises()
    const again = dialog.get('[data-test="dissolve-refused"]')
    expect(again.find('.el-alert__title').text()).toBe('还有未办结的待办，不能撤销')
    expect(again.find('.el-alert__description').text()).toBe('请先办结或转办这些待办。')
  })

  it('asks where the people go when the server counts people the card does not', async () => {
    dissolve.mockRejectedValueOnce(
      problemError({ status: 400, errors: [{ field: 'moveTo', message: '请选择人员转入的组织' }] }),
    )
    const empty = { ...groupDetail, people: 0 }
    detail.mockResolvedValue(empty)
    const { wrapper } = await mountAt('/admin/orgs?org=4')

    await wrapper.get('[data-test="org-dissolve"]').trigger('click')
    const dialog = wrapper.getComponent(DissolveDialog)
    expect(dialog.find('[data-test="dissolve-move-item"]').exists()).toBe(false)
    await dialog.get('textarea[data-test="dissolve-reason"]').setValue('撤并')
    await dialog.get('[data-test="dissolve-confirm"]').trigger('click')
    await flushPromises()

    expect(dissolve).toHaveBeenCalledWith(4, '撤并', null)
    await vi.waitFor(() =>
      expect(errorsIn(dialog.get('[data-test="dissolve-move-item"]'))).toEqual([
        '请选择人员转入的组织',
      ]),
    )
  })

  it('lays the tree above the card on a phone', async () => {
    phone.value = true
    const { wrapper } = await mountAt('/admin/orgs?org=3')

    expect(wrapper.classes()).toContain('rh-orgadmin--phone')
    expect(wrapper.find('[data-test="org-facts"]').exists()).toBe(true)
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt('/admin/orgs?org=3')

    expect(wrapper.get('h1').text()).toBe('Organisations')
    expect(text(wrapper, 'org-create')).toBe('New')
    expect(text(wrapper, 'org-create-child')).toBe('New sub-organisation')
    expect(text(wrapper, 'org-dissolve')).toBe('Dissolve')
    expect(text(wrapper, 'org-type')).toBe('Party branch')
    expect(text(wrapper, 'org-people')).toBe('1 people')
    expect(wrapper.get('[data-test="leadership"] h2').text()).toBe('Branch committee')
  })
})

describe('the organisations route', () => {
  it('opens for the admin only', async () => {
    for (const [user, name] of [
      [admin, 'admin-orgs'],
      [wangwei, 'home'],
      [auditor, 'home'],
    ] as const) {
      const app = setup(user)
      await app.router.push('/admin/orgs')
      expect(app.router.currentRoute.value.name).toBe(name)
    }
  })
})
