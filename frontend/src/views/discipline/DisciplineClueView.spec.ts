import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { disciplineCluesApi } from '@/api/disciplineClues'
import { i18n } from '@/locales'
import {
  closedClue,
  newClueDetail,
  referredClue,
  verifiedClueDetail,
} from '@/test/fixtures/disciplineClues'
import { resetLocale, setup } from '@/test/helpers'
import { problemError } from '@/test/problems'
import DisciplineClueView from './DisciplineClueView.vue'

vi.mock('@/api/disciplineClues', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/disciplineClues')>()),
  disciplineCluesApi: { list: vi.fn(), get: vi.fn() },
}))

const get = vi.mocked(disciplineCluesApi.get)

const zhoujian: CurrentUser = {
  username: 'zhoujian',
  displayName: '周健',
  roles: ['staff', 'discipline'],
  branch: { id: 8, name: '第三党支部（综合部门）' },
}

async function mountClue(id = 'pi-clue-3') {
  const app = setup(zhoujian)
  await app.router.push(`/discipline-clues/${id}`)
  const wrapper = mount(DisciplineClueView, {
    props: { id },
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountClue>>['wrapper']

function rowsOf(wrapper: Wrapper, table: string) {
  return wrapper
    .get(`[data-test="${table}"]`)
    .findAll('.el-table__body tr')
    .map((tr) => tr.findAll('td').map((td) => td.text()))
}

describe('DisciplineClueView', () => {
  beforeEach(() => {
    resetLocale()
    get.mockReset()
    get.mockResolvedValue(newClueDetail)
  })

  it('heads the page with the number, in progress, confidential', async () => {
    const { wrapper } = await mountClue()

    expect(get).toHaveBeenCalledExactlyOnceWith('pi-clue-3')
    expect(wrapper.get('h1').text()).toBe('纪线〔2026〕3号')
    expect(wrapper.get('[data-test="clue-outcome"]').text()).toBe('办理中')
    expect(wrapper.get('[data-test="clue-confidential"]').text()).toBe('保密，仅限知悉范围')
    expect(wrapper.find('[data-test="clue-higher-level"]').exists()).toBe(false)
  })

  it('shows the facts: source, date, named complainant, subject, registrar, way', async () => {
    const { wrapper } = await mountClue()

    expect(wrapper.get('[data-test="clue-source"]').text()).toBe('来信')
    expect(wrapper.get('[data-test="clue-received"]').text()).toBe('2026-11-20')
    const complainant = wrapper.get('[data-test="clue-complainant"]')
    expect(complainant.text()).toContain('实名')
    expect(wrapper.get('[data-test="complainant-name"]').text()).toBe('王某某')
    expect(wrapper.get('[data-test="complainant-contact"]').text()).toBe('13800001234')
    expect(wrapper.get('[data-test="clue-subject"]').text()).toBe('李四')
    expect(wrapper.get('[data-test="clue-registrar"]').text()).toMatch(
      /^周健 · 2026-11-2\d \d\d:00$/,
    )
    expect(wrapper.get('[data-test="clue-jurisdiction"]').text()).toBe('本级处置')
    expect(wrapper.get('[data-test="clue-way"]').text()).toBe('—')
    expect(wrapper.get('[data-test="clue-outcome-value"]').text()).toBe('办理中')
    expect(wrapper.get('[data-test="clue-closed-at"]').text()).toBe('—')
  })

  it('shows the allegation as typed, line breaks kept, markup not read', async () => {
    get.mockResolvedValue({ ...newClueDetail, allegation: '第一行 <b>加粗</b>\n第二行' })
    const { wrapper } = await mountClue()

    const allegation = wrapper.get('[data-test="clue-allegation"]')
    expect(allegation.element.textContent).toBe('第一行 <b>加粗</b>\n第二行')
    expect(allegation.find('b').exists()).toBe(false)
    expect(allegation.classes()).toContain('rh-clue__plain')
  })

  it('lists the open steps with holders and due dates, the late one 逾期 in red', async () => {
    const { wrapper } = await mountClue()

    expect(rowsOf(wrapper, 'clue-step-table')).toEqual([
      ['提出处置意见', '周健', '2026-12-21'],
      ['告知受理', '周健', '2026-11-25逾期'],
    ])
    const overdue = wrapper.findAll('[data-test="step-overdue"]')
    expect(overdue).toHaveLength(1)
    expect(overdue[0]!.classes()).toEqual(
      expect.arrayContaining(['el-tag--danger', 'el-tag--dark']),
    )
    const rows = wrapper.get('[data-test="clue-step-table"]').findAll('.el-table__body tr')
    expect(rows.map((r) => r.classes().includes('rh-clue__row--overdue'))).toEqual([false, true])
  })

  it('lists who may see the clue, their duty and since when', async () => {
    const { wrapper } = await mountClue()

    const rows = rowsOf(wrapper, 'clue-access-table')
    expect(rows.map(([person, duty]) => [person, duty])).toEqual([
      ['周健', '承办人'],
      ['赵敏', '纪委书记'],
    ])
    expect(rows[0]![2]).toMatch(/^2026-11-2\d \d\d:00$/)
  })

  it('links to the handling (the case page) and goes there', async () => {
    const { wrapper, router } = await mountClue()

    const link = wrapper.get('[data-test="clue-timeline"]')
    expect(link.text()).toBe('查看办理过程')
    expect(link.attributes('href')).toBe('/cases/pi-clue-3')

    await link.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/cases/pi-clue-3')
  })

  it('lists the case officer first, then the head, then the team, whatever the server’s order', async () => {
    get.mockResolvedValue({
      ...verifiedClueDetail,
      access: [...verifiedClueDetail.access].reverse(),
    })
    const { wrapper } = await mountClue('pi-clue-2')

    expect(rowsOf(wrapper, 'clue-access-table').map(([person, duty]) => [person, duty])).toEqual([
      ['周健', '承办人'],
      ['赵敏', '纪委书记'],
      ['吴晓燕', '核查组成员'],
      ['周健', '核查组成员'],
    ])
  })

  it('shows an anonymous complainant without name or contact, and the team', async () => {
    get.mockResolvedValue(verifiedClueDetail)
    const { wrapper } = await mountClue('pi-clue-2')

    expect(wrapper.get('[data-test="clue-complainant"]').text()).toBe('匿名')
    expect(wrapper.find('[data-test="complainant-name"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="complainant-contact"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="clue-way"]').text()).toBe('初步核实')
    expect(rowsOf(wrapper, 'clue-step-table')).toEqual([['初步核实报告', '待签收', '2026-12-31']])
    expect(rowsOf(wrapper, 'clue-access-table').map(([person, duty]) => [person, duty])).toEqual([
      ['周健', '承办人'],
      ['赵敏', '纪委书记'],
      ['周健', '核查组成员'],
      ['吴晓燕', '核查组成员'],
    ])
  })

  it('shows a closed clue’s outcome and date, and no steps left', async () => {
    get.mockResolvedValue({ ...newClueDetail, clue: closedClue })
    const { wrapper } = await mountClue('pi-clue-1')

    expect(wrapper.get('[data-test="clue-outcome"]').text()).toBe('谈话提醒')
    expect(wrapper.get('[data-test="clue-way"]').text()).toBe('谈话函询')
    expect(wrapper.get('[data-test="clue-closed-at"]').text()).toBe('2026-05-08')
    expect(wrapper.get('[data-test="clue-step-table"]').text()).toContain('没有待办环节')
  })

  it('marks a clue reported to the higher-level commission', async () => {
    get.mockResolvedValue({ ...newClueDetail, clue: referredClue })
    const { wrapper } = await mountClue('pi-clue-0')

    expect(wrapper.get('[data-test="clue-higher-level"]').text()).toBe('报送上级纪委')
    expect(wrapper.get('[data-test="clue-jurisdiction"]').text()).toBe('报送上级纪委')
    expect(wrapper.get('[data-test="clue-outcome"]').text()).toBe('报送上级')
    expect(wrapper.get('[data-test="clue-source"]').text()).toBe('上级交办转办')
  })

  it('says the clue does not exist or is not the user’s to see (404), and leaves', async () => {
    get.mockRejectedValue(problemError({ status: 404, detail: '没有这条问题线索' }))
    const { wrapper, router } = await mountClue('pi-clue-9')

    expect(wrapper.get('[data-test="clue-not-found"]').text()).toContain(
      '没有这条问题线索，或您不在该线索的知悉范围内',
    )
    expect(wrapper.find('h1').exists()).toBe(false)
    expect(wrapper.find('[data-test="clue-steps"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="clue-access"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="clue-timeline"]').exists()).toBe(false)

    await wrapper.get('[data-test="leave"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues')
  })

  it('shows why the clue could not be loaded, and tries again', async () => {
    get.mockRejectedValueOnce(problemError({ status: 500, detail: '服务器内部错误' }))
    const { wrapper } = await mountClue()

    const error = wrapper.get('[data-test="clue-error"]')
    expect(error.text()).toContain('问题线索加载失败')
    expect(error.text()).toContain('服务器内部错误')

    await error.get('button').trigger('click')
    await flushPromises()
    expect(get).toHaveBeenCalledTimes(2)
    expect(wrapper.get('h1').text()).toBe('纪线〔2026〕3号')
  })

  it('loads the other clue when the address changes', async () => {
    const { wrapper } = await mountClue()
    get.mockResolvedValue(verifiedClueDetail)

    await wrapper.setProps({ id: 'pi-clue-2' })
    await flushPromises()

    expect(get).toHaveBeenLastCalledWith('pi-clue-2')
    expect(wrapper.get('h1').text()).toBe('纪线〔2026〕2号')
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    get.mockResolvedValue(verifiedClueDetail)
    const { wrapper } = await mountClue('pi-clue-2')

    expect(wrapper.get('[data-test="clue-outcome"]').text()).toBe('In progress')
    expect(wrapper.get('[data-test="clue-source"]').text()).toBe('Online report')
    expect(wrapper.get('[data-test="clue-complainant"]').text()).toBe('Anonymous')
    expect(wrapper.get('[data-test="clue-way"]').text()).toBe('Preliminary verification')
    expect(wrapper.get('[data-test="clue-jurisdiction"]').text()).toBe('This commission')
    expect(wrapper.get('[data-test="clue-timeline"]').text()).toBe('View the handling')
    expect(rowsOf(wrapper, 'clue-step-table')[0]![1]).toBe('Not yet taken')
    expect(rowsOf(wrapper, 'clue-access-table').map(([, duty]) => duty)).toEqual([
      'Case officer',
      'Commission head',
      'Verification team',
      'Verification team',
    ])

    get.mockRejectedValue(problemError({ status: 404 }))
    await wrapper.setProps({ id: 'pi-clue-9' })
    await flushPromises()
    expect(wrapper.get('[data-test="clue-not-found"]').text()).toContain(
      'There is no such clue, or you are not on its access list',
    )
  })
})
