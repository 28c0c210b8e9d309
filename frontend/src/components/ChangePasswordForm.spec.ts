import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { authApi } from '@/api/auth'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import ChangePasswordForm from './ChangePasswordForm.vue'

vi.mock('@/api/auth', () => ({ authApi: { changePassword: vi.fn() } }))

enableAutoUnmount(afterEach)

function mountForm() {
  return mount(ChangePasswordForm, { props: { cancellable: true }, global: { plugins: [i18n] } })
}

type Wrapper = ReturnType<typeof mountForm>

async function fill(wrapper: Wrapper, current: string, next: string, repeat: string) {
  await wrapper.get('input[data-test="password-current"]').setValue(current)
  await wrapper.get('input[data-test="password-new"]').setValue(next)
  await wrapper.get('input[data-test="password-repeat"]').setValue(repeat)
}

function errorOf(wrapper: Wrapper, field: string): string {
  return wrapper.get(`[data-test="password-${field}-item"] .el-form-item__error`).text()
}

describe('ChangePasswordForm', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(authApi.changePassword).mockReset()
  })

  it('asks for all three and for the same new password twice', async () => {
    const wrapper = mountForm()

    await wrapper.get('[data-test="password-form"]').trigger('submit')
    await vi.waitFor(() => {
      expect(errorOf(wrapper, 'current')).toBe('请输入当前密码')
      expect(errorOf(wrapper, 'new')).toBe('请输入新密码')
      expect(errorOf(wrapper, 'repeat')).toBe('请再次输入新密码')
    })

    await fill(wrapper, 'Tmp-4821-ab', 'Ronghe#2026a', 'Ronghe#2026b')
    await wrapper.get('[data-test="password-form"]').trigger('submit')
    await vi.waitFor(() => expect(errorOf(wrapper, 'repeat')).toBe('两次输入的新密码不一致'))
    expect(authApi.changePassword).not.toHaveBeenCalled()
  })

  it('sends the current and the new password and says it is done', async () => {
    vi.mocked(authApi.changePassword).mockResolvedValue()
    const wrapper = mountForm()

    await fill(wrapper, 'Tmp-4821-ab', 'Ronghe#2026a', 'Ronghe#2026a')
    await wrapper.get('[data-test="password-form"]').trigger('submit')
    await flushPromises()

    expect(authApi.changePassword).toHaveBeenCalledWith({
      currentPassword: 'Tmp-4821-ab',
      newPassword: 'Ronghe#2026a',
    })
    expect(wrapper.emitted('changed')).toHaveLength(1)
    expect((wrapper.get('input[data-test="password-new"]').element as HTMLInputElement).value).toBe(
      '',
    )
  })

  it('shows the server’s password rules under the new password, and a wrong current one', async () => {
    vi.mocked(authApi.changePassword).mockRejectedValue(
      problemError({
        status: 400,
        errors: [
          { field: 'currentPassword', message: '当前密码不正确' },
          { field: 'newPassword', message: '密码至少 10 位，须含大小写字母、数字和符号' },
        ],
      }),
    )
    const wrapper = mountForm()

    await fill(wrapper, 'wrong', 'short', 'short')
    await wrapper.get('[data-test="password-form"]').trigger('submit')
    await flushPromises()

    await vi.waitFor(() => {
      expect(errorOf(wrapper, 'new')).toBe('密码至少 10 位，须含大小写字母、数字和符号')
      expect(errorOf(wrapper, 'current')).toBe('当前密码不正确')
    })
    expect(wrapper.emitted('changed')).toBeUndefined()
  })

  it('shows a refusal without fields above the form', async () => {
    vi.mocked(authApi.changePassword).mockRejectedValue(
      problemError({ status: 429, detail: '尝试次数过多，请稍后再试' }),
    )
    const wrapper = mountForm()

    await fill(wrapper, 'a', 'b', 'b')
    await wrapper.get('[data-test="password-form"]').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-test="password-error"]').text()).toContain('尝试次数过多，请稍后再试')
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = mountForm()

    expect(wrapper.text()).toContain('Current password')
    expect(wrapper.text()).toContain('Repeat new password')
    expect(wrapper.get('[data-test="password-submit"]').text()).toBe('Change password')
  })
})
