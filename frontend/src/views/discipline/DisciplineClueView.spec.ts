import { flushPromises, mount } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { disciplineCluesApi } from '@/api/disciplineClues'
import { i18n } from '@/locales'
import {
  caseClue,
  caseClueDetail,
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
  disciplineCluesApi: { list: vi.fn(), get: vi.fn(), recuse: vi.fn() },
}))

const get = vi.mocked(disciplineCluesApi.get)
const recuse = vi.mocked(disciplineCluesApi.recuse)

const zhoujian: CurrentUser = {
  username: 'zhoujian',
  displayName: '周健',
  roles: ['staff', 'discipline'],
  branch: { id: 8, name: '第三党支部（综合部门）' },
  passwordMustChange: false,
}

/** The commission head (纪委书记). */
const zhaomin: CurrentUser = {
  ...zhoujian,
  username: 'zhaomin',
  displayName: '赵敏',
  roles: ['staff', 'discipline', 'discipline-head'],
}

async function mountClue(id = 'pi-clue-3', user: CurrentUser = zhoujian) {
  const app = setup(user)
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
    recuse.mockReset()
    recuse.mockResolvedValue()
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
      ['吴晓燕', '核查、审查组成员'],
      ['周健', '核查、审查组成员'],
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
      ['周健', '核查、审查组成员'],
      ['吴晓燕', '核查、审查组成员'],
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
      'Verification or review team',
      'Verification or review team',
    ])

    get.mockRejectedValue(problemError({ status: 404 }))
    await wrapper.setProps({ id: 'pi-clue-9' })
    await flushPromises()
    expect(wrapper.get('[data-test="clue-not-found"]').text()).toContain(
      'There is no such clue, or you are not on its access list',
    )
  })
})

function textOf(wrapper: Wrapper, test: string) {
  return wrapper.get(`[data-test="${test}"]`).text()
}

describe('DisciplineClueView: the case review (立案审查)', () => {
  beforeEach(() => {
    resetLocale()
    get.mockReset()
    get.mockResolvedValue(caseClueDetail)
  })

  it('shows the case: opened, review due, decision, its date and number, appeal, closing', async () => {
    const { wrapper } = await mountClue('pi-clue-4')

    const card = wrapper.get('[data-test="clue-case"]')
    expect(card.text()).toContain('立案审查')
    expect(textOf(wrapper, 'case-opened')).toMatch(/^2026-06-01 \d\d:00$/)
    expect(textOf(wrapper, 'case-review-due')).toBe('2026-08-30')
    expect(wrapper.find('[data-test="case-review-overdue"]').exists()).toBe(false)
    const sanction = wrapper.get('[data-test="case-sanction"]')
    expect(sanction.text()).toBe('严重警告')
    expect(sanction.classes()).toContain('el-tag--danger')
    expect(textOf(wrapper, 'case-decided-on')).toBe('2026-08-20')
    expect(textOf(wrapper, 'case-decision-number')).toBe('纪处〔2026〕2号')
    expect(textOf(wrapper, 'case-appeal')).toBe('—')
    expect(textOf(wrapper, 'case-closed-at')).toBe('—')
    const timeline = wrapper.get('[data-test="case-timeline"]')
    expect(timeline.text()).toBe('查看审查过程')
    expect(timeline.attributes('href')).toBe('/cases/pi-case-4')
    expect(textOf(wrapper, 'clue-four-form')).toBe('第二种形态')
    // The clue stays in progress while its case runs; the case's steps are listed as the clue's.
    expect(textOf(wrapper, 'clue-outcome')).toBe('办理中')
    expect(rowsOf(wrapper, 'clue-step-table')).toEqual([['复查', '吴晓燕', '2026-11-30']])
  })

  it('shows the appeal’s conclusion and the closing once there', async () => {
    get.mockResolvedValue({
      ...caseClueDetail,
      clue: {
        ...caseClue,
        caseFile: {
          ...caseClue.caseFile!,
          appealResult: 'change',
          closedAt: '2026-10-10T02:00:00Z',
        },
      },
    })
    const { wrapper } = await mountClue('pi-clue-4')

    expect(textOf(wrapper, 'case-appeal')).toBe('变更处分')
    expect(textOf(wrapper, 'case-closed-at')).toBe('2026-10-10')
  })

  it('marks the review due date red once passed with no decision', async () => {
    get.mockResolvedValue({
      ...caseClueDetail,
      clue: {
        ...caseClue,
        fourForm: null,
        caseFile: {
          openedAt: '2026-06-01T02:00:00Z',
          reviewDue: '2020-08-30T04:00:00Z',
        },
      },
    })
    const { wrapper } = await mountClue('pi-clue-4')

    const due = wrapper.get('[data-test="case-review-due"]')
    expect(due.text()).toBe('2020-08-30')
    expect(due.classes()).toContain('rh-clue-case__due--overdue')
    expect(textOf(wrapper, 'case-review-overdue')).toBe('逾期')
    expect(textOf(wrapper, 'case-sanction')).toBe('待决定')
    expect(textOf(wrapper, 'case-decided-on')).toBe('—')
    expect(textOf(wrapper, 'case-decision-number')).toBe('—')
    expect(wrapper.find('[data-test="clue-four-form"]').exists()).toBe(false)
  })

  it('shows no case section for a clue without one, but its form when it has one', async () => {
    get.mockResolvedValue({ ...newClueDetail, clue: closedClue })
    const { wrapper } = await mountClue('pi-clue-1')

    expect(wrapper.find('[data-test="clue-case"]').exists()).toBe(false)
    expect(textOf(wrapper, 'clue-outcome')).toBe('谈话提醒')
    expect(textOf(wrapper, 'clue-four-form')).toBe('第一种形态')
  })

  it('names the review team, the hearing panel and the appeal reviewers on the access list', async () => {
    const { wrapper } = await mountClue('pi-clue-4')

    expect(rowsOf(wrapper, 'clue-access-table').map(([person, duty]) => [person, duty])).toEqual([
      ['周健', '承办人'],
      ['赵敏', '纪委书记'],
      ['周健', '核查、审查组成员'],
      ['孙丽', '审理组成员'],
      ['吴晓燕', '复查组成员'],
    ])
  })

  it('lists the recusals: who, why, declared by whom, when; none without any', async () => {
    const { wrapper } = await mountClue('pi-clue-4')

    const rows = rowsOf(wrapper, 'clue-recusal-table')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.slice(0, 3)).toEqual(['刘洋', '与被反映人系近亲属关系', '赵敏'])
    expect(rows[0]![3]).toMatch(/^2026-06-0\d \d\d:00$/)
    expect(wrapper.get('[data-test="clue-recusals"]').text()).toContain('回避记录')

    get.mockResolvedValue(newClueDetail)
    await wrapper.setProps({ id: 'pi-clue-3' })
    await flushPromises()
    expect(wrapper.find('[data-test="clue-recusals"]').exists()).toBe(false)
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountClue('pi-clue-4')

    expect(wrapper.get('[data-test="clue-case"]').text()).toContain('Case review')
    expect(textOf(wrapper, 'case-sanction')).toBe('Serious warning')
    expect(textOf(wrapper, 'clue-four-form')).toBe('Second form')
    expect(rowsOf(wrapper, 'clue-access-table').map(([, duty]) => duty)).toEqual([
      'Case officer',
      'Commission head',
      'Verification or review team',
      'Hearing panel',
      'Appeal review team',
    ])
    expect(wrapper.get('[data-test="clue-recusals"]').text()).toContain('Recusals')
  })
})

describe('DisciplineClueView: recusal (回避)', () => {
  beforeEach(() => {
    resetLocale()
    get.mockReset()
    get.mockResolvedValue(newClueDetail)
    recuse.mockReset()
    recuse.mockResolvedValue()
  })

  function dialog(wrapper: Wrapper) {
    return wrapper.get('[data-test="recusal-dialog"]')
  }

  function dialogOpen(wrapper: Wrapper): boolean {
    return wrapper.getComponent({ name: 'ElDialog' }).props('modelValue') as boolean
  }

  async function typeReason(wrapper: Wrapper, reason: string) {
    await wrapper.get('textarea[data-test="recusal-reason"]').setValue(reason)
  }

  async function confirm(wrapper: Wrapper) {
    await wrapper.get('[data-test="recusal-confirm"]').trigger('click')
    await flushPromises()
  }

  function reasonError(wrapper: Wrapper) {
    return dialog(wrapper).find('.el-form-item__error')
  }

  it('lets an officer on the list who is not the head declare a conflict, and nothing more', async () => {
    const { wrapper } = await mountClue()

    expect(textOf(wrapper, 'recusal-declare')).toBe('申请回避')
    expect(wrapper.find('[data-test="recusal-order"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="clue-access-table"]').text()).not.toContain('操作')
  })

  it('asks for the reason before sending anything', async () => {
    const { wrapper } = await mountClue()
    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()

    expect(dialogOpen(wrapper)).toBe(true)
    expect(dialog(wrapper).text()).toContain('申请回避')
    const textarea = wrapper.get('textarea[data-test="recusal-reason"]')
    expect(textarea.attributes('maxlength')).toBe('1000')

    await typeReason(wrapper, '   ')
    await confirm(wrapper)

    expect(recuse).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(reasonError(wrapper).text()).toBe('请填写回避理由'))
    expect(dialogOpen(wrapper)).toBe(true)
  })

  it('sends one’s own recusal and goes back to the register, the clue no longer one’s to see', async () => {
    const success = vi.spyOn(ElMessage, 'success')
    const { wrapper, router } = await mountClue()
    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()

    await typeReason(wrapper, '  与被反映人系同学关系  ')
    await confirm(wrapper)

    expect(recuse).toHaveBeenCalledExactlyOnceWith('pi-clue-3', 'zhoujian', '与被反映人系同学关系')
    expect(success).toHaveBeenCalledWith('您已回避，不能再查看该线索')
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues')
    expect(get).toHaveBeenCalledTimes(1)
  })

  it('puts the server’s field error under the reason and keeps the dialog open', async () => {
    recuse.mockRejectedValue(
      problemError({
        status: 400,
        title: 'Bad Request',
        errors: [{ field: 'reason', message: '回避理由最多 1000 字' }],
      }),
    )
    const { wrapper, router } = await mountClue()
    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()

    await typeReason(wrapper, '理由')
    await confirm(wrapper)

    await vi.waitFor(() => expect(reasonError(wrapper).text()).toBe('回避理由最多 1000 字'))
    expect(wrapper.find('[data-test="recusal-error"]').exists()).toBe(false)
    expect(dialogOpen(wrapper)).toBe(true)
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues/pi-clue-3')
  })

  it('says a refusal without field errors above the reason', async () => {
    recuse.mockRejectedValue(
      problemError({ status: 409, detail: '纪委书记需要回避的，报上级纪委决定' }),
    )
    const { wrapper } = await mountClue()
    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()

    await typeReason(wrapper, '理由')
    await confirm(wrapper)

    expect(textOf(wrapper, 'recusal-error')).toBe('纪委书记需要回避的，报上级纪委决定')
    expect(dialogOpen(wrapper)).toBe(true)
  })

  it('gives the head an order per other person, none on the head’s own row, no declaring', async () => {
    get.mockResolvedValue(verifiedClueDetail)
    const { wrapper } = await mountClue('pi-clue-2', zhaomin)

    expect(wrapper.find('[data-test="recusal-declare"]').exists()).toBe(false)
    const rows = wrapper.get('[data-test="clue-access-table"]').findAll('.el-table__body tr')
    expect(
      rows.map((row) => [
        row.get('[data-test="access-person"]').text(),
        row.find('[data-test="recusal-order"]').exists(),
      ]),
    ).toEqual([
      ['周健', true],
      ['赵敏', false],
      // 周健 again, on the team: one order a person is enough.
      ['周健', false],
      ['吴晓燕', true],
    ])
    expect(rows[0]!.get('[data-test="recusal-order"]').text()).toBe('决定回避')
  })

  it('sends the head’s order for someone else and shows the clue again', async () => {
    const success = vi.spyOn(ElMessage, 'success')
    get.mockResolvedValue(verifiedClueDetail)
    const { wrapper, router } = await mountClue('pi-clue-2', zhaomin)

    const rows = wrapper.get('[data-test="clue-access-table"]').findAll('.el-table__body tr')
    await rows[3]!.get('[data-test="recusal-order"]').trigger('click')
    await flushPromises()
    expect(dialog(wrapper).text()).toContain('决定 吴晓燕 回避')

    await typeReason(wrapper, '与被反映人有利害关系')
    await confirm(wrapper)

    expect(recuse).toHaveBeenCalledExactlyOnceWith('pi-clue-2', 'wuxiaoyan', '与被反映人有利害关系')
    expect(success).toHaveBeenCalledWith('吴晓燕 已回避')
    expect(get).toHaveBeenCalledTimes(2)
    expect(router.currentRoute.value.fullPath).toBe('/discipline-clues/pi-clue-2')
    expect(dialogOpen(wrapper)).toBe(false)
  })

  it('starts each dialog with an empty reason', async () => {
    const { wrapper } = await mountClue()
    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()
    await typeReason(wrapper, '草稿')
    await wrapper.get('[data-test="recusal-cancel"]').trigger('click')
    await flushPromises()
    expect(dialogOpen(wrapper)).toBe(false)

    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()
    expect(
      wrapper.get<HTMLTextAreaElement>('textarea[data-test="recusal-reason"]').element.value,
    ).toBe('')
    expect(recuse).not.toHaveBeenCalled()
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const { wrapper } = await mountClue()
    expect(textOf(wrapper, 'recusal-declare')).toBe('Declare a conflict')
    await wrapper.get('[data-test="recusal-declare"]').trigger('click')
    await flushPromises()
    await confirm(wrapper)

    await vi.waitFor(() => expect(reasonError(wrapper).text()).toBe('Please give the reason'))
    expect(dialog(wrapper).text()).toContain('Declare a conflict of interest')
  })
})
