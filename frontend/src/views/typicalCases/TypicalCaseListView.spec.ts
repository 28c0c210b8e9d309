import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import {
  ElDatePicker,
  ElMessageBox,
  ElSelect,
  ElUpload,
  type MessageBoxData,
  type UploadRequestOptions,
} from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { CurrentUser } from '@/api/auth'
import type { TypicalCase } from '@/api/typicalCases'
import { i18n } from '@/locales'
import { bribeCase, localCase, noticePdf, typicalCasePage } from '@/test/fixtures/typicalCases'
import { resetLocale, setup, wangwei, zhangsan } from '@/test/helpers'
import {
  problemAnswer,
  restoreHttp,
  stubHttp,
  type StubHandler,
  type StubRequest,
} from '@/test/httpStub'
import TypicalCaseListView from './TypicalCaseListView.vue'

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

/** What `ElMessageBox.confirm` resolves with when the user confirms (its type cannot say so). */
const CONFIRMED = 'confirm' as unknown as MessageBoxData

/** A member of the discipline commission: the only one who writes to the library. */
const zhaolei: CurrentUser = {
  username: 'zhaolei',
  displayName: '赵磊',
  roles: ['discipline', 'staff'],
  branch: { id: 2, name: '机关纪委' },
  passwordMustChange: false,
}

/** The server's answers by request; each spec may replace one. */
let answers: Record<string, StubHandler>
let requests: StubRequest[]

function serve() {
  requests = stubHttp((request) => {
    const key = `${request.method} ${request.url}`
    const handler = answers[key] ?? answers[request.method]
    if (!handler) return { status: 404, data: { status: 404, detail: `no stub for ${key}` } }
    return handler(request)
  })
}

const lists = () => requests.filter((r) => r.method === 'GET' && r.url === '/api/typical-cases')
const writes = () => requests.filter((r) => r.method !== 'GET')

/**
 * The page at `url`. Element Plus renders a date picker's panel up front, slowly in happy-dom:
 * the picker is stubbed and the specs set its value as the picker would. Transitions run, as the
 * drawer says it closed once its leave transition starts.
 */
async function mountAt(url: string, user: CurrentUser = zhangsan) {
  const app = setup(user)
  await app.router.push(url)
  const wrapper = mount(TypicalCaseListView, {
    global: {
      plugins: [app.pinia, app.router, i18n],
      stubs: { ElDatePicker: true, transition: false },
    },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

function rows(wrapper: VueWrapper) {
  return wrapper.findAll('[data-test="case-table"] .el-table__body tr')
}

function selectIn(wrapper: VueWrapper, test: string) {
  const select = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-test') === test)
  if (!select) throw new Error(`no select ${test}`)
  return select
}

/** The form item holding the control marked `test`. */
function formItem(wrapper: VueWrapper, test: string) {
  const item = wrapper
    .findAll('[data-test="case-form"] .el-form-item')
    .find((i) => i.find(`[data-test="${test}"]`).exists())
  if (!item) throw new Error(`no form item with ${test}`)
  return item
}

async function openFirstCase(wrapper: VueWrapper) {
  await rows(wrapper)[0]!.find('td').trigger('click')
  await flushPromises()
  return wrapper.get('[data-test="case-drawer"]')
}

/** Hands `file` to the drawer's upload control as Element Plus does once it is picked. */
async function sendFile(wrapper: VueWrapper, file: File) {
  const upload = wrapper.getComponent(ElUpload)
  expect(upload.attributes('data-test')).toBe('case-file-upload')
  const httpRequest = upload.props('httpRequest') as (o: UploadRequestOptions) => Promise<void>
  await httpRequest({ file } as unknown as UploadRequestOptions)
  await flushPromises()
}

async function fillNewCase(wrapper: VueWrapper) {
  await wrapper.get('[data-test="case-new"]').trigger('click')
  await flushPromises()
  await wrapper.get('input[data-test="case-title"]').setValue('  某庭原庭长泄露合议庭评议情况案  ')
  await wrapper.get('textarea[data-test="case-summary-input"]').setValue('事实一。\n事实二。\n')
  selectIn(wrapper, 'case-type').vm.$emit('update:modelValue', 'leak')
  await wrapper.get('input[data-test="case-source"]').setValue('省纪委监委')
  wrapper.getComponent(ElDatePicker).vm.$emit('update:modelValue', '2026-05-20')
  await wrapper.get('[data-test="case-local"]').trigger('click')
  await flushPromises()
}

describe('TypicalCaseListView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-06-15T08:00:00+08:00'))
    answers = { GET: () => ({ status: 200, data: typicalCasePage([localCase, bribeCase]) }) }
    serve()
  })

  afterEach(() => {
    vi.useRealTimers()
    restoreHttp()
  })

  it('lists the cases with the 本地 tag, the violation type, source and date', async () => {
    const { wrapper } = await mountAt('/typical-cases')

    expect(lists().map((r) => r.params)).toEqual([{ page: 1, size: 20 }])
    expect(wrapper.find('h1').text()).toBe('典型案例库')
    expect(wrapper.find('.rh-cases__intro').text()).toBe(
      '纪检部门通报的典型案例，供警示教育使用，本地案例优先。',
    )
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual(['案例', '违纪类型', '通报来源', '通报日期'])
    const [local, national] = rows(wrapper)
    expect(local!.findAll('td').map((td) => td.text())).toEqual([
      '某区法院执行局原副局长违规干预执行案件本地',
      '违规干预插手案件',
      '市纪委监委',
      '2026-03-18',
    ])
    expect(local!.find('[data-test="local-tag"]').text()).toBe('本地')
    expect(national!.find('[data-test="local-tag"]').exists()).toBe(false)
    expect(national!.find('[data-test="type-tag"]').text()).toBe('受贿行贿')
  })

  it('asks for the search, type and page written in the address', async () => {
    const { wrapper } = await mountAt('/typical-cases?q=干预&type=interference&page=2')

    expect(lists().map((r) => r.params)).toEqual([
      { q: '干预', type: 'interference', page: 2, size: 20 },
    ])
    expect(selectIn(wrapper, 'type-filter').props('modelValue')).toBe('interference')
    expect(wrapper.get<HTMLInputElement>('input[data-test="case-search"]').element.value).toBe(
      '干预',
    )
  })

  it('ignores a type it does not know', async () => {
    await mountAt('/typical-cases?type=gossip')

    expect(lists().map((r) => r.params)).toEqual([{ page: 1, size: 20 }])
  })

  it('puts the type and, once typing rests, the search into the address, from page one', async () => {
    const { wrapper, router } = await mountAt('/typical-cases?page=3')

    const select = selectIn(wrapper, 'type-filter')
    const options = select.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))
    expect(options).toEqual([
      '全部类型',
      '违规干预插手案件',
      '受贿行贿',
      '失职渎职',
      '泄露审判工作秘密',
      '违反中央八项规定精神',
      '其他',
    ])
    select.vm.$emit('update:modelValue', 'bribery')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ type: 'bribery' })
    expect(lists().at(-1)!.params).toEqual({ type: 'bribery', page: 1, size: 20 })

    await wrapper.get('input[data-test="case-search"]').setValue('收受')
    await wrapper.get('input[data-test="case-search"]').setValue('收受财物 ')
    expect(router.currentRoute.value.query).toEqual({ type: 'bribery' })
    await vi.waitFor(() =>
      expect(router.currentRoute.value.query).toEqual({ type: 'bribery', q: '收受财物' }),
    )
    await flushPromises()
    expect(lists().map((r) => r.params)).toEqual([
      { page: 3, size: 20 },
      { type: 'bribery', page: 1, size: 20 },
      { q: '收受财物', type: 'bribery', page: 1, size: 20 },
    ])

    // 全部类型 goes back to every type.
    selectIn(wrapper, 'type-filter').vm.$emit('update:modelValue', '')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '收受财物' })
  })

  it('pages through the address', async () => {
    answers.GET = () => ({ status: 200, data: typicalCasePage([localCase], 45) })
    const { wrapper, router } = await mountAt('/typical-cases?type=interference')

    expect(wrapper.find('.el-pagination__total').text()).toContain('45')
    await wrapper.find('.el-pager li:nth-child(2)').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ type: 'interference', page: '2' })
    expect(lists().at(-1)!.params).toEqual({ type: 'interference', page: 2, size: 20 })
  })

  it('opens a case in a drawer with its whole summary as plain text, line breaks kept', async () => {
    const marked: TypicalCase = { ...localCase, summary: '第一段<b>加粗</b>\n第二段' }
    answers.GET = () => ({ status: 200, data: typicalCasePage([marked]) })
    const { wrapper } = await mountAt('/typical-cases')

    const drawer = await openFirstCase(wrapper)

    expect(drawer.text()).toContain('某区法院执行局原副局长违规干预执行案件')
    expect(drawer.get('[data-test="case-notified"]').text()).toBe('市纪委监委 · 2026-03-18 通报')
    const summary = drawer.get('[data-test="case-summary"]')
    expect(summary.element.textContent).toBe('第一段<b>加粗</b>\n第二段')
    expect(summary.find('b').exists()).toBe(false)

    await drawer.get('.el-drawer__close-btn').trigger('click')
    await flushPromises()
    expect(wrapper.getComponent({ name: 'ElDrawer' }).props('modelValue')).toBe(false)
  })

  it('lists a case’s files in its drawer as download links with their size', async () => {
    const { wrapper } = await mountAt('/typical-cases')

    const drawer = await openFirstCase(wrapper)

    const files = drawer.findAll('[data-test="case-file"]')
    expect(files).toHaveLength(1)
    const link = files[0]!.get('a')
    expect(link.attributes('href')).toBe('/api/typical-case-files/41')
    expect(link.attributes('download')).toBe('通报.pdf')
    expect(link.text()).toBe('通报.pdf')
    expect(files[0]!.text()).toContain('240 KB')
    expect(drawer.get('[data-test="case-files"] h3').text()).toBe('附件')
  })

  it('says a case has no files', async () => {
    answers.GET = () => ({ status: 200, data: typicalCasePage([bribeCase]) })
    const { wrapper } = await mountAt('/typical-cases')

    const drawer = await openFirstCase(wrapper)

    expect(drawer.find('[data-test="case-file"]').exists()).toBe(false)
    expect(drawer.get('[data-test="case-files-empty"]').text()).toBe('暂无附件')
  })

  it('lets the discipline commission upload a file as multipart, and shows it', async () => {
    const added = { ...noticePdf, id: 42, fileName: '警示教育.pptx', sizeBytes: 3_145_728 }
    answers['POST /api/typical-cases/12/files'] = () => ({ status: 201, data: added })
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await openFirstCase(wrapper)
    const file = new File(['PK'], '警示教育.pptx')

    expect(wrapper.getComponent(ElUpload).props('accept')).toContain('.ofd')
    await sendFile(wrapper, file)

    expect(writes().map((r) => [r.method, r.url])).toEqual([
      ['POST', '/api/typical-cases/12/files'],
    ])
    const body = writes()[0]!.body
    expect(body).toBeInstanceOf(FormData)
    expect((body as FormData).get('file')).toBeInstanceOf(File)
    expect(((body as FormData).get('file') as File).name).toBe('警示教育.pptx')
    const files = wrapper.findAll('[data-test="case-drawer"] [data-test="case-file"]')
    expect(files.map((f) => f.get('a').attributes('href'))).toEqual([
      '/api/typical-case-files/41',
      '/api/typical-case-files/42',
    ])
    expect(files[1]!.text()).toContain('3.0 MB')
    expect(lists()).toHaveLength(2)
  })

  it('shows the server’s reason when it refuses a file, and keeps the files as they were', async () => {
    answers['POST /api/typical-cases/12/files'] = () =>
      problemAnswer({
        status: 400,
        title: 'Bad Request',
        errors: [{ field: 'file', message: '不支持的文件类型：exe' }],
      })
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await openFirstCase(wrapper)

    await sendFile(wrapper, new File(['MZ'], 'setup.exe'))

    expect(wrapper.get('[data-test="upload-error"]').text()).toContain('不支持的文件类型：exe')
    expect(wrapper.findAll('[data-test="case-drawer"] [data-test="case-file"]')).toHaveLength(1)
    expect(lists()).toHaveLength(1)
  })

  it('deletes a file only once confirmed', async () => {
    answers.DELETE = () => ({ status: 204 })
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await openFirstCase(wrapper)

    await wrapper.get('[data-test="case-file-delete"]').trigger('click')
    await flushPromises()
    expect(confirm.mock.calls[0]![0]).toBe('确定删除附件“通报.pdf”？')
    expect(writes()).toEqual([])

    confirm.mockResolvedValueOnce(CONFIRMED)
    await wrapper.get('[data-test="case-file-delete"]').trigger('click')
    await flushPromises()

    expect(writes().map((r) => [r.method, r.url])).toEqual([
      ['DELETE', '/api/typical-case-files/41'],
    ])
    expect(wrapper.find('[data-test="case-drawer"] [data-test="case-file"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="case-files-empty"]').text()).toBe('暂无附件')
    expect(lists()).toHaveLength(2)
  })

  it('shows no write controls to anyone outside the discipline commission', async () => {
    for (const user of [zhangsan, wangwei]) {
      const { wrapper } = await mountAt('/typical-cases', user)

      expect(wrapper.find('[data-test="case-new"]').exists()).toBe(false)
      const drawer = await openFirstCase(wrapper)
      expect(drawer.text()).toContain('某区法院执行局原副局长违规干预执行案件')
      expect(wrapper.find('[data-test="case-edit"]').exists()).toBe(false)
      expect(wrapper.find('[data-test="case-withdraw"]').exists()).toBe(false)
      expect(wrapper.find('[data-test="case-form"]').exists()).toBe(false)
      expect(drawer.find('[data-test="case-file"] a').attributes('href')).toBe(
        '/api/typical-case-files/41',
      )
      expect(wrapper.findComponent(ElUpload).exists()).toBe(false)
      expect(wrapper.find('[data-test="case-file-upload"]').exists()).toBe(false)
      expect(wrapper.find('[data-test="case-file-delete"]').exists()).toBe(false)
      wrapper.unmount()
    }
    expect(writes()).toEqual([])
  })

  it('lets the discipline commission enter a case, sending exactly its six fields', async () => {
    answers.POST = ({ body }) => ({
      status: 201,
      data: { ...localCase, ...(body as object), id: 30 },
    })
    const { wrapper } = await mountAt('/typical-cases', zhaolei)

    await fillNewCase(wrapper)
    await wrapper.get('[data-test="case-save"]').trigger('click')
    await flushPromises()

    expect(writes()).toEqual([
      {
        method: 'POST',
        url: '/api/typical-cases',
        params: undefined,
        body: {
          title: '某庭原庭长泄露合议庭评议情况案',
          summary: '事实一。\n事实二。',
          violationType: 'leak',
          source: '省纪委监委',
          notifiedOn: '2026-05-20',
          localCase: true,
        },
      },
    ])
    expect(lists()).toHaveLength(2)
    expect(wrapper.getComponent({ name: 'ElDialog' }).props('modelValue')).toBe(false)
  })

  it('offers only days up to today for the notified date', async () => {
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await wrapper.get('[data-test="case-new"]').trigger('click')
    await flushPromises()

    const picker = wrapper.getComponent(ElDatePicker)
    expect(picker.props('valueFormat')).toBe('YYYY-MM-DD')
    const disabled = picker.props('disabledDate') as (d: Date) => boolean
    expect(disabled(new Date(2026, 5, 15))).toBe(false)
    expect(disabled(new Date(2026, 5, 16))).toBe(true)
  })

  it('says which fields are missing before sending anything', async () => {
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await wrapper.get('[data-test="case-new"]').trigger('click')
    await flushPromises()

    await wrapper.get('[data-test="case-save"]').trigger('click')
    await flushPromises()

    expect(writes()).toEqual([])
    await vi.waitFor(() =>
      expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
        '请填写标题',
        '请选择违纪类型',
        '请选择通报日期',
        '请填写通报来源',
        '请填写案情摘要',
      ]),
    )
  })

  it('puts the server’s field error under its field and keeps the form open', async () => {
    answers.POST = () =>
      problemAnswer({
        status: 400,
        title: 'Bad Request',
        errors: [{ field: 'source', message: '通报来源不能超过200个字符' }],
      })
    const { wrapper } = await mountAt('/typical-cases', zhaolei)

    await fillNewCase(wrapper)
    await wrapper.get('[data-test="case-save"]').trigger('click')
    await flushPromises()

    await vi.waitFor(() =>
      expect(formItem(wrapper, 'case-source').find('.el-form-item__error').text()).toBe(
        '通报来源不能超过200个字符',
      ),
    )
    expect(wrapper.findAll('.el-form-item__error')).toHaveLength(1)
    expect(wrapper.find('[data-test="case-form-error"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="case-form"]').isVisible()).toBe(true)
    expect(lists()).toHaveLength(1)
  })

  it('says a refusal without field errors above the form', async () => {
    answers.POST = () => problemAnswer({ status: 403, detail: '只有机关纪委可以维护典型案例' })
    const { wrapper } = await mountAt('/typical-cases', zhaolei)

    await fillNewCase(wrapper)
    await wrapper.get('[data-test="case-save"]').trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-test="case-form-error"]').text()).toBe('只有机关纪委可以维护典型案例')
  })

  it('corrects a case from its drawer with PUT, the form filled in', async () => {
    answers.PUT = ({ body }) => ({ status: 200, data: { ...localCase, ...(body as object) } })
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await openFirstCase(wrapper)

    await wrapper.get('[data-test="case-edit"]').trigger('click')
    await flushPromises()
    const title = wrapper.get<HTMLInputElement>('input[data-test="case-title"]')
    expect(title.element.value).toBe(localCase.title)
    expect(selectIn(wrapper, 'case-type').props('modelValue')).toBe('interference')
    await title.setValue('某区法院执行局原副局长违规干预执行案（更正）')
    await wrapper.get('[data-test="case-save"]').trigger('click')
    await flushPromises()

    expect(writes()).toEqual([
      {
        method: 'PUT',
        url: '/api/typical-cases/12',
        params: undefined,
        body: {
          title: '某区法院执行局原副局长违规干预执行案（更正）',
          summary: localCase.summary,
          violationType: 'interference',
          source: '市纪委监委',
          notifiedOn: '2026-03-18',
          localCase: true,
        },
      },
    ])
    expect(wrapper.get('[data-test="case-drawer"]').text()).toContain('（更正）')
    expect(lists()).toHaveLength(2)
  })

  it('withdraws a case only once confirmed, then reloads the list', async () => {
    answers.DELETE = () => ({ status: 204 })
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    const { wrapper } = await mountAt('/typical-cases', zhaolei)
    await openFirstCase(wrapper)

    await wrapper.get('[data-test="case-withdraw"]').trigger('click')
    await flushPromises()
    expect(confirm).toHaveBeenCalledOnce()
    expect(confirm.mock.calls[0]![0]).toBe(
      '撤下后，“某区法院执行局原副局长违规干预执行案件”不再在案例库中显示，案例记录仍予保留。',
    )
    expect(writes()).toEqual([])

    answers.GET = () => ({ status: 200, data: typicalCasePage([bribeCase]) })
    confirm.mockResolvedValueOnce(CONFIRMED)
    await wrapper.get('[data-test="case-withdraw"]').trigger('click')
    await flushPromises()

    expect(writes().map((r) => [r.method, r.url])).toEqual([['DELETE', '/api/typical-cases/12']])
    expect(lists()).toHaveLength(2)
    expect(rows(wrapper)).toHaveLength(1)
    expect(wrapper.getComponent({ name: 'ElDrawer' }).props('modelValue')).toBe(false)
  })

  it('says so when no case matches', async () => {
    answers.GET = () => ({ status: 200, data: typicalCasePage([]) })

    const { wrapper } = await mountAt('/typical-cases?q=不存在')

    expect(wrapper.get('[data-test="cases-empty"]').text()).toContain('没有符合条件的案例')
  })

  it('shows the server’s explanation when the list cannot be loaded, and tries again', async () => {
    answers.GET = () => problemAnswer({ status: 400, detail: 'type 取值无效' })
    const { wrapper } = await mountAt('/typical-cases')

    expect(wrapper.get('[data-test="cases-error"]').text()).toContain('type 取值无效')
    expect(wrapper.find('[data-test="case-table"]').exists()).toBe(false)

    answers.GET = () => ({ status: 200, data: typicalCasePage([bribeCase]) })
    await wrapper.get('[data-test="cases-error"] button').trigger('click')
    await flushPromises()
    expect(rows(wrapper)).toHaveLength(1)
  })

  it('shows cards on a phone, and the drawer full width', async () => {
    phone.value = true
    const { wrapper } = await mountAt('/typical-cases')

    expect(wrapper.find('[data-test="case-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-test="case-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.find('[data-test="local-tag"]').text()).toBe('本地')
    expect(cards[1]!.text()).toContain('中央纪委国家监委 · 2026-01-09 通报')

    await cards[0]!.trigger('click')
    await flushPromises()
    expect(wrapper.getComponent({ name: 'ElDrawer' }).props('size')).toBe('100%')
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt('/typical-cases', zhaolei)

    expect(wrapper.find('h1').text()).toBe('Typical cases')
    expect(wrapper.get('[data-test="case-new"]').text()).toBe('New case')
    const [local, national] = rows(wrapper)
    expect(local!.find('[data-test="local-tag"]').text()).toBe('Local')
    expect(local!.find('[data-test="type-tag"]').text()).toBe('Interfering in cases')
    expect(national!.find('[data-test="type-tag"]').text()).toBe('Bribery')
  })
})
