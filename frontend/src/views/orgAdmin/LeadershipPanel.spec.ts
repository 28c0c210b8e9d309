import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { orgAdminApi } from '@/api/orgAdmin'
import PersonPicker from '@/components/PersonPicker.vue'
import { i18n } from '@/locales'
import { branchDetail } from '@/test/fixtures/orgAdmin'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import LeadershipPanel from './LeadershipPanel.vue'

vi.mock('@/api/orgAdmin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/orgAdmin')>()),
  orgAdminApi: { setLeadership: vi.fn() },
}))
vi.mock('@/api/users', () => ({ usersApi: { search: vi.fn().mockResolvedValue([]) } }))

enableAutoUnmount(afterEach)

const setLeadership = vi.mocked(orgAdminApi.setLeadership)

function mountPanel(org = branchDetail) {
  return mount(LeadershipPanel, {
    props: { org },
    global: { plugins: [i18n], stubs: { transition: false } },
  })
}

function pickers(wrapper: VueWrapper) {
  return wrapper.findAllComponents(PersonPicker)
}

/** What each committee row's picker shows: the chosen person's label. */
function shownNames(wrapper: VueWrapper): string[] {
  return wrapper
    .findAll('[data-test="committee-member"] .el-select__placeholder span')
    .map((s) => s.text())
}

describe('LeadershipPanel', () => {
  beforeEach(() => {
    resetLocale()
    setLeadership.mockReset()
  })

  it('shows the secretary and each committee member by name', async () => {
    const wrapper = mountPanel()
    await flushPromises()

    expect(pickers(wrapper).map((p) => p.props('modelValue'))).toEqual([
      'liqiang',
      'chenjing',
      'wangfang',
    ])
    expect(wrapper.get('[data-test="secretary-item"] .el-select__placeholder span').text()).toBe(
      '李强（liqiang）',
    )
    expect(shownNames(wrapper)).toEqual(['陈静（chenjing）', '王芳（wangfang）'])
    expect(wrapper.get('[data-test="leadership-save"]').attributes('disabled')).toBeDefined()
  })

  it('sends the secretary and the committee, leaving out empty rows', async () => {
    setLeadership.mockResolvedValue(branchDetail)
    const success = vi.spyOn(ElMessage, 'success')
    const wrapper = mountPanel()

    pickers(wrapper)[0]!.vm.$emit('update:modelValue', 'zhaolei')
    await wrapper.get('[data-test="committee-add"]').trigger('click')
    await wrapper.get('[data-test="committee-add"]').trigger('click')
    pickers(wrapper)[4]!.vm.$emit('update:modelValue', 'sunli')
    await flushPromises()
    await wrapper.findAll('[data-test="committee-remove"]')[0]!.trigger('click')
    expect(wrapper.find('[data-test="leadership-dirty"]').text()).toBe('有未保存的修改')
    await wrapper.get('[data-test="leadership-save"]').trigger('click')
    await flushPromises()

    expect(setLeadership).toHaveBeenCalledWith(3, {
      secretary: 'zhaolei',
      committee: ['wangfang', 'sunli'],
    })
    expect(success).toHaveBeenCalledWith('支部班子已保存')
    expect(wrapper.emitted('saved')).toEqual([[branchDetail]])
  })

  it('leaves the secretary out when none is chosen', async () => {
    setLeadership.mockResolvedValue(branchDetail)
    const wrapper = mountPanel()

    wrapper.findAllComponents(ElSelect)[0]!.vm.$emit('update:modelValue', undefined)
    await flushPromises()
    await wrapper.get('[data-test="leadership-save"]').trigger('click')
    await flushPromises()

    expect(setLeadership).toHaveBeenCalledWith(3, { committee: ['chenjing', 'wangfang'] })
  })

  it('puts the server’s complaint by the person it names', async () => {
    setLeadership.mockRejectedValue(
      problemError({
        status: 400,
        errors: [{ field: 'committee[1]', message: '孙丽 不是第一党支部的在册人员' }],
      }),
    )
    const wrapper = mountPanel()

    // An empty row before the refused person: the server's index counts the sent ones only.
    await wrapper.get('[data-test="committee-add"]').trigger('click')
    await wrapper.get('[data-test="committee-add"]').trigger('click')
    pickers(wrapper)[4]!.vm.$emit('update:modelValue', 'sunli')
    pickers(wrapper)[2]!.vm.$emit('update:modelValue', '')
    await flushPromises()
    await wrapper.get('[data-test="leadership-save"]').trigger('click')
    await flushPromises()

    expect(setLeadership).toHaveBeenCalledWith(3, {
      secretary: 'liqiang',
      committee: ['chenjing', 'sunli'],
    })
    await vi.waitFor(() => {
      const rows = wrapper.findAll('[data-test="committee-member"]')
      expect(rows.map((r) => r.find('.el-form-item__error').exists())).toEqual([
        false,
        false,
        false,
        true,
      ])
      expect(rows[3]!.find('.el-form-item__error').text()).toBe('孙丽 不是第一党支部的在册人员')
    })
  })

  it('says a refusal without a field above the form', async () => {
    setLeadership.mockRejectedValue(
      problemError({
        status: 409,
        code: 'org.not-branch',
        detail: '只有党支部设支部书记和支部委员',
      }),
    )
    const wrapper = mountPanel()

    pickers(wrapper)[0]!.vm.$emit('update:modelValue', 'zhaolei')
    await flushPromises()
    await wrapper.get('[data-test="leadership-save"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="leadership-error"]').text()).toContain(
      '只有党支部设支部书记和支部委员',
    )
  })

  it('undoes the changes', async () => {
    const wrapper = mountPanel()
    await wrapper.get('[data-test="committee-add"]').trigger('click')
    pickers(wrapper)[3]!.vm.$emit('update:modelValue', 'sunli')
    await flushPromises()

    await wrapper.get('[data-test="leadership-revert"]').trigger('click')

    expect(pickers(wrapper)).toHaveLength(3)
    expect(wrapper.find('[data-test="leadership-dirty"]').exists()).toBe(false)
  })
})
