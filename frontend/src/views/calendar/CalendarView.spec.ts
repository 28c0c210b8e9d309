import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { ElDatePicker, ElMessageBox, ElSelect, ElSwitch, type MessageBoxData } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RouterView } from 'vue-router'
import { calendarApi } from '@/api/calendar'
import { maintained2026, provisional2026, unmaintained } from '@/test/fixtures/calendar'
import { i18n } from '@/locales'
import { admin, resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import CalendarView from './CalendarView.vue'

vi.mock('@/api/calendar', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/calendar')>()),
  calendarApi: { get: vi.fn(), save: vi.fn() },
}))

/** What `ElMessageBox.confirm` resolves with when the user confirms (its type cannot say so). */
const CONFIRMED = 'confirm' as unknown as MessageBoxData

const get = vi.mocked(calendarApi.get)
const save = vi.mocked(calendarApi.save)

/**
 * The page inside a router view, as the app shows it (its leave guard needs one). Element Plus
 * renders every date picker's panel up front, half a second each in happy-dom: the pickers are
 * stubbed, and the specs set their values as the picker would.
 */
async function mountPage() {
  const app = setup(admin)
  app.router.addRoute({ path: '/admin/calendar', name: 'calendar', component: CalendarView })
  await app.router.push('/admin/calendar')
  const wrapper = mount(RouterView, {
    global: { plugins: [app.pinia, app.router, i18n], stubs: { ElDatePicker: true } },
  })
  await flushPromises()
  return Object.assign(wrapper, { router: app.router })
}

function tableRows(wrapper: VueWrapper) {
  return wrapper.findAll('[data-test="day-table"] .el-table__body tr')
}

/** The date pickers of the rows (the first picker on the page chooses the year). */
function datePickers(wrapper: VueWrapper) {
  return wrapper.findAllComponents(ElDatePicker).slice(1)
}

describe('CalendarView', () => {
  beforeEach(() => {
    resetLocale()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 2, 2, 10, 0))
    get.mockReset()
    save.mockReset()
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('opens the current year with its entries, overview and provisional warning', async () => {
    get.mockResolvedValue(provisional2026)

    const wrapper = await mountPage()

    expect(get).toHaveBeenCalledWith(2026)
    expect(wrapper.find('[data-test="status-tag"]').text()).toBe('暂按法定节日')
    expect(wrapper.find('[data-test="status-updated"]').text()).toContain('系统管理员')
    expect(wrapper.find('[data-test="provisional-warning"]').text()).toContain('尚无调休上班日')
    const rows = tableRows(wrapper)
    expect(rows).toHaveLength(2)
    expect(rows[1]!.find('input[data-test="day-name"]').element).toHaveProperty('value', '春节')
    expect(datePickers(wrapper).map((p) => p.props('modelValue'))).toEqual([
      '2026-01-01',
      '2026-02-17',
    ])
    const outsideYear = datePickers(wrapper)[0]!.props('disabledDate') as (d: Date) => boolean
    expect(outsideYear(new Date(2025, 11, 31))).toBe(true)
    expect(outsideYear(new Date(2026, 11, 31))).toBe(false)
    expect(outsideYear(new Date(2027, 0, 1))).toBe(true)
    const newYear = wrapper.find('[data-date="2026-01-01"]')
    expect(newYear.classes()).toContain('rh-year__day--holiday')
    expect(newYear.attributes('title')).toBe('2026-01-01 放假 · 元旦')
    expect(wrapper.find('[data-date="2026-01-03"]').classes()).toContain('rh-year__day--weekend')
    expect(wrapper.findAll('[data-test^="month-"]')).toHaveLength(12)
  })

  it('says when a year has not been maintained', async () => {
    get.mockResolvedValue(unmaintained(2026))

    const wrapper = await mountPage()

    expect(wrapper.find('[data-test="status-tag"]').text()).toBe('未维护')
    expect(wrapper.find('[data-test="unmaintained-hint"]').text()).toContain('周一至周五')
    expect(wrapper.find('[data-test="provisional-warning"]').exists()).toBe(false)
    expect(tableRows(wrapper)).toHaveLength(0)
  })

  it('sends the edited year and shows what the server kept', async () => {
    get.mockResolvedValue(provisional2026)
    save.mockResolvedValue(maintained2026)
    const wrapper = await mountPage()

    wrapper.findComponent(ElSwitch).vm.$emit('update:modelValue', false)
    await wrapper.find('input[data-test="notice"]').setValue(' 国办发明电〔2025〕7号 ')
    await wrapper.find('[data-test="add-day"]').trigger('click')
    datePickers(wrapper)[2]!.vm.$emit('update:modelValue', '2026-01-04')
    wrapper.findAllComponents(ElSelect)[2]!.vm.$emit('update:modelValue', 'workday')
    await tableRows(wrapper)[2]!.find('input[data-test="day-name"]').setValue('元旦调休上班')
    expect(wrapper.find('[data-date="2026-01-04"]').classes()).toContain('rh-year__day--workday')

    await wrapper.find('[data-test="save"]').trigger('click')
    await flushPromises()

    expect(save).toHaveBeenCalledWith(2026, {
      notice: '国办发明电〔2025〕7号',
      provisional: false,
      days: [
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-02-17', kind: 'holiday', name: '春节' },
        { date: '2026-01-04', kind: 'workday', name: '元旦调休上班' },
      ],
    })
    expect(wrapper.find('[data-test="status-tag"]').text()).toBe('已维护')
    expect(wrapper.find('[data-test="status-notice"]').text()).toContain('国办发明电〔2025〕7号')
    expect(wrapper.find('[data-test="provisional-warning"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="dirty"]').exists()).toBe(false)
  })

  it('puts a server field error at the row it names', async () => {
    get.mockResolvedValue(maintained2026)
    save.mockRejectedValue(
      problemError({
        status: 400,
        title: '校验失败',
        errors: [{ field: 'days[1].date', message: '该日期与已办结事项的期限冲突' }],
      }),
    )
    const wrapper = await mountPage()

    await tableRows(wrapper)[1]!.find('input[data-test="day-name"]').setValue('元旦调休')
    await wrapper.find('[data-test="save"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() => {
      const rows = tableRows(wrapper)
      expect(rows[1]!.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '该日期与已办结事项的期限冲突',
      ])
      expect(rows[0]!.find('.el-form-item__error').exists()).toBe(false)
    })
    expect(wrapper.find('[data-test="error-summary"]').text()).toContain(
      '第 2 行 · 日期：该日期与已办结事项的期限冲突',
    )
  })

  it('checks the usual mistakes before sending', async () => {
    get.mockResolvedValue(unmaintained(2026))
    const wrapper = await mountPage()

    await wrapper.find('[data-test="add-day"]').trigger('click')
    datePickers(wrapper)[0]!.vm.$emit('update:modelValue', '2026-01-05')
    wrapper.findAllComponents(ElSelect)[0]!.vm.$emit('update:modelValue', 'workday')
    await flushPromises()
    await wrapper.find('[data-test="save"]').trigger('click')
    await flushPromises()

    expect(save).not.toHaveBeenCalled()
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '请填写通知文号（通知尚未发布时请打开“暂按法定节日”）',
        '调休上班只能是周六或周日',
        '请填写名称',
      ]),
    )
  })

  it('asks before leaving unsaved changes for another year', async () => {
    get.mockResolvedValue(provisional2026)
    const confirm = vi.spyOn(ElMessageBox, 'confirm')
    const wrapper = await mountPage()
    await tableRows(wrapper)[0]!.find('input[data-test="day-name"]').setValue('元旦节')

    confirm.mockRejectedValueOnce('cancel')
    await wrapper.find('[data-test="next-year"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(confirm.mock.calls[0]![0]).toBe('2026 年的修改尚未保存，离开后这些修改将丢失。')
    expect(get).toHaveBeenCalledTimes(1)
    expect(wrapper.findComponent(ElDatePicker).props('modelValue')).toBe('2026')

    get.mockResolvedValue(unmaintained(2027))
    confirm.mockResolvedValueOnce(CONFIRMED)
    await wrapper.find('[data-test="next-year"]').trigger('click')
    await flushPromises()
    expect(get).toHaveBeenLastCalledWith(2027)
    expect(wrapper.find('[data-test="status-tag"]').text()).toBe('未维护')

    // Nothing edited: no question.
    get.mockResolvedValue(provisional2026)
    await wrapper.find('[data-test="prev-year"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(get).toHaveBeenLastCalledWith(2026)
  })

  it('asks before leaving the page with unsaved changes', async () => {
    get.mockResolvedValue(provisional2026)
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    const wrapper = await mountPage()
    await wrapper.find('[data-test="add-day"]').trigger('click')

    await wrapper.router.push('/')
    expect(confirm).toHaveBeenCalledTimes(1)
    expect(wrapper.router.currentRoute.value.name).toBe('calendar')

    confirm.mockResolvedValueOnce(CONFIRMED)
    await wrapper.router.push('/')
    expect(wrapper.router.currentRoute.value.name).toBe('home')
  })

  it('offers a retry when the year cannot be loaded', async () => {
    get.mockRejectedValueOnce(problemError({ status: 500, detail: '服务器内部错误' }))
    get.mockResolvedValueOnce(provisional2026)
    const wrapper = await mountPage()

    expect(wrapper.find('[data-test="calendar-error"]').text()).toContain('服务器内部错误')
    expect(wrapper.find('[data-test="calendar-editor"]').exists()).toBe(false)

    await wrapper.find('[data-test="calendar-error"] button').trigger('click')
    await flushPromises()

    expect(tableRows(wrapper)).toHaveLength(2)
  })
})
