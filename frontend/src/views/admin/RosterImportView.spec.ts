import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { ElProgress, ElUpload, type UploadFile } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { rosterApi } from '@/api/admin'
import { i18n } from '@/locales'
import { badCheck, cleanCheck, counts, rosterImport, rowErrors } from '@/test/fixtures/admin'
import { admin, resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import RosterImportView from './RosterImportView.vue'

vi.mock('@/api/admin', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/admin')>()),
  rosterApi: { check: vi.fn(), start: vi.fn(), get: vi.fn(), list: vi.fn() },
}))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

enableAutoUnmount(afterEach)

const check = vi.mocked(rosterApi.check)
const start = vi.mocked(rosterApi.start)
const get = vi.mocked(rosterApi.get)
const list = vi.mocked(rosterApi.list)

async function mountView() {
  const app = setup(admin)
  await app.router.push('/admin/roster')
  const wrapper = mount(RosterImportView, { global: { plugins: [app.pinia, app.router, i18n] } })
  await flushPromises()
  return wrapper
}

type Wrapper = Awaited<ReturnType<typeof mountView>>

const roster = () => new File(['PK'], '名册.xlsx')

/** Chooses a file as the upload control would. */
async function choose(wrapper: Wrapper, file: File = roster()) {
  const onChange = wrapper.getComponent(ElUpload).props('onChange') as (f: UploadFile) => void
  onChange({ raw: file, name: file.name } as unknown as UploadFile)
  await flushPromises()
}

function count(wrapper: Wrapper, prefix: string, group: string, kind: string): string {
  return wrapper.get(`[data-test="${prefix}-${group}-${kind}"]`).text()
}

describe('RosterImportView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    check.mockReset()
    start.mockReset()
    get.mockReset()
    list.mockReset()
    list.mockResolvedValue([])
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('offers the template for download and nothing to import yet', async () => {
    const wrapper = await mountView()

    expect(wrapper.find('h1').text()).toBe('名册导入')
    const template = wrapper.get('[data-test="roster-template"]')
    expect(template.element.tagName).toBe('A')
    expect(template.attributes('href')).toBe('/api/admin/roster/template')
    expect(template.attributes('download')).toBe('人员名册模板.xlsx')
    expect(wrapper.findAll('.el-step__title').map((s) => s.text())).toEqual([
      '下载模板',
      '上传并检查',
      '导入',
    ])
    expect(wrapper.get('[data-test="roster-import"]').attributes('disabled')).toBeDefined()
    expect(wrapper.get('[data-test="roster-history-table"]').text()).toContain('暂无导入记录')
  })

  it('checks a chosen roster and shows what an import would do', async () => {
    check.mockResolvedValue(cleanCheck)
    const wrapper = await mountView()

    const file = roster()
    await choose(wrapper, file)

    expect(check).toHaveBeenCalledWith(file)
    expect(wrapper.get('[data-test="roster-file"]').text()).toContain('文件：名册.xlsx')
    expect(count(wrapper, 'check-counts', 'organisations', 'created')).toBe('1')
    expect(count(wrapper, 'check-counts', 'organisations', 'unchanged')).toBe('11')
    expect(count(wrapper, 'check-counts', 'people', 'created')).toBe('3')
    expect(count(wrapper, 'check-counts', 'people', 'updated')).toBe('1')
    expect(count(wrapper, 'check-counts', 'people', 'unchanged')).toBe('40')
    expect(wrapper.get('[data-test="check-counts"]').text()).toContain('新增')
    expect(wrapper.get('[data-test="roster-check-ok"]').text()).toContain('检查通过，可以导入')
    expect(wrapper.find('[data-test="roster-errors"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="roster-import"]').attributes('disabled')).toBeUndefined()
  })

  it('lists every wrong row and keeps the import closed', async () => {
    check.mockResolvedValue(badCheck)
    const wrapper = await mountView()

    await choose(wrapper)

    expect(wrapper.get('[data-test="roster-errors-alert"]').text()).toContain(
      '有 3 处错误，修正后重新上传；未导入任何数据',
    )
    const headers = wrapper
      .findAll('[data-test="roster-errors-table"] .el-table__header th')
      .map((th) => th.text())
    expect(headers).toEqual(['工作表', '行', '列', '问题'])
    const rows = wrapper.findAll('[data-test="roster-errors-table"] .el-table__body tr')
    expect(rows.map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['人员', '3', '公民身份号码', '公民身份号码校验位不正确'],
      ['人员', '4', '所在组织编码', '组织编码 no-such-org 不存在'],
      ['人员', '5', '姓名', '请填写姓名'],
    ])
    expect(wrapper.find('[data-test="roster-check-ok"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="roster-import"]').attributes('disabled')).toBeDefined()
  })

  it('refuses a file that is not .xlsx or larger than 5 MB before sending it', async () => {
    const wrapper = await mountView()

    await choose(wrapper, new File(['x'], '名册.xls'))
    expect(wrapper.get('[data-test="roster-file-error"]').text()).toContain('请选择 .xlsx 文件')

    const big = new File(['x'], '名册.xlsx')
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 })
    await choose(wrapper, big)
    expect(wrapper.get('[data-test="roster-file-error"]').text()).toContain('文件超过 5 MB')
    expect(check).not.toHaveBeenCalled()
  })

  it('says why the check failed', async () => {
    check.mockRejectedValue(
      problemError({
        status: 400,
        errors: [{ field: 'file', message: '文件不是有效的 xlsx 工作簿' }],
      }),
    )
    const wrapper = await mountView()

    await choose(wrapper)

    expect(wrapper.get('[data-test="roster-check-error"]').text()).toContain(
      '文件不是有效的 xlsx 工作簿',
    )
    expect(wrapper.get('[data-test="roster-import"]').attributes('disabled')).toBeDefined()
  })

  it('imports, following the progress every 500 ms until done, then shows the counts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    check.mockResolvedValue(cleanCheck)
    start.mockResolvedValue(rosterImport({ processed: 0 }))
    get.mockResolvedValueOnce(rosterImport({ processed: 2 })).mockResolvedValueOnce(
      rosterImport({
        status: 'done',
        processed: 4,
        organisations: counts(1),
        people: counts(3),
        finishedAt: '2026-05-20T01:30:02Z',
      }),
    )
    const done = rosterImport({
      status: 'done',
      processed: 4,
      organisations: counts(1),
      people: counts(3),
    })
    list.mockResolvedValueOnce([]).mockResolvedValue([done])
    const wrapper = await mountView()
    const file = roster()
    await choose(wrapper, file)

    await wrapper.get('[data-test="roster-import"]').trigger('click')
    await flushPromises()
    expect(start).toHaveBeenCalledWith(file)
    expect(wrapper.getComponent(ElProgress).props('percentage')).toBe(0)
    expect(wrapper.get('[data-test="roster-progress-text"]').text()).toContain('已处理 0 / 4 行')
    expect(wrapper.get('[data-test="roster-import"]').attributes('disabled')).toBeDefined()

    await vi.advanceTimersByTimeAsync(500)
    expect(get).toHaveBeenCalledWith(31)
    expect(wrapper.getComponent(ElProgress).props('percentage')).toBe(50)

    await vi.advanceTimersByTimeAsync(500)
    expect(get).toHaveBeenCalledTimes(2)
    expect(wrapper.getComponent(ElProgress).props('percentage')).toBe(100)
    expect(wrapper.getComponent(ElProgress).props('status')).toBe('success')
    expect(wrapper.get('[data-test="roster-done"]').text()).toContain('导入完成')
    expect(count(wrapper, 'import-counts', 'organisations', 'created')).toBe('1')
    expect(count(wrapper, 'import-counts', 'people', 'created')).toBe('3')

    // No more asking once done; the history shows the import.
    await vi.advanceTimersByTimeAsync(2000)
    expect(get).toHaveBeenCalledTimes(2)
    const history = wrapper.findAll('[data-test="roster-history-table"] .el-table__body tr')
    expect(history).toHaveLength(1)
    expect(history[0]!.text()).toContain('名册.xlsx')
    expect(history[0]!.text()).toContain('已完成')
    expect(history[0]!.text()).toContain('新增 3 · 更新 0 · 不变 0')
  })

  it('says a failed import imported nothing, with the reason', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    check.mockResolvedValue(cleanCheck)
    start.mockResolvedValue(rosterImport())
    get.mockResolvedValue(
      rosterImport({ status: 'failed', processed: 1, error: '第 3 行：组织编码重复' }),
    )
    const wrapper = await mountView()
    await choose(wrapper)

    await wrapper.get('[data-test="roster-import"]').trigger('click')
    await vi.advanceTimersByTimeAsync(500)

    const failed = wrapper.get('[data-test="roster-failed"]')
    expect(failed.text()).toContain('导入失败，未导入任何数据')
    expect(failed.text()).toContain('第 3 行：组织编码重复')
    expect(wrapper.getComponent(ElProgress).props('status')).toBe('exception')
  })

  it('shows the rows of an import the server refused (400 roster.invalid)', async () => {
    check.mockResolvedValue(cleanCheck)
    const refused = problemError({ status: 400, code: 'roster.invalid', title: 'Bad Request' })
    ;(refused.response!.data as Record<string, unknown>).rowErrors = rowErrors.slice(0, 1)
    start.mockRejectedValue(refused)
    const wrapper = await mountView()
    await choose(wrapper)

    await wrapper.get('[data-test="roster-import"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="roster-errors-alert"]').text()).toContain('有 1 处错误')
    expect(wrapper.get('[data-test="roster-errors-table"]').text()).toContain(
      '公民身份号码校验位不正确',
    )
    expect(wrapper.find('[data-test="roster-job"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="roster-import"]').attributes('disabled')).toBeDefined()
  })

  it('lists the latest imports with who started them and their counts', async () => {
    list.mockResolvedValue([
      rosterImport({
        status: 'done',
        processed: 4,
        people: counts(0, 0, 3),
        organisations: counts(0, 0, 1),
      }),
      rosterImport({ id: 30, status: 'failed', error: '数据库不可用' }),
    ])
    const wrapper = await mountView()

    const headers = wrapper
      .findAll('[data-test="roster-history-table"] .el-table__header th')
      .map((th) => th.text())
    expect(headers).toEqual(['文件', '导入人', '开始时间', '状态', '组织', '人员'])
    const rows = wrapper.findAll('[data-test="roster-history-table"] .el-table__body tr')
    expect(rows[0]!.text()).toContain('admin')
    expect(rows[0]!.text()).toContain('新增 0 · 更新 0 · 不变 3')
    expect(rows[1]!.get('[data-test="roster-history-status"]').text()).toBe('失败')
  })

  it('lists the errors and the imports as cards on a phone', async () => {
    phone.value = true
    check.mockResolvedValue(badCheck)
    list.mockResolvedValue([rosterImport({ status: 'done' })])
    const wrapper = await mountView()
    await choose(wrapper)

    expect(wrapper.find('[data-test="roster-errors-table"]').exists()).toBe(false)
    const errors = wrapper.findAll('[data-test="roster-error"]')
    expect(errors).toHaveLength(3)
    expect(errors[0]!.text()).toContain('人员 · 行 3 · 公民身份号码')
    expect(wrapper.get('[data-test="roster-history-cards"]').text()).toContain('已完成')
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    check.mockResolvedValue(badCheck)
    const wrapper = await mountView()
    await choose(wrapper)

    expect(wrapper.find('h1').text()).toBe('Roster import')
    expect(wrapper.get('[data-test="roster-errors-alert"]').text()).toContain(
      '3 errors: correct them and upload again; nothing has been imported',
    )
    expect(wrapper.get('[data-test="roster-import"]').text()).toBe('Import')
  })
})
