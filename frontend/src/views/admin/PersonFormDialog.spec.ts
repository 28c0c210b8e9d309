import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminApi } from '@/api/admin'
import { i18n } from '@/locales'
import { orgTree, zhoumin } from '@/test/fixtures/admin'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import PersonFormDialog from './PersonFormDialog.vue'

vi.mock('@/api/admin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/admin')>()),
  adminApi: { createPerson: vi.fn(), updatePerson: vi.fn() },
}))

enableAutoUnmount(afterEach)

/** The date picker and the tree select are stubbed; the specs set their values as they would. */
function mountDialog(person = zhoumin as typeof zhoumin | null) {
  return mount(PersonFormDialog, {
    props: { modelValue: true, person, orgs: orgTree },
    global: {
      plugins: [i18n],
      stubs: { ElDatePicker: true, ElTreeSelect: true, transition: false },
    },
  })
}

type Wrapper = ReturnType<typeof mountDialog>

function errorOf(wrapper: Wrapper, item: string): string {
  return wrapper.get(`[data-test="${item}"] .el-form-item__error`).text()
}

function setStub(wrapper: Wrapper, name: string, value: unknown) {
  wrapper.findComponent({ name }).vm.$emit('update:modelValue', value)
}

describe('PersonFormDialog', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(adminApi.createPerson).mockReset()
    vi.mocked(adminApi.updatePerson).mockReset()
  })

  it('asks for the name, gender, ID number and organisation of a new person', async () => {
    const wrapper = mountDialog(null)
    await flushPromises()
    expect(wrapper.text()).toContain('新增人员')

    await wrapper.get('[data-test="person-save"]').trigger('click')
    await vi.waitFor(() => {
      expect(errorOf(wrapper, 'person-name-item')).toBe('请输入姓名')
      expect(errorOf(wrapper, 'person-gender-item')).toBe('请选择性别')
      expect(errorOf(wrapper, 'person-id-number-item')).toBe('请输入公民身份号码')
      expect(errorOf(wrapper, 'person-org-item')).toBe('请选择所在组织')
    })
    expect(adminApi.createPerson).not.toHaveBeenCalled()
  })

  it('adds a person with what was entered', async () => {
    vi.mocked(adminApi.createPerson).mockResolvedValue({ ...zhoumin, id: 12, name: '吴凡' })
    const wrapper = mountDialog(null)
    await flushPromises()

    await wrapper.get('input[data-test="person-name"]').setValue(' 吴凡 ')
    await wrapper.findAll('[data-test="person-gender"] input')[0]!.setValue(true)
    await wrapper.get('input[data-test="person-id-number"]').setValue('11010519920315123x')
    setStub(wrapper, 'ElTreeSelect', 4)
    await wrapper.get('input[data-test="person-post"]').setValue('书记员')
    setStub(wrapper, 'ElDatePicker', '2020-09-01')
    await wrapper.get('[data-test="person-save"]').trigger('click')
    await flushPromises()

    expect(adminApi.createPerson).toHaveBeenCalledWith({
      name: '吴凡',
      gender: 'M',
      idNumber: '11010519920315123X',
      post: '书记员',
      orgId: 4,
      hiredOn: '2020-09-01',
    })
    expect(wrapper.emitted('saved')![0]).toEqual([{ ...zhoumin, id: 12, name: '吴凡' }])
    expect(wrapper.emitted('update:modelValue')![0]).toEqual([false])
  })

  it('edits a person, saying that a new organisation moves them', async () => {
    vi.mocked(adminApi.updatePerson).mockResolvedValue({ ...zhoumin, orgId: 5 })
    const wrapper = mountDialog()
    await flushPromises()
    expect(wrapper.text()).toContain('编辑人员信息')
    expect((wrapper.get('input[data-test="person-name"]').element as HTMLInputElement).value).toBe(
      '周敏',
    )
    expect(wrapper.find('[data-test="person-move-hint"]').exists()).toBe(false)

    setStub(wrapper, 'ElTreeSelect', 5)
    await flushPromises()
    expect(wrapper.get('[data-test="person-move-hint"]').text()).toBe('更改所在组织即调动该人员。')

    await wrapper.get('[data-test="person-save"]').trigger('click')
    await flushPromises()
    expect(adminApi.updatePerson).toHaveBeenCalledWith(7, {
      name: '周敏',
      gender: 'F',
      idNumber: '110105199003071228',
      post: '刑一庭法官助理',
      orgId: 5,
      hiredOn: '2015-07-01',
    })
  })

  it('shows the server’s field errors under their fields, and others above the form', async () => {
    vi.mocked(adminApi.updatePerson).mockRejectedValue(
      problemError({
        status: 400,
        errors: [
          { field: 'idNumber', message: '公民身份号码校验位不正确' },
          { field: 'hiredOn', message: '入职日期不能早于出生日期' },
          { field: 'person', message: '该公民身份号码已登记为 周敏' },
        ],
      }),
    )
    const wrapper = mountDialog()
    await flushPromises()

    await wrapper.get('[data-test="person-save"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() => {
      expect(errorOf(wrapper, 'person-id-number-item')).toBe('公民身份号码校验位不正确')
      expect(errorOf(wrapper, 'person-hired-on-item')).toBe('入职日期不能早于出生日期')
    })
    expect(wrapper.get('[data-test="person-form-error"]').text()).toContain(
      '该公民身份号码已登记为 周敏',
    )
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})
