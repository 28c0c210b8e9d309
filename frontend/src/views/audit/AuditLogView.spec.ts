import { enableAutoUnmount, flushPromises } from '@vue/test-utils'
import { ElAutocomplete, ElDatePicker, ElPagination } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { auditApi } from '@/api/audit'
import type { CurrentUser } from '@/api/auth'
import { i18n } from '@/locales'
import { auditor, auditPage, broken, clueRead, intact, login } from '@/test/fixtures/audit'
import { admin, mountWith, resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import AuditLogView from './AuditLogView.vue'

vi.mock('@/api/audit', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/audit')>()),
  auditApi: { events: vi.fn(), integrity: vi.fn() },
}))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

enableAutoUnmount(afterEach)

const events = vi.mocked(auditApi.events)
const integrity = vi.mocked(auditApi.integrity)

async function mountAt(url: string, user: CurrentUser = auditor) {
  const app = setup(user)
  await app.router.push(url)
  const wrapper = mountWith(AuditLogView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function rows(wrapper: Wrapper) {
  return wrapper.findAll('.el-table__body tr')
}

describe('AuditLogView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    events.mockReset()
    integrity.mockReset()
  })

  it('lists the newest events with time, account, action, object, detail and address', async () => {
    events.mockResolvedValue(auditPage([clueRead, login]))

    const { wrapper } = await mountAt('/audit')

    expect(events).toHaveBeenCalledExactlyOnceWith({ page: 1, size: 50 })
    expect(wrapper.find('h1').text()).toBe('审计日志')
    expect(wrapper.find('[data-test="audit-note"]').text()).toBe(
      '查阅、导出和核验均会记入审计日志。',
    )
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual(['时间（北京时间）', '账号', '操作', '对象', '详情', '来源地址'])
    const [first, second] = rows(wrapper)
    expect(first!.findAll('td').map((td) => td.text())).toEqual([
      '2026-05-20 09:30:15',
      expect.stringMatching(/^赵磊\s*zhaolei$/),
      'discipline-clue.read',
      expect.stringMatching(/^discipline_clue\s*17$/),
      '查看问题线索 纪线〔2026〕17号',
      '10.8.0.21',
    ])
    expect(first!.find('[data-test="event-action"]').element.tagName).toBe('CODE')
    // Past midnight in Beijing, whatever the browser's zone; what is missing shows a dash.
    expect(second!.find('[data-test="event-time"]').text()).toBe('2026-05-20 00:05:09')
    expect(second!.find('[data-test="event-object"]').text()).toBe('user')
    expect(second!.find('[data-test="event-detail"]').text()).toBe('—')
    expect(second!.find('[data-test="event-remote"]').text()).toBe('—')
    expect(wrapper.find('[data-test="audit-total"]').text()).toBe('共 2 条')
  })

  it('says so when no event matches', async () => {
    events.mockResolvedValue(auditPage([]))

    const { wrapper } = await mountAt('/audit?actor=nobody')

    expect(wrapper.find('.el-table__empty-text').text()).toBe('没有符合条件的审计记录')
  })

  it('asks for the filters written in the address and shows them in the form', async () => {
    events.mockResolvedValue(auditPage([clueRead], 120, 2))

    const { wrapper } = await mountAt(
      '/audit?actor=zhaolei&action=discipline-clue.&objectType=discipline_clue&objectId=17' +
        '&from=2026-05-01&to=2026-05-31&page=2',
    )

    expect(events).toHaveBeenCalledWith({
      actor: 'zhaolei',
      action: 'discipline-clue.',
      objectType: 'discipline_clue',
      objectId: '17',
      from: '2026-05-01',
      to: '2026-05-31',
      page: 2,
      size: 50,
    })
    expect((wrapper.get('input[data-test="filter-actor"]').element as HTMLInputElement).value).toBe(
      'zhaolei',
    )
    expect(wrapper.getComponent(ElDatePicker).props('modelValue')).toEqual([
      '2026-05-01',
      '2026-05-31',
    ])
    expect(wrapper.getComponent(ElPagination).props('currentPage')).toBe(2)
  })

  it('exports the applied filters, without the paging, as Excel', async () => {
    events.mockResolvedValue(auditPage([clueRead]))

    const { wrapper } = await mountAt('/audit?action=auth.&from=2026-05-01&to=2026-05-31&page=3')

    const link = wrapper.get('[data-test="export"]')
    expect(link.element.tagName).toBe('A')
    expect(link.attributes('href')).toBe(
      '/api/audit/events/export?action=auth.&from=2026-05-01&to=2026-05-31',
    )
    expect(link.text()).toBe('导出 Excel')
  })

  it('warns instead of downloading when more events match than one export holds', async () => {
    events.mockResolvedValue(auditPage([clueRead], 12_345))
    const { wrapper } = await mountAt('/audit')

    const click = new MouseEvent('click', { cancelable: true, bubbles: true })
    wrapper.get('[data-test="export"]').element.dispatchEvent(click)
    await flushPromises()

    expect(click.defaultPrevented).toBe(true)
    expect(wrapper.get('[data-test="export-notice"]').text()).toContain(
      '共 12345 条，超过单次导出上限 10000 条，请缩小时间范围或增加条件',
    )
  })

  it('puts the typed filters into the address on 查询 and asks again from page one', async () => {
    events.mockResolvedValue(auditPage([clueRead], 120))
    const { wrapper, router } = await mountAt('/audit?page=3')

    await wrapper.get('input[data-test="filter-actor"]').setValue(' zhaolei ')
    wrapper.getComponent(ElAutocomplete).vm.$emit('update:modelValue', 'discipline-clue.')
    await wrapper.get('input[data-test="filter-object-type"]').setValue('discipline_clue')
    await wrapper.get('input[data-test="filter-object-id"]').setValue('17')
    wrapper.getComponent(ElDatePicker).vm.$emit('update:modelValue', ['2026-05-01', '2026-05-31'])
    await flushPromises()
    expect(events).toHaveBeenCalledTimes(1)

    await wrapper.get('[data-test="audit-filters"]').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({
      actor: 'zhaolei',
      action: 'discipline-clue.',
      objectType: 'discipline_clue',
      objectId: '17',
      from: '2026-05-01',
      to: '2026-05-31',
    })
    expect(events).toHaveBeenLastCalledWith({
      actor: 'zhaolei',
      action: 'discipline-clue.',
      objectType: 'discipline_clue',
      objectId: '17',
      from: '2026-05-01',
      to: '2026-05-31',
      page: 1,
      size: 50,
    })
  })

  it('searches again with the same filters, and 重置 clears them all', async () => {
    events.mockResolvedValue(auditPage([clueRead]))
    const { wrapper, router } = await mountAt('/audit?actor=zhaolei')

    await wrapper.get('[data-test="audit-filters"]').trigger('submit')
    await flushPromises()
    expect(events).toHaveBeenCalledTimes(2)

    await wrapper.get('[data-test="reset"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({})
    expect(events).toHaveBeenLastCalledWith({ page: 1, size: 50 })
    expect((wrapper.get('input[data-test="filter-actor"]').element as HTMLInputElement).value).toBe(
      '',
    )
  })

  it('offers common action beginnings with what they cover', async () => {
    events.mockResolvedValue(auditPage([]))
    const { wrapper } = await mountAt('/audit')

    type Suggest = (q: string, cb: (s: { value: string; hint: string }[]) => void) => void
    const fetch = (wrapper.getComponent(ElAutocomplete).props() as Record<string, unknown>)
      .fetchSuggestions as Suggest
    const offered: { value: string; hint: string }[][] = []
    fetch('', (s) => offered.push(s))
    fetch('disc', (s) => offered.push(s))
    fetch('附件', (s) => offered.push(s))

    expect(offered[0]!.map((s) => s.value)).toEqual([
      'auth.',
      'task.',
      'case.',
      'attachment.',
      'discipline-clue.',
      'report.',
      'audit.',
    ])
    expect(offered[1]).toEqual([{ value: 'discipline-clue.', hint: '问题线索' }])
    expect(offered[2]).toEqual([{ value: 'attachment.', hint: '附件' }])
  })

  it('turns the page through the address, keeping the filters', async () => {
    events.mockResolvedValue(auditPage([clueRead], 120))
    const { wrapper, router } = await mountAt('/audit?actor=zhaolei')

    wrapper.getComponent(ElPagination).vm.$emit('current-change', 2)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ actor: 'zhaolei', page: '2' })
    expect(events).toHaveBeenLastCalledWith({ actor: 'zhaolei', page: 2, size: 50 })

    wrapper.getComponent(ElPagination).vm.$emit('size-change', 200)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ actor: 'zhaolei', size: '200' })
    expect(events).toHaveBeenLastCalledWith({ actor: 'zhaolei', page: 1, size: 200 })
  })

  it('shows the server’s complaint about `to` by the date picker', async () => {
    events.mockRejectedValue(
      problemError({
        status: 400,
        title: 'Bad Request',
        errors: [{ field: 'to', message: '结束日期不能早于开始日期' }],
      }),
    )

    const { wrapper } = await mountAt('/audit?from=2026-05-31&to=2026-05-01')

    expect(wrapper.get('[data-test="filter-dates-item"] .el-form-item__error').text()).toBe(
      '结束日期不能早于开始日期',
    )
    expect(wrapper.get('[data-test="audit-invalid"]').text()).toBe('查询条件有误，请修改后重试')
    expect(rows(wrapper)).toHaveLength(0)
  })

  it('shows a refusal without fields in the alert', async () => {
    events.mockRejectedValue(problemError({ status: 400, detail: '参数有误' }))

    const { wrapper } = await mountAt('/audit')

    expect(wrapper.get('[data-test="audit-invalid"]').text()).toContain('参数有误')
  })

  it('says who may read the log when the server refuses (403)', async () => {
    events.mockRejectedValue(
      problemError({ status: 403, detail: '只有安全审计员可以查阅审计日志' }),
    )

    const { wrapper } = await mountAt('/audit')

    expect(wrapper.get('[data-test="audit-no-access"]').text()).toContain(
      '只有安全审计员可以查阅审计日志',
    )
    expect(wrapper.find('[data-test="audit-table"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="export"]').exists()).toBe(false)
  })

  it('offers a retry when the log could not be loaded', async () => {
    events.mockRejectedValueOnce(problemError({ status: 500, detail: '数据库不可用' }))
    events.mockResolvedValueOnce(auditPage([clueRead]))

    const { wrapper } = await mountAt('/audit')
    expect(wrapper.get('[data-test="audit-error"]').text()).toContain('数据库不可用')

    await wrapper.get('[data-test="audit-error"] button').trigger('click')
    await flushPromises()
    expect(rows(wrapper)).toHaveLength(1)
  })

  it('reports an intact chain with its sealed and unsealed counts', async () => {
    events.mockResolvedValue(auditPage([]))
    integrity.mockResolvedValue(intact)
    const { wrapper } = await mountAt('/audit')

    await wrapper.get('[data-test="integrity-check"]').trigger('click')
    await flushPromises()

    expect(integrity).toHaveBeenCalledOnce()
    const alert = wrapper.get('[data-test="integrity-intact"]')
    expect(wrapper.find('.el-alert--success').exists()).toBe(true)
    expect(alert.text()).toContain('审计日志完整，未发现篡改')
    expect(alert.text()).toContain('已封存 1280 条，待封存 3 条')
    expect(wrapper.find('[data-test="integrity-broken"]').exists()).toBe(false)
  })

  it('reports a broken chain with the first broken seal and the reason', async () => {
    events.mockResolvedValue(auditPage([]))
    integrity.mockResolvedValue(broken)
    const { wrapper } = await mountAt('/audit')

    await wrapper.get('[data-test="integrity-check"]').trigger('click')
    await flushPromises()

    const alert = wrapper.get('[data-test="integrity-broken"]')
    expect(wrapper.find('.el-alert--error').exists()).toBe(true)
    expect(alert.text()).toContain('第 917 号封存处校验失败')
    expect(alert.text()).toContain('第 917 条封存的哈希与记录不符')
    expect(wrapper.find('[data-test="integrity-intact"]').exists()).toBe(false)
  })

  it('says when the integrity check itself failed', async () => {
    events.mockResolvedValue(auditPage([]))
    integrity.mockRejectedValue(problemError({ status: 500, detail: '数据库不可用' }))
    const { wrapper } = await mountAt('/audit')

    await wrapper.get('[data-test="integrity-check"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="integrity-error"]').text()).toContain('数据库不可用')
  })

  it('shows cards instead of the table on a phone', async () => {
    phone.value = true
    events.mockResolvedValue(auditPage([clueRead, login]))

    const { wrapper } = await mountAt('/audit')

    expect(wrapper.find('[data-test="audit-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-test="audit-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.text()).toContain('discipline-clue.read')
    expect(cards[0]!.text()).toContain('2026-05-20 09:30:15')
    expect(cards[0]!.text()).toContain('赵磊（zhaolei）')
    expect(cards[0]!.text()).toContain('discipline_clue · 17')
    expect(cards[0]!.text()).toContain('10.8.0.21')
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    events.mockResolvedValue(auditPage([clueRead], 1))
    integrity.mockResolvedValue(broken)

    const { wrapper } = await mountAt('/audit')

    expect(wrapper.find('h1').text()).toBe('Audit log')
    expect(wrapper.find('[data-test="audit-note"]').text()).toBe(
      'Searching, exporting and checking are recorded in the audit log too.',
    )
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual([
      'Time (Beijing)',
      'Account',
      'Action',
      'Object',
      'Detail',
      'Source address',
    ])
    expect(wrapper.get('[data-test="search"]').text()).toBe('Search')
    expect(wrapper.get('[data-test="reset"]').text()).toBe('Reset')
    expect(wrapper.get('[data-test="export"]').text()).toBe('Export to Excel')
    expect(wrapper.get('[data-test="audit-total"]').text()).toBe('1 events')

    await wrapper.get('[data-test="integrity-check"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="integrity-broken"]').text()).toContain(
      'seal no. 917 does not verify',
    )
  })
})

describe('the audit route', () => {
  it('opens for the auditor and sends anyone else home, the admin too (三员分立)', async () => {
    const forAuditor = setup(auditor)
    await forAuditor.router.push('/audit')
    expect(forAuditor.router.currentRoute.value.name).toBe('audit')

    const forAdmin = setup(admin)
    await forAdmin.router.push('/audit')
    expect(forAdmin.router.currentRoute.value.name).toBe('home')
  })
})
