import { enableAutoUnmount, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElInputNumber, ElMessage, ElMessageBox, type MessageBoxData } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { RouterView } from 'vue-router'
import { settingsApi } from '@/api/settings'
import { i18n } from '@/locales'
import { auditor } from '@/test/fixtures/audit'
import { allSettings, lockout, reviewDays } from '@/test/fixtures/settings'
import { admin, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import SettingsView from './SettingsView.vue'

vi.mock('@/api/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/settings')>()),
  settingsApi: { list: vi.fn(), save: vi.fn() },
}))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

enableAutoUnmount(afterEach)

/** What `ElMessageBox.confirm` resolves with when the user confirms (its type cannot say so). */
const CONFIRMED = 'confirm' as unknown as MessageBoxData

const list = vi.mocked(settingsApi.list)
const save = vi.mocked(settingsApi.save)

/** The page inside a router view, as the app shows it (its leave guard needs one). */
async function mountPage() {
  const app = setup(admin)
  app.router.addRoute({ path: '/admin/settings', name: 'admin-settings', component: SettingsView })
  await app.router.push('/admin/settings')
  const wrapper = mount(RouterView, {
    global: { plugins: [app.pinia, app.router, i18n], stubs: { transition: false } },
  })
  await flushPromises()
  return Object.assign(wrapper, { router: app.router })
}

function row(wrapper: VueWrapper, name: string) {
  return wrapper.get(`[data-test="setting-row"][data-name="${name}"]`)
}

/** Types a value into a setting's input as the user would (the input number emits it). */
async function enter(wrapper: VueWrapper, name: string, value: number | null) {
  const inputs = wrapper.findAllComponents(ElInputNumber)
  const index = wrapper.findAll('[data-test="setting-row"]').findIndex((r) => {
    return r.attributes('data-name') === name
  })
  inputs[index]!.vm.$emit('update:modelValue', value)
  await flushPromises()
}

describe('SettingsView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    list.mockReset().mockResolvedValue(allSettings)
    save.mockReset()
  })

  it('shows the rules by group with their value, unit, default and last change', async () => {
    const wrapper = await mountPage()

    expect(wrapper.get('h1').text()).toBe('规则设置')
    expect(
      wrapper.findAll('[data-test="settings-group"] .el-card__header').map((h) => h.text()),
    ).toEqual(['谈心谈话', '问题线索', '账号安全'])
    const review = row(wrapper, reviewDays.name)
    expect(review.get('[data-test="setting-label"]').text()).toBe('审查期限')
    expect(review.get('[data-test="setting-unit"]').text()).toBe('天')
    expect(review.get('[data-test="setting-default"]').text()).toBe('默认 90 天')
    expect(review.text()).toContain('范围 1–365')
    expect(review.get('[data-test="setting-last-change"]').text()).toBe('最近修改：未修改')
    const input = review.getComponent(ElInputNumber)
    expect(input.props()).toMatchObject({ modelValue: 90, min: 1, max: 365, step: 1 })
    expect(review.get('[data-test="setting-restore"]').attributes('disabled')).toBeDefined()
    const lock = row(wrapper, lockout.name)
    expect(lock.get('[data-test="setting-last-change"]').text()).toMatch(
      /^最近修改：admin · 2026-05-20 \d\d:30$/,
    )
    expect(lock.get('[data-test="setting-restore"]').attributes('disabled')).toBeUndefined()
    expect(wrapper.get('[data-test="settings-save"]').attributes('disabled')).toBeDefined()
  })

  it('marks what is changed and not saved, and sends only that', async () => {
    save.mockResolvedValue(
      allSettings.map((s) =>
        s.name === reviewDays.name
          ? { ...s, value: 91, changedBy: 'admin', changedAt: '2026-05-21T02:00:00Z' }
          : s.name === lockout.name
            ? { ...s, value: 15 }
            : s,
      ),
    )
    const success = vi.spyOn(ElMessage, 'success')
    const wrapper = await mountPage()

    await enter(wrapper, reviewDays.name, 91)
    await row(wrapper, lockout.name).get('[data-test="setting-restore"]').trigger('click')

    expect(row(wrapper, reviewDays.name).classes()).toContain('rh-settings__row--changed')
    expect(row(wrapper, reviewDays.name).get('[data-test="setting-changed"]').text()).toBe('未保存')
    expect(row(wrapper, lockout.name).getComponent(ElInputNumber).props('modelValue')).toBe(15)
    expect(wrapper.get('[data-test="settings-dirty"]').text()).toBe('2 项修改未保存')
    await wrapper.get('[data-test="settings-save"]').trigger('click')
    await flushPromises()

    expect(save).toHaveBeenCalledWith({
      'ronghe.discipline.review-days': 91,
      'ronghe.security.lockout': 15,
    })
    expect(success).toHaveBeenCalledWith('已保存 2 项设置')
    expect(row(wrapper, reviewDays.name).classes()).not.toContain('rh-settings__row--changed')
    expect(row(wrapper, reviewDays.name).get('[data-test="setting-last-change"]').text()).toMatch(
      /^最近修改：admin · 2026-05-21/,
    )
    expect(wrapper.find('[data-test="settings-dirty"]').exists()).toBe(false)
  })

  it('puts the server’s complaint on the row it names', async () => {
    save.mockRejectedValue(
      problemError({
        status: 400,
        errors: [
          {
            field: 'values.ronghe.discipline.review-days',
            message: '审查期限应在 1 至 365 天之间',
          },
        ],
      }),
    )
    const wrapper = await mountPage()

    await enter(wrapper, reviewDays.name, 400)
    await wrapper.get('[data-test="settings-save"]').trigger('click')
    await flushPromises()

    const review = row(wrapper, reviewDays.name)
    expect(review.classes()).toContain('rh-settings__row--invalid')
    await vi.waitFor(() =>
      expect(review.get('.el-form-item__error').text()).toBe('审查期限应在 1 至 365 天之间'),
    )
    expect(wrapper.get('[data-test="settings-failure"]').text()).toBe(
      '保存未通过校验，请修改标出的设置',
    )
    expect(row(wrapper, lockout.name).find('.el-form-item__error').exists()).toBe(false)

    // Editing the row takes its complaint away.
    await enter(wrapper, reviewDays.name, 120)
    expect(review.classes()).not.toContain('rh-settings__row--invalid')
  })

  it('asks for a number instead of sending an emptied input', async () => {
    const wrapper = await mountPage()

    await enter(wrapper, reviewDays.name, null)
    await wrapper.get('[data-test="settings-save"]').trigger('click')
    await flushPromises()

    expect(save).not.toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(row(wrapper, reviewDays.name).get('.el-form-item__error').text()).toBe('请填写数值'),
    )
  })

  it('undoes the changes', async () => {
    const wrapper = await mountPage()
    await enter(wrapper, reviewDays.name, 100)

    await wrapper.get('[data-test="settings-revert"]').trigger('click')

    expect(row(wrapper, reviewDays.name).getComponent(ElInputNumber).props('modelValue')).toBe(90)
    expect(wrapper.get('[data-test="settings-save"]').attributes('disabled')).toBeDefined()
  })

  it('asks before leaving unsaved changes', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    const wrapper = await mountPage()
    await enter(wrapper, reviewDays.name, 100)

    await wrapper.router.push('/')
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(wrapper.router.currentRoute.value.name).toBe('admin-settings')

    confirm.mockResolvedValueOnce(CONFIRMED)
    await wrapper.router.push('/')
    expect(wrapper.router.currentRoute.value.name).toBe('home')
  })

  it('offers a retry when the settings cannot be loaded', async () => {
    list.mockReset()
    list.mockRejectedValueOnce(problemError({ status: 500, detail: '数据库不可用' }))
    list.mockResolvedValueOnce(allSettings)
    const wrapper = await mountPage()

    expect(wrapper.get('[data-test="settings-error"]').text()).toContain('数据库不可用')
    await wrapper.get('[data-test="settings-error"] button').trigger('click')
    await flushPromises()

    expect(wrapper.findAll('[data-test="setting-row"]')).toHaveLength(3)
  })

  it('stacks each row on a phone', async () => {
    phone.value = true
    const wrapper = await mountPage()

    expect(wrapper.get('[data-test="settings"]').classes()).toContain('rh-settings--phone')
  })

  it('speaks English, units included', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = await mountPage()

    expect(wrapper.get('h1').text()).toBe('Rule settings')
    const review = row(wrapper, reviewDays.name)
    expect(review.get('[data-test="setting-unit"]').text()).toBe('days')
    expect(review.get('[data-test="setting-default"]').text()).toBe('Default 90 days')
    expect(review.get('[data-test="setting-restore"]').text()).toBe('Restore default')
    expect(wrapper.get('[data-test="settings-save"]').text()).toBe('Save')
  })
})

describe('the settings route', () => {
  it('opens for the admin only', async () => {
    for (const [user, name] of [
      [admin, 'admin-settings'],
      [wangwei, 'home'],
      [auditor, 'home'],
    ] as const) {
      const app = setup(user)
      await app.router.push('/admin/settings')
      expect(app.router.currentRoute.value.name).toBe(name)
    }
  })
})
