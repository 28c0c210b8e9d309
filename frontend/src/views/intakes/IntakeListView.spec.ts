import { flushPromises } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { CurrentUser } from '@/api/auth'
import { intakesApi } from '@/api/intakes'
import { orgApi, type OrgNode } from '@/api/org'
import { i18n } from '@/locales'
import {
  activistRow,
  applicantRow,
  closedRow,
  intakePage,
  overdueRow,
} from '@/test/fixtures/intakes'
import { mountWith, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import IntakeListView from './IntakeListView.vue'

vi.mock('@/api/intakes', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/intakes')>()),
  intakesApi: { list: vi.fn(), get: vi.fn() },
}))
vi.mock('@/api/org', () => ({ orgApi: { tree: vi.fn(), people: vi.fn() } }))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

const list = vi.mocked(intakesApi.list)
const tree = vi.mocked(orgApi.tree)

/** The secretary of the first branch: sees that branch's cases only. */
const liqiang: CurrentUser = {
  username: 'liqiang',
  displayName: '李强',
  roles: ['branch-secretary', 'staff'],
  branch: { id: 3, name: '第一党支部（审判业务）' },
  passwordMustChange: false,
}

function org(
  id: number,
  code: string,
  name: string,
  type: OrgNode['type'],
  children: OrgNode[] = [],
): OrgNode {
  return { id, code, name, type, parentId: null, children }
}

const orgTree: OrgNode[] = [
  org(1, 'committee', '机关党委', 'committee', [
    org(2, 'commission', '机关纪委', 'commission'),
    org(3, 'branch-1', '第一党支部（审判业务）', 'branch', [
      org(4, 'branch-1-civil', '民事审判党小组', 'group'),
    ]),
    org(5, 'branch-2', '第二党支部（执行局）', 'branch'),
    org(6, 'branch-3', '第三党支部（综合部门）', 'branch'),
  ]),
]

async function mountAt(url: string, user: CurrentUser = wangwei) {
  const app = setup(user)
  await app.router.push(url)
  const wrapper = mountWith(IntakeListView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function selectIn(wrapper: Wrapper, test: string) {
  const select = wrapper.findAllComponents(ElSelect).find((s) => s.attributes('data-test') === test)
  if (!select) throw new Error(`no select ${test}`)
  return select
}

function rows(wrapper: Wrapper) {
  return wrapper.findAll('.el-table__body tr')
}

describe('IntakeListView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    list.mockReset()
    tree.mockReset()
    tree.mockResolvedValue(orgTree)
  })

  it('lists the open cases with applicant, branch, stage, step, due, date and rules', async () => {
    list.mockResolvedValue(intakePage([applicantRow, activistRow]))

    const { wrapper } = await mountAt('/intakes')

    expect(list).toHaveBeenCalledExactlyOnceWith({ state: 'open', page: 1, size: 20 })
    expect(wrapper.find('h1').text()).toBe('发展党员')
    const headers = wrapper.findAll('.el-table__header th').map((th) => th.text())
    expect(headers).toEqual([
      '申请人',
      '支部',
      '阶段',
      '当前步骤',
      '办理期限',
      '申请日期',
      '规则版本',
    ])
    const [first, second] = rows(wrapper)
    const cells = first!.findAll('td').map((td) => td.text())
    expect(cells).toEqual([
      '刘洋',
      '第一党支部（审判业务）',
      '入党申请人',
      '指派谈话人',
      // 2026-04-10T15:59:59Z in the browser's zone, as the inbox writes instants.
      expect.stringMatching(/^2026-04-1[01] \d\d:59$/),
      '2026-03-10',
      '《发展党员工作细则》2014',
    ])
    expect(second!.find('[data-test="stage"]').text()).toBe('入党积极分子')
    expect(second!.find('[data-test="current-step"]').text()).toBe('报机关党委备案')
    expect(first!.find('[data-test="intake-link"]').attributes('href')).toBe('/intakes/12')
  })

  it('marks a case whose current step is overdue in red with an 已超期 tag', async () => {
    list.mockResolvedValue(intakePage([overdueRow, applicantRow]))

    const { wrapper } = await mountAt('/intakes')

    const [late, onTime] = rows(wrapper)
    expect(late!.classes()).toContain('rh-intakes__row--overdue')
    expect(late!.find('[data-test="overdue-tag"]').text()).toBe('已超期')
    expect(late!.find('[data-test="due"]').classes()).toContain('rh-intakes__due--overdue')
    expect(onTime!.classes()).not.toContain('rh-intakes__row--overdue')
    expect(onTime!.find('[data-test="overdue-tag"]').exists()).toBe(false)
    expect(onTime!.find('[data-test="due"]').classes()).not.toContain('rh-intakes__due--overdue')
  })

  it('says how a closed case ended where an open one shows its step', async () => {
    list.mockResolvedValue(intakePage([closedRow]))

    const { wrapper } = await mountAt('/intakes?state=closed')

    expect(list).toHaveBeenCalledWith(expect.objectContaining({ state: 'closed' }))
    const row = rows(wrapper)[0]!
    expect(row.find('[data-test="current-step"]').text()).toBe('暂未确定为入党积极分子')
    expect(row.find('[data-test="due"]').text()).toBe('—')
    expect(wrapper.find('[data-test="state-closed"]').classes()).toContain('is-active')
  })

  it('asks for the state, stage, branch, overdue and page written in the address', async () => {
    list.mockResolvedValue(intakePage([]))

    await mountAt(
      '/intakes?state=closed&stage=activist&branch=branch-2&overdue=true&page=2&size=50',
    )

    expect(list).toHaveBeenCalledWith({
      state: 'closed',
      stage: 'activist',
      branch: 'branch-2',
      overdue: true,
      page: 2,
      size: 50,
    })
  })

  it('exports the same filters, without the paging, as Excel', async () => {
    list.mockResolvedValue(intakePage([]))

    const { wrapper } = await mountAt('/intakes?stage=activist&branch=branch-2&overdue=true&page=2')

    const link = wrapper.get('[data-test="export"]')
    expect(link.attributes('href')).toBe(
      '/api/intakes/export?state=open&stage=activist&branch=branch-2&overdue=true',
    )
    expect(link.text()).toBe('导出 Excel')
  })

  it('puts each changed filter into the address and asks again from page one', async () => {
    list.mockResolvedValue(intakePage([applicantRow], 45))
    const { wrapper, router } = await mountAt('/intakes?page=3')

    selectIn(wrapper, 'stage-filter').vm.$emit('update:modelValue', 'activist')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ stage: 'activist' })
    expect(list).toHaveBeenLastCalledWith({ state: 'open', stage: 'activist', page: 1, size: 20 })

    selectIn(wrapper, 'branch-filter').vm.$emit('update:modelValue', 'branch-3')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ stage: 'activist', branch: 'branch-3' })
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ stage: 'activist', branch: 'branch-3', page: 1 }),
    )

    await wrapper.find('[data-test="overdue-filter"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      stage: 'activist',
      branch: 'branch-3',
      overdue: 'true',
    })
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ overdue: true }))

    await wrapper.find('[data-test="state-closed"] input').setValue(true)
    await flushPromises()
    expect(list).toHaveBeenLastCalledWith({
      state: 'closed',
      stage: 'activist',
      branch: 'branch-3',
      overdue: true,
      page: 1,
      size: 20,
    })

    // Clearing the stage goes back to every stage.
    selectIn(wrapper, 'stage-filter').vm.$emit('update:modelValue', undefined)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({
      state: 'closed',
      branch: 'branch-3',
      overdue: 'true',
    })
  })

  it('offers the Party committee every branch of the organisation, by name', async () => {
    list.mockResolvedValue(intakePage([applicantRow]))

    const { wrapper } = await mountAt('/intakes')

    expect(tree).toHaveBeenCalledOnce()
    const options = selectIn(wrapper, 'branch-filter')
      .findAllComponents({ name: 'ElOption' })
      .map((o) => [o.props('value'), o.props('label')])
    expect(options).toEqual([
      ['branch-1', '第一党支部（审判业务）'],
      ['branch-2', '第二党支部（执行局）'],
      ['branch-3', '第三党支部（综合部门）'],
    ])
    const stages = selectIn(wrapper, 'stage-filter')
      .findAllComponents({ name: 'ElOption' })
      .map((o) => [o.props('value'), o.props('label')])
    expect(stages).toEqual([
      ['applicant', '入党申请人'],
      ['activist', '入党积极分子'],
      ['development-target', '发展对象'],
      ['probationary', '预备党员'],
      ['full', '正式党员'],
    ])
  })

  it('still names the branches met in the list when the organisation cannot be loaded', async () => {
    tree.mockRejectedValue(problemError({ status: 500, detail: '服务器错误' }))
    list.mockResolvedValue(intakePage([overdueRow]))

    const { wrapper } = await mountAt('/intakes')

    const options = selectIn(wrapper, 'branch-filter')
      .findAllComponents({ name: 'ElOption' })
      .map((o) => o.props('label'))
    expect(options).toEqual(['第二党支部（执行局）'])
    expect(wrapper.find('[data-test="intakes-error"]').exists()).toBe(false)
  })

  it('hides the branch filter from a branch secretary and never asks for another branch', async () => {
    list.mockResolvedValue(intakePage([applicantRow]))

    const { wrapper } = await mountAt('/intakes?branch=branch-2&stage=applicant', liqiang)

    expect(wrapper.find('[data-test="branch-filter"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="stage-filter"]').exists()).toBe(true)
    expect(tree).not.toHaveBeenCalled()
    expect(list).toHaveBeenCalledExactlyOnceWith({
      state: 'open',
      stage: 'applicant',
      page: 1,
      size: 20,
    })
    expect(rows(wrapper)).toHaveLength(1)
  })

  it('opens a case when its row is clicked', async () => {
    list.mockResolvedValue(intakePage([applicantRow, overdueRow]))
    const { wrapper, router } = await mountAt('/intakes')

    await rows(wrapper)[1]!.find('td').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('intake')
    expect(router.currentRoute.value.params).toEqual({ id: '15' })
  })

  it('pages through the address', async () => {
    list.mockResolvedValue(intakePage([applicantRow], 45))
    const { wrapper, router } = await mountAt('/intakes?stage=applicant')

    expect(wrapper.find('.el-pagination__total').text()).toContain('45')
    await wrapper.find('.el-pager li:nth-child(2)').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.query).toEqual({ stage: 'applicant', page: '2' })
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ stage: 'applicant', page: 2 }))
  })

  it('says so when no case matches', async () => {
    list.mockResolvedValue(intakePage([]))

    const { wrapper } = await mountAt('/intakes?overdue=true')

    expect(wrapper.find('[data-test="intake-table"]').text()).toContain('暂无发展党员事项')
  })

  it('shows the server explanation when the list cannot be loaded, and tries again', async () => {
    list.mockRejectedValueOnce(
      problemError({ status: 403, detail: '只有机关党委和党支部书记、委员可以查看发展党员名单' }),
    )
    list.mockResolvedValueOnce(intakePage([applicantRow]))

    const { wrapper } = await mountAt('/intakes')

    expect(wrapper.find('[data-test="intakes-error"]').text()).toContain(
      '只有机关党委和党支部书记、委员可以查看发展党员名单',
    )
    expect(wrapper.find('[data-test="intake-table"]').exists()).toBe(false)

    await wrapper.find('[data-test="intakes-error"] button').trigger('click')
    await flushPromises()
    expect(rows(wrapper)).toHaveLength(1)
  })

  it('shows cards on a phone, the late one marked', async () => {
    phone.value = true
    list.mockResolvedValue(intakePage([overdueRow, closedRow]))

    const { wrapper } = await mountAt('/intakes')

    expect(wrapper.find('[data-test="intake-table"]').exists()).toBe(false)
    const cards = wrapper.findAll('[data-test="intake-card"]')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.classes()).toContain('rh-intakes__row--overdue')
    expect(cards[0]!.text()).toContain('王磊')
    expect(cards[0]!.text()).toContain('与申请人谈话')
    expect(cards[0]!.text()).toContain('已超期')
    expect(cards[1]!.classes()).not.toContain('rh-intakes__row--overdue')
    expect(cards[1]!.text()).toContain('暂未确定为入党积极分子')
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    list.mockResolvedValue(intakePage([activistRow]))

    const { wrapper } = await mountAt('/intakes')

    expect(wrapper.find('h1').text()).toBe('Party membership')
    expect(rows(wrapper)[0]!.find('[data-test="stage"]').text()).toBe('Activist')
    expect(rows(wrapper)[0]!.text()).toContain('Rules on Recruiting Party Members (2014)')
    expect(wrapper.find('[data-test="overdue-tag"]').text()).toBe('Overdue')
  })
})
