import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminApi } from '@/api/admin'
import { i18n } from '@/locales'
import { zhoumin } from '@/test/fixtures/admin'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import MemberStatusDialog from './MemberStatusDialog.vue'
import PersonActiveDialog from './PersonActiveDialog.vue'

vi.mock('@/api/admin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/admin')>()),
  adminApi: { changeMemberStatus: vi.fn(), deactivate: vi.fn(), reactivate: vi.fn() },
}))

enableAutoUnmount(afterEach)

const global = { plugins: [i18n], stubs: { ElDatePicker: true, transition: false } }

describe('MemberStatusDialog', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(adminApi.changeMemberStatus).mockReset()
  })

  it('shows the current status and records a new one from a date, for a reason', async () => {
    vi.mocked(adminApi.changeMemberStatus).mockResolvedValue({
      ...zhoumin,
      memberStatus: 'development-target',
    })
    const wrapper = mount(MemberStatusDialog, { props: { person: zhoumin }, global })
    await flushPromises()

    expect(wrapper.get('[data-test="member-status-now"]').text()).toContain('入党积极分子')
    expect(wrapper.get('[data-test="member-status-now"]').text()).toContain('自 2026-03-02 起')
    wrapper.getComponent(ElSelect).vm.$emit('update:modelValue', 'development-target')
    wrapper.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-05-18')
    await wrapper.get('[data-test="member-status-save"]').trigger('click')
    await vi.waitFor(() =>
      expect(
        wrapper.get('[data-test="member-status-reason-item"] .el-form-item__error').text(),
      ).toBe('请填写变更理由'),
    )
    expect(adminApi.changeMemberStatus).not.toHaveBeenCalled()

    await wrapper.get('textarea[data-test="member-status-reason"]').setValue('支部大会讨论确定')
    await wrapper.get('[data-test="member-status-save"]').trigger('click')
    await flushPromises()

    expect(adminApi.changeMemberStatus).toHaveBeenCalledWith(7, {
      status: 'development-target',
      effectiveOn: '2026-05-18',
      reason: '支部大会讨论确定',
    })
    expect(wrapper.emitted('saved')).toHaveLength(1)
    expect(wrapper.emitted('close')).toHaveLength(1)
  })

  it('shows the server’s word when an intake of the person is open (409)', async () => {
    vi.mocked(adminApi.changeMemberStatus).mockRejectedValue(
      problemError({
        status: 409,
        code: 'person.intake-open',
        detail: '周敏 的发展党员流程正在进行，政治面貌由流程变更',
      }),
    )
    const wrapper = mount(MemberStatusDialog, { props: { person: zhoumin }, global })
    await flushPromises()

    await wrapper.get('textarea[data-test="member-status-reason"]').setValue('更正')
    await wrapper.get('[data-test="member-status-save"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="member-status-error"]').text()).toContain(
      '周敏 的发展党员流程正在进行，政治面貌由流程变更',
    )
    expect(wrapper.emitted('saved')).toBeUndefined()
  })
})

describe('PersonActiveDialog', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(adminApi.deactivate).mockReset()
    vi.mocked(adminApi.reactivate).mockReset()
  })

  it('deactivates a person on the roll for a required reason, saying what follows', async () => {
    vi.mocked(adminApi.deactivate).mockResolvedValue({ ...zhoumin, active: false })
    const wrapper = mount(PersonActiveDialog, { props: { person: zhoumin }, global })
    await flushPromises()

    expect(wrapper.text()).toContain('停用人员：周敏')
    expect(wrapper.get('[data-test="person-active-note"]').text()).toContain('历史记录保留')
    await wrapper.get('[data-test="person-active-save"]').trigger('click')
    await vi.waitFor(() =>
      expect(
        wrapper.get('[data-test="person-active-reason-item"] .el-form-item__error').text(),
      ).toBe('请填写理由'),
    )

    await wrapper.get('textarea[data-test="person-active-reason"]').setValue('调离本院')
    await wrapper.get('[data-test="person-active-save"]').trigger('click')
    await flushPromises()

    expect(adminApi.deactivate).toHaveBeenCalledWith(7, '调离本院')
    expect(wrapper.emitted('saved')![0]).toEqual([{ ...zhoumin, active: false }])
  })

  it('reactivates a deactivated person; the account stays disabled', async () => {
    vi.mocked(adminApi.reactivate).mockResolvedValue(zhoumin)
    const wrapper = mount(PersonActiveDialog, {
      props: { person: { ...zhoumin, active: false } },
      global,
    })
    await flushPromises()

    expect(wrapper.text()).toContain('恢复人员：周敏')
    expect(wrapper.get('[data-test="person-active-note"]').text()).toContain('账号仍为停用状态')
    await wrapper.get('textarea[data-test="person-active-reason"]').setValue('借调结束回院')
    await wrapper.get('[data-test="person-active-save"]').trigger('click')
    await flushPromises()

    expect(adminApi.reactivate).toHaveBeenCalledWith(7, '借调结束回院')
    expect(adminApi.deactivate).not.toHaveBeenCalled()
  })
})
