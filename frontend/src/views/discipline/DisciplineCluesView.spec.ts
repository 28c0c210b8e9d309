import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { disciplineCluesApi } from '@/api/disciplineClues'
import NavMenu from '@/components/NavMenu.vue'
import { i18n } from '@/locales'
import {
  caseClue,
  closedClue,
  clueRegister,
  newClue,
  referredClue,
  verifiedClue,
} from '@/test/fixtures/disciplineClues'
import { admin, mountWith, resetLocale, setup, wangwei, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import DisciplineCluesView from './DisciplineCluesView.vue'

vi.mock('@/api/disciplineClues', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/disciplineClues')>()),
  disciplineCluesApi: { list: vi.fn(), get: vi.fn() },
}))

const list = vi.mocked(disciplineCluesApi.list)

/** A discipline officer (纪检员). */
const zhoujian: CurrentUser = {
  username: 'zhoujian',
  displayName: '周健',
  roles: ['staff', 'discipline'],
  branch: { id: 8, name: '第三党支部（综合部门）' },
  passwordMustChange: false,
}

/** The commission head: an officer too. */
const zhaomin: CurrentUser = {
  ...zhoujian,
  username: 'zhaomin',
  displayName: '赵敏',
  roles: ['staff', 'discipline', 'discipline-head'],
}

async function mountAt(path = '/discipline-clues', user: CurrentUser = zhoujian) {
  const app = setup(user)
  await app.router.push(path)
  const wrapper = mountWith(DisciplineCluesView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountAt>>['wrapper']

function headersOf(wrapper: Wrapper) {
  return wrapper
    .get('[data-test="clue-table"]')
    .findAll('.el-table__header-wrapper th')
    .map((th) => th.text())
}

/** The rows of the table's body (not of its fixed-column copy). */
function rowsOf(wrapper: Wrapper) {
  return wrapper.get('[data-test="clue-table"]').findAll('.el-table__body-wrapper .el-table__row')
}

function numbersOf(wrapper: Wrapper) {
  return rowsOf(wrapper).map((row) => row.get('[data-test="clue-link"]').text())
}

async function clickTab(wrapper: Wrapper, name: 'open' | 'closed' | 'all') {
  await wrapper.get(`[data-test="tab-${name}"]`).trigger('click')
  await flushPromises()
}

describe('DisciplineCluesView', () => {
  beforeEach(() => {
    resetLocale()
    list.mockReset()
    list.mockResolvedValue(clueRegister)
  })

  it('heads the register: confidential, on the access list only, and a way to register', async () => {
    const { wrapper } = await mountAt()

    expect(list).toHaveBeenCalledOnce()
    expect(wrapper.find('h1').text()).toBe('问题线索')
    expect(wrapper.get('[data-test="clues-confidential"]').text()).toBe('保密，仅限知悉范围')
    expect(wrapper.get('[data-test="clues-intro"]').text()).toContain(
      '仅显示您在知悉范围内的问题线索',
    )
    const register = wrapper.get('[data-test="clues-register"]')
    expect(register.text()).toBe('登记问题线索')
    expect(register.element.tagName).toBe('A')
    expect(register.attributes('href')).toBe('/start/disciplineClue')
  })

  it('goes to the start page when 登记问题线索 is clicked', async () => {
    const { wrapper, router } = await mountAt()

    await wrapper.get('[data-test="clues-register"]').trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/start/disciplineClue')
  })

  it('links to the year’s figures (统计)', async () => {
    const { wrapper, router } = await mountAt()

    const link = wrapper.get('[data-test="clues-statistics"]')
    expect(link.text()).toBe('统计')
    expect(link.element.tagName).toBe('A')
    expect(link.attributes('href')).toBe('/discipline-clues/statistics')

    await link.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('discipline-clue-statistics')
  })

  it('lists the clues in progress first, a column for each fact', async () => {
    const { wrapper } = await mountAt()

    expect(headersOf(wrapper)).toEqual([
      '编号',
      '来源',
      '收到日期',
      '被反映人',
      '处置方式',
      '当前环节',
      '结果',
      '登记人',
    ])
    expect(numbersOf(wrapper)).toEqual([newClue.caseNumber, verifiedClue.caseNumber])

    const [first, second] = rowsOf(wrapper)
    expect(first!.get('[data-test="clue-link"]').attributes('href')).toBe(
      '/discipline-clues/pi-clue-3',
    )
    expect(first!.get('[data-test="clue-source"]').text()).toBe('来信')
    expect(first!.get('[data-test="clue-received"]').text()).toBe('2026-11-20')
    expect(first!.get('[data-test="clue-subject"]').text()).toBe('李四')
    expect(first!.get('[data-test="clue-way"]').text()).toBe('—')
    expect(first!.get('[data-test="clue-outcome"]').text()).toBe('办理中')
    expect(first!.get('[data-test="clue-registrar"]').text()).toBe('周健')
    expect(second!.get('[data-test="clue-source"]').text()).toBe('网络举报')
    expect(second!.get('[data-test="clue-way"]').text()).toBe('初步核实')
  })

  it('shows each open step with its holder and due date, the late one 逾期 in red', async () => {
    const { wrapper } = await mountAt()

    const [first, second] = rowsOf(wrapper)
    const steps = first!.findAll('[data-test="clue-step"]')
    expect(
      steps.map((s) => [
        s.get('[data-test="step-name"]').text(),
        s.get('[data-test="step-holder"]').text(),
        s.get('[data-test="step-due"]').text(),
      ]),
    ).toEqual([
      ['提出处置意见', '周健', '期限 2026-12-21'],
      ['告知受理', '周健', '期限 2026-11-25'],
    ])
    expect(steps[0]!.find('[data-test="step-overdue"]').exists()).toBe(false)
    const overdue = steps[1]!.get('[data-test="step-overdue"]')
    expect(overdue.text()).toBe('逾期')
    expect(overdue.classes()).toEqual(expect.arrayContaining(['el-tag--danger', 'el-tag--dark']))
    expect(steps[1]!.classes()).toContain('rh-clue-steps__step--overdue')
    expect(wrapper.findAll('[data-test="step-overdue"]')).toHaveLength(1)

    // The verification team's report, offered to both and taken by neither yet.
    expect(second!.get('[data-test="step-holder"]').text()).toBe('待签收')
  })

  it('shows a case’s decision in place of the outcome, and the form each counts as', async () => {
    list.mockResolvedValue({ items: [caseClue, newClue, closedClue] })
    const { wrapper } = await mountAt('/discipline-clues?show=all')

    const [decided, open, reminded] = rowsOf(wrapper)
    const sanction = decided!.get('[data-test="clue-sanction"]')
    expect(sanction.text()).toBe('严重警告')
    expect(sanction.classes()).toContain('el-tag--danger')
    expect(decided!.find('[data-test="clue-outcome"]').exists()).toBe(false)
    expect(decided!.get('[data-test="clue-four-form"]').text()).toBe('第二种形态')

    expect(open!.get('[data-test="clue-outcome"]').text()).toBe('办理中')
    expect(open!.find('[data-test="clue-sanction"]').exists()).toBe(false)
    expect(open!.find('[data-test="clue-four-form"]').exists()).toBe(false)

    expect(reminded!.get('[data-test="clue-outcome"]').text()).toBe('谈话提醒')
    expect(reminded!.get('[data-test="clue-four-form"]').text()).toBe('第一种形态')
  })

  it('shows the outcome while a case is undecided, and a dismissal in green', async () => {
    const undecided = {
      ...caseClue,
      fourForm: null,
      caseFile: { openedAt: '2026-06-01T02:00:00Z' },
    }
    const dismissed = {
      ...caseClue,
      id: 'pi-clue-5',
      fourForm: null,
      caseFile: { ...caseClue.caseFile!, sanction: 'none' as const },
    }
    list.mockResolvedValue({ items: [undecided, dismissed] })
    const { wrapper } = await mountAt()

    const [first, second] = rowsOf(wrapper)
    expect(first!.get('[data-test="clue-outcome"]').text()).toBe('办理中')
    expect(first!.find('[data-test="clue-four-form"]').exists()).toBe(false)
    const sanction = second!.get('[data-test="clue-sanction"]')
    expect(sanction.text()).toBe('撤销案件（不构成违纪）')
    expect(sanction.classes()).toContain('el-tag--success')
  })

  it('filters by 办理中 / 已办结 / 全部, counting each, the choice kept in the address', async () => {
    const { wrapper, router } = await mountAt()

    expect(wrapper.get('[data-test="tab-open"]').text()).toBe('办理中（2）')
    expect(wrapper.get('[data-test="tab-closed"]').text()).toBe('已办结（2）')
    expect(wrapper.get('[data-test="tab-all"]').text()).toBe('全部（4）')

    await clickTab(wrapper, 'closed')
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues?show=closed')
    expect(numbersOf(wrapper)).toEqual([closedClue.caseNumber, referredClue.caseNumber])
    const [closed, referred] = rowsOf(wrapper)
    expect(closed!.get('[data-test="clue-outcome"]').text()).toBe('谈话提醒')
    expect(closed!.get('[data-test="clue-way"]').text()).toBe('谈话函询')
    expect(closed!.get('[data-test="clue-no-steps"]').text()).toBe('—')
    expect(referred!.get('[data-test="clue-outcome"]').text()).toBe('报送上级')
    expect(referred!.get('[data-test="clue-higher-level"]').text()).toBe('报送上级纪委')
    expect(closed!.find('[data-test="clue-higher-level"]').exists()).toBe(false)

    await clickTab(wrapper, 'all')
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues?show=all')
    expect(numbersOf(wrapper)).toHaveLength(4)

    await clickTab(wrapper, 'open')
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues')
    expect(numbersOf(wrapper)).toHaveLength(2)
    // Filtering is the page's own: the register was asked for once.
    expect(list).toHaveBeenCalledOnce()
  })

  it('opens on the tab the address names, and on 办理中 for one it does not know', async () => {
    let { wrapper } = await mountAt('/discipline-clues?show=all')
    expect(numbersOf(wrapper)).toHaveLength(4)
    wrapper.unmount()

    ;({ wrapper } = await mountAt('/discipline-clues?show=everything'))
    expect(numbersOf(wrapper)).toEqual([newClue.caseNumber, verifiedClue.caseNumber])
  })

  it('opens a clue from its row', async () => {
    const { wrapper, router } = await mountAt()

    await rowsOf(wrapper)[1]!.findAll('td')[2]!.trigger('click')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues/pi-clue-2')
  })

  it('says 暂无问题线索 when the officer is on no clue’s list', async () => {
    list.mockResolvedValue({ items: [] })
    const { wrapper } = await mountAt()

    expect(wrapper.get('[data-test="clue-table"]').text()).toContain('暂无问题线索')
    expect(wrapper.get('[data-test="tab-all"]').text()).toBe('全部（0）')
    // Registering is still offered.
    expect(wrapper.find('[data-test="clues-register"]').exists()).toBe(true)
  })

  it('says so when no clue is in progress, or none closed', async () => {
    list.mockResolvedValue({ items: [closedClue] })
    const { wrapper } = await mountAt()
    expect(wrapper.get('[data-test="clue-table"]').text()).toContain('暂无办理中的问题线索')
    wrapper.unmount()

    list.mockResolvedValue({ items: [newClue] })
    const other = (await mountAt('/discipline-clues?show=closed')).wrapper
    expect(other.get('[data-test="clue-table"]').text()).toContain('暂无已办结的问题线索')
  })

  it('says only discipline officers may see clues when the server refuses (403)', async () => {
    list.mockRejectedValue(
      problemError({ status: 403, detail: '只有机关纪委的纪检干部可以查看问题线索' }),
    )
    const { wrapper } = await mountAt()

    expect(wrapper.get('[data-test="clues-no-access"]').text()).toContain(
      '只有机关纪委的纪检干部可以查看问题线索',
    )
    expect(wrapper.find('[data-test="clue-table"]').exists()).toBe(false)
  })

  it('shows why the register could not be loaded, and tries again', async () => {
    list.mockRejectedValueOnce(problemError({ status: 500, detail: '服务器内部错误' }))
    const { wrapper } = await mountAt()

    const error = wrapper.get('[data-test="clues-error"]')
    expect(error.text()).toContain('问题线索加载失败')
    expect(error.text()).toContain('服务器内部错误')

    await error.get('button').trigger('click')
    await flushPromises()
    expect(list).toHaveBeenCalledTimes(2)
    expect(numbersOf(wrapper)).toHaveLength(2)
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountAt('/discipline-clues?show=all')

    expect(wrapper.find('h1').text()).toBe('Discipline clues')
    expect(wrapper.get('[data-test="clues-confidential"]').text()).toBe(
      'Confidential: need-to-know only',
    )
    expect(wrapper.get('[data-test="clues-register"]').text()).toBe('Register a clue')
    expect(wrapper.get('[data-test="clues-statistics"]').text()).toBe('Statistics')
    expect(headersOf(wrapper)).toEqual([
      'Number',
      'Source',
      'Received',
      'Subject',
      'Disposal',
      'Current step',
      'Outcome',
      'Registrar',
    ])
    expect(wrapper.get('[data-test="tab-open"]').text()).toBe('In progress (2)')
    const [first, second, third, fourth] = rowsOf(wrapper)
    expect(first!.get('[data-test="clue-source"]').text()).toBe('Letter')
    expect(first!.get('[data-test="clue-outcome"]').text()).toBe('In progress')
    expect(first!.findAll('[data-test="step-due"]')[0]!.text()).toBe('Due 2026-12-21')
    expect(first!.get('[data-test="step-overdue"]').text()).toBe('Overdue')
    expect(second!.get('[data-test="clue-source"]').text()).toBe('Online report')
    expect(second!.get('[data-test="clue-way"]').text()).toBe('Preliminary verification')
    expect(second!.get('[data-test="step-holder"]').text()).toBe('Not yet taken')
    expect(third!.get('[data-test="clue-outcome"]').text()).toBe('Reminder talk')
    expect(fourth!.get('[data-test="clue-source"]').text()).toBe('Referred from above')
    expect(fourth!.get('[data-test="clue-outcome"]').text()).toBe('Referred up')
    expect(third!.get('[data-test="clue-four-form"]').text()).toBe('First form')
  })
})

describe('the navigation entry 问题线索', () => {
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

  it('is there for discipline officers, right after 主体责任报告', async () => {
    for (const user of [zhoujian, zhaomin]) {
      const texts = await entries(user)
      expect(texts).toContain('问题线索')
      expect(texts.indexOf('问题线索')).toBe(texts.indexOf('主体责任报告') + 1)
    }
  })

  it('is not there for anyone else, who is sent home from its pages', async () => {
    for (const user of [wangwei, zhangsan, admin]) {
      expect(await entries(user)).not.toContain('问题线索')

      for (const path of [
        '/discipline-clues',
        '/discipline-clues/statistics',
        '/discipline-clues/pi-clue-3',
      ]) {
        const app = setup(user)
        await app.router.push(path)
        expect(app.router.currentRoute.value.name).toBe('home')
      }
    }
  })
})
