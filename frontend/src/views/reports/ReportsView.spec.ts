import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { reportsApi } from '@/api/reports'
import NavMenu from '@/components/NavMenu.vue'
import { i18n } from '@/locales'
import { branchMatrix, reportMatrix } from '@/test/fixtures/reports'
import { mountWith, resetLocale, setup, wangwei, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import ReportsView from './ReportsView.vue'

vi.mock('@/api/reports', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/reports')>()),
  reportsApi: { matrix: vi.fn(), get: vi.fn() },
}))

const matrix = vi.mocked(reportsApi.matrix)

/** The discipline commission: sees every organisation, exports, does not open rounds. */
const zhaomin: CurrentUser = {
  username: 'zhaomin',
  displayName: '赵敏',
  roles: ['discipline', 'staff'],
  branch: { id: 8, name: '第三党支部（综合部门）' },
  passwordMustChange: false,
}

/** The first branch's secretary. */
const liqiang: CurrentUser = {
  username: 'liqiang',
  displayName: '李强',
  roles: ['branch-secretary', 'staff'],
  branch: { id: 2, name: '第一党支部（审判业务）' },
  passwordMustChange: false,
}

/** A member of the first branch's committee. */
const chenjing: CurrentUser = {
  ...liqiang,
  username: 'chenjing',
  displayName: '陈静',
  roles: ['branch-committee', 'staff'],
}

async function mountAt(user: CurrentUser = wangwei, path = '/reports') {
  const app = setup(user)
  await app.router.push(path)
  const wrapper = mountWith(ReportsView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function headersOf(wrapper: Wrapper) {
  return wrapper
    .get('[data-test="report-matrix"]')
    .findAll('.el-table__header th')
    .map((th) => th.text())
}

/** Each cell of a row of the matrix: the organisation, then one per year. */
function cellsOf(wrapper: Wrapper, row: number) {
  return wrapper
    .get('[data-test="report-matrix"]')
    .findAll('.el-table__body tr')
    [row]!.findAll('td')
}

function yearSelects(wrapper: Wrapper) {
  return wrapper.findAllComponents(ElSelect)
}

describe('ReportsView', () => {
  beforeEach(() => {
    resetLocale()
    matrix.mockReset()
    matrix.mockResolvedValue(reportMatrix)
  })

  it('shows the year × organisation matrix, each year a column', async () => {
    const { wrapper } = await mountAt()

    expect(wrapper.find('h1').text()).toBe('主体责任报告')
    expect(matrix).toHaveBeenCalledExactlyOnceWith({ from: undefined, to: undefined })
    expect(headersOf(wrapper)).toEqual(['党组织', '2023 年度', '2024 年度', '2025 年度'])
    expect(wrapper.findAll('[data-test="matrix-org"]').map((o) => o.text())).toEqual([
      '第一党支部（审判业务）',
      '第二党支部（执行局）',
      '第三党支部（综合部门）',
    ])
  })

  it('shows 未开始 for a year without a report, not linked', async () => {
    const { wrapper } = await mountAt()

    const none = cellsOf(wrapper, 0)[1]!.get('[data-test="report-cell"]')
    expect(none.attributes('data-status')).toBe('none')
    expect(none.text()).toBe('未开始')
    expect(none.element.tagName).toBe('SPAN')
    expect(none.find('a').exists()).toBe(false)
  })

  it('shows an accepted report’s score and grade, linking to the report', async () => {
    const { wrapper } = await mountAt()

    const cell = cellsOf(wrapper, 0)[2]!.get('[data-test="report-cell"]')
    expect(cell.attributes('href')).toBe('/reports/pi-2024-1')
    expect(cell.get('[data-test="cell-status"]').text()).toBe('已通过')
    expect(cell.get('[data-test="cell-score"]').text()).toBe('92 分')
    expect(cell.get('[data-test="cell-grade"]').text()).toBe('优秀')
    expect(cell.find('[data-test="cell-step"]').exists()).toBe(false)
    // A score with a tenth keeps it.
    expect(cellsOf(wrapper, 1)[2]!.get('[data-test="cell-score"]').text()).toBe('87.5 分')
    expect(cellsOf(wrapper, 1)[2]!.get('[data-test="cell-grade"]').text()).toBe('良好')
  })

  it('marks a late report 逾期 in red and 已督办, with the step it is at', async () => {
    const { wrapper } = await mountAt()

    const late = cellsOf(wrapper, 0)[3]!.get('[data-test="report-cell"]')
    expect(late.attributes('href')).toBe('/reports/pi-2025-1')
    expect(late.get('[data-test="cell-status"]').text()).toBe('起草中')
    const overdue = late.get('[data-test="cell-overdue"]')
    expect(overdue.text()).toBe('逾期')
    expect(overdue.classes()).toEqual(expect.arrayContaining(['el-tag--danger', 'el-tag--dark']))
    expect(late.get('[data-test="cell-escalated"]').text()).toBe('已督办')
    expect(late.get('[data-test="cell-step"]').text()).toBe('起草报告')
    expect(late.find('[data-test="cell-score"]').exists()).toBe(false)
  })

  it('names every status, marking only the late ones', async () => {
    const { wrapper } = await mountAt()

    const statuses = wrapper
      .findAll('[data-test="report-cell"]')
      .map((c) => [c.attributes('data-status'), c.get('[data-test="cell-status"]').text()])
    expect(statuses).toEqual([
      ['none', '未开始'],
      ['accepted', '已通过'],
      ['drafting', '起草中'],
      ['none', '未开始'],
      ['accepted', '已通过'],
      ['returned', '退回修改'],
      ['none', '未开始'],
      ['accepted', '已通过'],
      ['submitted', '已报送'],
    ])
    expect(wrapper.findAll('[data-test="cell-overdue"]')).toHaveLength(1)
    expect(wrapper.findAll('[data-test="cell-escalated"]')).toHaveLength(1)
    expect(cellsOf(wrapper, 2)[3]!.get('[data-test="cell-step"]').text()).toBe('机关纪委意见')
  })

  it('lists the rounds, newest first, with their counts', async () => {
    const { wrapper } = await mountAt()

    const rounds = wrapper.findAll('[data-test="report-round"]')
    expect(rounds.map((r) => r.get('[data-test="round-year"]').text())).toEqual([
      '2025 年度',
      '2024 年度',
    ])
    const current = rounds[0]!
    expect(current.get('[data-test="round-due"]').text()).toBe('报送期限 2026-01-31')
    expect(current.get('[data-test="round-state"]').text()).toBe('进行中')
    expect(current.get('[data-test="round-reports"]').text()).toBe('报告3')
    expect(current.get('[data-test="round-submitted"]').text()).toBe('已报送1')
    expect(current.get('[data-test="round-accepted"]').text()).toBe('已通过0')
    expect(current.get('[data-test="round-overdue"]').text()).toBe('逾期1')
    expect(current.get('[data-test="round-overdue"]').classes()).toContain(
      'rh-report-rounds__count--late',
    )
    expect(rounds[1]!.get('[data-test="round-state"]').text()).toBe('已结束')
  })

  it('says so when no round falls in the years', async () => {
    matrix.mockResolvedValue({ ...reportMatrix, rounds: [] })
    const { wrapper } = await mountAt()

    expect(wrapper.get('[data-test="rounds-empty"]').text()).toBe('所选年度尚未部署报告')
  })

  it('offers the Party committee to open a round and export the scores of the years shown', async () => {
    const { wrapper, router } = await mountAt()

    const open = wrapper.get('[data-test="reports-open"]')
    expect(open.text()).toBe('部署年度报告')
    expect(open.attributes('href')).toBe('/start/reportRound')
    const exported = wrapper.get('[data-test="reports-export"]')
    expect(exported.text()).toBe('导出评分')
    expect(exported.element.tagName).toBe('A')
    expect(exported.attributes('href')).toBe('/api/reports/export?from=2023&to=2025')
    expect(exported.attributes('download')).toBeDefined()

    await open.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/start/reportRound')
  })

  it('offers only what the server allows: export for the commission, neither for a branch', async () => {
    matrix.mockResolvedValue({ ...reportMatrix, canOpenRound: false })
    let { wrapper } = await mountAt(zhaomin)
    expect(wrapper.find('[data-test="reports-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="reports-export"]').exists()).toBe(true)
    wrapper.unmount()

    matrix.mockResolvedValue(branchMatrix)
    ;({ wrapper } = await mountAt(liqiang))
    expect(wrapper.find('[data-test="reports-open"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="reports-export"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-test="matrix-org"]').map((o) => o.text())).toEqual([
      '第一党支部（审判业务）',
    ])
  })

  it('shows the server’s default years and asks for others through the address', async () => {
    const { wrapper, router } = await mountAt()
    const [from, to] = yearSelects(wrapper)
    expect(from!.props('modelValue')).toBe(2023)
    expect(to!.props('modelValue')).toBe(2025)

    matrix.mockClear()
    from!.vm.$emit('update:modelValue', 2021)
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/reports?from=2021&to=2025')
    expect(matrix).toHaveBeenCalledExactlyOnceWith({ from: 2021, to: 2025 })
  })

  it('moves the other end along when one passes it', async () => {
    const { wrapper, router } = await mountAt(wangwei, '/reports?from=2022&to=2024')
    expect(matrix).toHaveBeenCalledExactlyOnceWith({ from: 2022, to: 2024 })

    yearSelects(wrapper)[1]!.vm.$emit('update:modelValue', 2020)
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ from: '2020', to: '2020' })
  })

  it('ignores years in the address that cannot be asked for', async () => {
    await mountAt(wangwei, '/reports?from=abc&to=1999')

    expect(matrix).toHaveBeenCalledExactlyOnceWith({ from: undefined, to: undefined })
  })

  it('shows why the matrix could not be loaded, and tries again', async () => {
    matrix.mockRejectedValueOnce(
      problemError({ status: 400, detail: '结束年度应不早于起始年度，且最多显示 20 年' }),
    )
    const { wrapper } = await mountAt()

    const error = wrapper.get('[data-test="reports-error"]')
    expect(error.text()).toContain('主体责任报告加载失败')
    expect(error.text()).toContain('最多显示 20 年')
    // The years can still be changed.
    expect(yearSelects(wrapper)).toHaveLength(2)

    await error.get('button').trigger('click')
    await flushPromises()
    expect(matrix).toHaveBeenCalledTimes(2)
    expect(wrapper.findAll('[data-test="matrix-org"]')).toHaveLength(3)
  })

  it('says the reports may not be seen when the server refuses (403)', async () => {
    matrix.mockRejectedValue(problemError({ status: 403, detail: '无权查看' }))
    const { wrapper } = await mountAt()

    expect(wrapper.get('[data-test="reports-no-access"]').text()).toContain(
      '您无权查看主体责任报告',
    )
    expect(wrapper.find('[data-test="report-matrix"]').exists()).toBe(false)
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt()

    expect(wrapper.find('h1').text()).toBe('Responsibility reports')
    expect(headersOf(wrapper)).toEqual(['Organisation', '2023', '2024', '2025'])
    const first = cellsOf(wrapper, 0)
    expect(first[1]!.text()).toBe('Not started')
    expect(first[2]!.get('[data-test="cell-status"]').text()).toBe('Accepted')
    expect(first[2]!.get('[data-test="cell-score"]').text()).toBe('92 pts')
    expect(first[2]!.get('[data-test="cell-grade"]').text()).toBe('Excellent')
    expect(first[3]!.get('[data-test="cell-overdue"]').text()).toBe('Overdue')
    expect(first[3]!.get('[data-test="cell-escalated"]').text()).toBe('Escalated')
    expect(wrapper.get('[data-test="reports-open"]').text()).toBe('Open a yearly round')
    expect(wrapper.get('[data-test="reports-export"]').text()).toBe('Export scores')
    expect(wrapper.get('[data-test="round-due"]').text()).toBe('Due 2026-01-31')
  })
})

describe('the navigation entry 主体责任报告', () => {
  beforeEach(resetLocale)

  async function entries(user: CurrentUser) {
    const app = setup(user)
    await app.router.push('/')
    const wrapper = mountWith(NavMenu, app)
    await flushPromises()
    const texts = wrapper.findAll('.el-menu-item').map((item) => item.text())
    wrapper.unmount()
    return texts
  }

  it('is there for the Party committee, the commission and branch leaders, after 警示教育', async () => {
    for (const user of [wangwei, zhaomin, liqiang, chenjing]) {
      const texts = await entries(user)
      expect(texts.indexOf('主体责任报告')).toBe(texts.indexOf('警示教育') + 1)
    }
  })

  it('is not there for plain staff, who are sent home from the page', async () => {
    expect(await entries(zhangsan)).not.toContain('主体责任报告')

    const app = setup(zhangsan)
    await app.router.push('/reports/pi-2024-1')
    expect(app.router.currentRoute.value.name).toBe('home')
  })
})
