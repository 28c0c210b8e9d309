import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reportsApi, type ReportDetail } from '@/api/reports'
import { i18n } from '@/locales'
import { acceptedReport, returnedReport } from '@/test/fixtures/reports'
import { resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import ReportDetailView from './ReportDetailView.vue'

vi.mock('@/api/reports', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/reports')>()),
  reportsApi: { matrix: vi.fn(), get: vi.fn() },
}))

const get = vi.mocked(reportsApi.get)

async function mountReport(id = 'pi-2025-2') {
  const app = setup(wangwei)
  await app.router.push(`/reports/${id}`)
  const wrapper = mount(ReportDetailView, {
    props: { id },
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountReport>>['wrapper']

function rowsOf(wrapper: Wrapper, table: string) {
  return wrapper
    .get(`[data-test="${table}"]`)
    .findAll('.el-table__body tr')
    .map((tr) => tr.findAll('td').map((td) => td.text()))
}

describe('ReportDetailView', () => {
  beforeEach(() => {
    resetLocale()
    get.mockReset()
    get.mockResolvedValue(returnedReport)
  })

  it('heads the page with title, organisation, status, due date and the PDF link', async () => {
    const { wrapper } = await mountReport()

    expect(get).toHaveBeenCalledExactlyOnceWith('pi-2025-2')
    expect(wrapper.get('[data-test="report-title"]').text()).toBe(returnedReport.title)
    expect(wrapper.get('[data-test="report-status"]').text()).toBe('退回修改')
    expect(wrapper.get('[data-test="report-org"]').text()).toBe('第二党支部（执行局）')
    expect(wrapper.get('[data-test="report-due"]').text()).toBe('2026-02-06')
    expect(wrapper.get('[data-test="report-step"]').text()).toBe('起草报告')
    expect(wrapper.get('[data-test="report-return-count"]').text()).toBe('1 次')
    expect(wrapper.get('[data-test="report-submitted"]').text()).toMatch(
      /^孙丽 · 2026-01-20 \d\d:30$/,
    )
    expect(wrapper.find('[data-test="report-overdue"]').exists()).toBe(false)
    const pdf = wrapper.get('[data-test="report-pdf"]')
    expect(pdf.element.tagName).toBe('A')
    expect(pdf.attributes('href')).toBe('/api/reports/pi-2025-2/pdf')
    expect(pdf.attributes('download')).toBeDefined()
    expect(pdf.text()).toBe('下载 PDF')
  })

  it('shows the requirements as plain text, line breaks kept', async () => {
    const { wrapper } = await mountReport()

    const requirements = wrapper.get('[data-test="report-requirements"]')
    expect(requirements.element.textContent).toBe(returnedReport.requirements)
    expect(requirements.classes()).toContain('rh-report__plain')
  })

  it('shows each section, a paragraph per line, markup shown as typed', async () => {
    get.mockResolvedValue({
      ...returnedReport,
      sections: [{ ...returnedReport.sections[0]!, content: '第一行 <b>加粗</b>\n\n第三行' }],
    })
    const { wrapper } = await mountReport()

    const section = wrapper.get('[data-test="report-section"]')
    expect(section.get('[data-test="section-title"]').text()).toBe('一、政治建设')
    const lines = section.findAll('.rh-report__paragraph')
    expect(lines.map((p) => p.element.textContent)).toEqual(['第一行 <b>加粗</b>', '', '第三行'])
    expect(section.find('b').exists()).toBe(false)
    expect(lines[1]!.classes()).toContain('rh-report__paragraph--blank')
  })

  it('highlights the Party committee’s comment on a section of a returned report', async () => {
    const { wrapper } = await mountReport()

    const returned = wrapper.get('[data-test="report-returned"]')
    expect(returned.text()).toContain('机关党委退回修改')
    expect(returned.text()).toContain('2026-02-06')
    expect(wrapper.get('[data-test="report-return-comment"]').text()).toBe(
      '总体意见：数据说明不够充分。',
    )

    const sections = wrapper.findAll('[data-test="report-section"]')
    expect(sections.map((s) => s.find('[data-test="section-comment"]').exists())).toEqual([
      false,
      true,
      false,
    ])
    const comment = sections[1]!.get('[data-test="section-comment"]')
    expect(comment.text()).toBe('机关党委修改意见请补充执行款管理风险点排查情况。')
    expect(comment.classes()).toContain('rh-report__comment')
  })

  it('says which sections are still to be written', async () => {
    const { wrapper } = await mountReport()

    const plan = wrapper.findAll('[data-test="report-section"]')[2]!
    expect(plan.find('[data-test="section-content"]').exists()).toBe(false)
    expect(plan.get('[data-test="section-empty"]').text()).toBe(
      '尚未填写 — 下一年度的主要工作安排。',
    )
  })

  it('lists the figures, marking a reported figure that differs from the count', async () => {
    const { wrapper } = await mountReport()

    expect(rowsOf(wrapper, 'report-figures')).toEqual([
      ['谈心谈话覆盖率（%）', '80', '80', ''],
      ['开展警示教育（场）', '1', '与统计不一致2', '另有一场在院外基地开展，未录入系统'],
      ['年末未销号整改事项（项）', '3', '—', ''],
    ])
    const differs = wrapper.findAll('[data-test="figure-differs"]')
    expect(differs).toHaveLength(1)
    expect(differs[0]!.classes()).toContain('el-tag--warning')
    const rows = wrapper.get('[data-test="report-figures"]').findAll('.el-table__body tr')
    expect(rows.map((r) => r.classes().includes('rh-report-figures__row--differs'))).toEqual([
      false,
      true,
      false,
    ])
  })

  it('shows the branch’s and the commission’s opinions, and that it is not assessed yet', async () => {
    const { wrapper } = await mountReport()

    expect(wrapper.get('[data-test="opinion-branch"]').text()).toBe('支委会审议意见同意报送。')
    expect(wrapper.get('[data-test="opinion-discipline"]').text()).toBe(
      '机关纪委意见执行领域廉政风险防控措施需进一步细化。',
    )
    expect(wrapper.get('[data-test="review-pending"]').text()).toBe('尚未评定')
    expect(wrapper.find('[data-test="review-score"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="report-feedback-card"]').exists()).toBe(false)
  })

  it('shows the assessment and the problems fed back; no commission opinion for a branch', async () => {
    get.mockResolvedValue(acceptedReport)
    const { wrapper } = await mountReport('pi-2024-1')

    expect(wrapper.get('[data-test="report-status"]').text()).toBe('已通过')
    expect(wrapper.find('[data-test="report-returned"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="report-step"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="section-comment"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="opinion-discipline"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('机关纪委意见')

    expect(wrapper.get('[data-test="review-score"]').text()).toBe('92 分')
    const grade = wrapper.get('[data-test="review-grade"]')
    expect(grade.text()).toBe('优秀')
    expect(grade.classes()).toContain('el-tag--success')
    expect(wrapper.get('[data-test="review-comment"]').text()).toBe('报告全面，数据翔实。')
    expect(wrapper.get('[data-test="review-by"]').text()).toMatch(
      /^评定人：王伟\s*· 评定日期：2025-03-10$/,
    )

    expect(rowsOf(wrapper, 'report-feedback')).toEqual([
      ['党员谈心谈话记录不完整', '张三', '整改中'],
      ['三会一课台账不规范', '李强', '已销号'],
    ])
    expect(wrapper.findAll('[data-test="feedback-link"]').map((a) => a.attributes('href'))).toEqual(
      ['/cases/pi-f1', '/cases/pi-f2'],
    )
    const states = wrapper.findAll('[data-test="feedback-state"]')
    expect(states[0]!.classes()).toContain('el-tag--warning')
    expect(states[1]!.classes()).toContain('el-tag--success')
  })

  it('marks a late, escalated report', async () => {
    const late: ReportDetail = {
      ...returnedReport,
      status: 'drafting',
      overdue: true,
      escalatedAt: '2026-02-10T01:00:00Z',
      sections: returnedReport.sections.map((s) => ({ ...s, comment: null })),
    }
    get.mockResolvedValue(late)
    const { wrapper } = await mountReport()

    expect(wrapper.get('[data-test="report-status"]').text()).toBe('起草中')
    const overdue = wrapper.get('[data-test="report-overdue"]')
    expect(overdue.text()).toBe('逾期')
    expect(overdue.classes()).toContain('el-tag--danger')
    expect(wrapper.get('[data-test="report-escalated"]').text()).toBe('已督办')
    expect(wrapper.get('[data-test="report-header"]').text()).toContain('2026-02-10 督办')
    expect(wrapper.find('[data-test="report-returned"]').exists()).toBe(false)
  })

  it('says the report does not exist or may not be seen (404), and leads back to the matrix', async () => {
    get.mockRejectedValue(problemError({ status: 404, detail: '没有这份报告' }))
    const { wrapper, router } = await mountReport('pi-x')

    expect(wrapper.get('[data-test="report-not-found"]').text()).toContain(
      '该报告不存在或您无权查看',
    )
    expect(wrapper.find('[data-test="report-paper"]').exists()).toBe(false)

    await wrapper.get('[data-test="leave"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('reports')
  })

  it('shows why the report could not be loaded, and tries again', async () => {
    get.mockRejectedValueOnce(problemError({ status: 500, detail: '数据库暂时不可用' }))
    const { wrapper } = await mountReport()

    const error = wrapper.get('[data-test="report-error"]')
    expect(error.text()).toContain('数据库暂时不可用')

    await error.get('button').trigger('click')
    await flushPromises()
    expect(get).toHaveBeenCalledTimes(2)
    expect(wrapper.get('[data-test="report-title"]').text()).toBe(returnedReport.title)
  })

  it('speaks English too, labelling the figures by their code', async () => {
    i18n.global.locale.value = 'en'
    get.mockResolvedValue({
      ...returnedReport,
      figures: [
        ...returnedReport.figures,
        { code: 'other.new', label: '新增指标（项）', computed: 1, reported: 1 },
      ],
    })
    const { wrapper } = await mountReport()

    expect(wrapper.get('[data-test="report-status"]').text()).toBe('Returned')
    expect(wrapper.get('[data-test="report-pdf"]').text()).toBe('Download PDF')
    expect(wrapper.findAll('[data-test="figure-label"]').map((l) => l.text())).toEqual([
      'Talk coverage (%)',
      'Warning-education sessions held',
      'Follow-up items open at year end',
      // Unknown to this page: the server's label.
      '新增指标（项）',
    ])
    expect(wrapper.get('[data-test="figure-differs"]').text()).toBe('Differs')
    expect(
      wrapper
        .get('[data-test="report-figures"]')
        .findAll('.el-table__header th')
        .map((th) => th.text()),
    ).toEqual(['Figure', 'Counted', 'Reported', 'Note'])
    expect(wrapper.get('[data-test="section-comment"]').text()).toContain(
      "The Party committee's comment",
    )
    expect(wrapper.get('[data-test="opinion-discipline"]').text()).toContain(
      "Discipline commission's opinion",
    )
  })

  it('words the assessment in English too', async () => {
    i18n.global.locale.value = 'en'
    get.mockResolvedValue(acceptedReport)
    const { wrapper } = await mountReport('pi-2024-1')

    expect(wrapper.get('[data-test="review-score"]').text()).toBe('92 pts')
    expect(wrapper.get('[data-test="review-grade"]').text()).toBe('Excellent')
    expect(wrapper.get('[data-test="review-by"]').text()).toBe('Assessed by 王伟 on 2025-03-10')
    expect(wrapper.findAll('[data-test="feedback-state"]').map((s) => s.text())).toEqual([
      'Being rectified',
      'Closed',
    ])
  })
})
