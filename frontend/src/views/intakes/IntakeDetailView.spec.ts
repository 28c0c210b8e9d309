import { flushPromises } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/api/auth'
import { intakesApi, type IntakeDetail } from '@/api/intakes'
import { i18n } from '@/locales'
import {
  activistIntake,
  closedIntake,
  convertedIntake,
  probationIntake,
  stepsOf,
} from '@/test/fixtures/intakes'
import { resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import IntakeDetailView from './IntakeDetailView.vue'

vi.mock('@/api/intakes', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/intakes')>()),
  intakesApi: { list: vi.fn(), get: vi.fn() },
}))

const get = vi.mocked(intakesApi.get)

/** The applicant of the activist case, a member of staff with no role over intakes. */
const zhoumin: CurrentUser = {
  username: 'zhoumin',
  displayName: '周敏',
  roles: ['staff'],
  branch: { id: 3, name: '第一党支部（审判业务）' },
  passwordMustChange: false,
}

async function mountIntake(id: string, user: CurrentUser = wangwei) {
  const app = setup(user)
  await app.router.push(`/intakes/${id}`)
  const wrapper = mount(IntakeDetailView, {
    props: { id },
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return { wrapper, router: app.router }
}

type Wrapper = Awaited<ReturnType<typeof mountIntake>>['wrapper']

function step(wrapper: Wrapper, number: number) {
  const found = wrapper
    .findAll('[data-test="step"]')
    .find((li) => li.find('[data-test="step-number"]').text() === String(number))
  if (!found) throw new Error(`no step ${number}`)
  return found
}

describe('IntakeDetailView', () => {
  beforeEach(() => {
    resetLocale()
    get.mockReset()
  })

  it('heads the page with the applicant, branch, stage, state, rules, date and process', async () => {
    get.mockResolvedValue(activistIntake)

    const { wrapper } = await mountIntake('9')

    expect(get).toHaveBeenCalledWith('9')
    expect(wrapper.find('[data-test="intake-title"]').text()).toBe('周敏 的入党申请')
    expect(wrapper.find('[data-test="intake-stage"]').text()).toBe('入党积极分子')
    expect(wrapper.find('[data-test="intake-state"]').text()).toBe('进行中')
    expect(wrapper.find('[data-test="intake-applicant"]').text()).toBe('周敏 （zhoumin）')
    expect(wrapper.find('[data-test="intake-branch"]').text()).toBe('第一党支部（审判业务）')
    expect(wrapper.find('[data-test="intake-date"]').text()).toBe('2025-03-01')
    expect(wrapper.find('[data-test="intake-rules"]').text()).toBe('《发展党员工作细则》2014')
    expect(wrapper.find('[data-test="intake-outcome"]').exists()).toBe(false)
    const process = wrapper.find('[data-test="intake-process"]')
    expect(process.text()).toBe('查看流程')
    expect(process.attributes('href')).toBe('/cases/pi-intake-9')
  })

  it('lays the 25 steps out in the five stages', async () => {
    get.mockResolvedValue(activistIntake)

    const { wrapper } = await mountIntake('9')

    const stages = wrapper.findAll('[data-test="stage"]')
    expect(stages.map((s) => s.find('[data-test="stage-title"]').text())).toEqual([
      '第一阶段　入党申请',
      '第二阶段　入党积极分子的确定和培养教育',
      '第三阶段　发展对象的确定和考察',
      '第四阶段　预备党员的接收',
      '第五阶段　预备党员的教育考察和转正',
    ])
    expect(stages.map((s) => s.findAll('[data-test="step"]').length)).toEqual([2, 4, 5, 9, 5])
    expect(stages.map((s) => s.find('[data-test="stage-state"]').text())).toEqual([
      '已完成',
      '进行中',
      '未开始',
      '未开始',
      '未开始',
    ])
    expect(wrapper.findAll('[data-test="step-number"]').map((n) => n.text())).toEqual(
      Array.from({ length: 25 }, (_, i) => String(i + 1)),
    )
  })

  it('shows each step done with its date, the current one with its late deadline, the rest grey', async () => {
    get.mockResolvedValue(activistIntake)

    const { wrapper } = await mountIntake('9')

    const applied = step(wrapper, 1)
    expect(applied.attributes('data-state')).toBe('done')
    expect(applied.classes()).toContain('rh-step--done')
    expect(applied.find('[data-test="step-name"]').text()).toBe('递交入党申请书')
    expect(applied.find('[data-test="step-status"]').text()).toBe('2025-03-01 完成')
    expect(applied.find('[data-test="step-actor"]').text()).toBe('办理：申请人')
    expect(applied.find('[data-test="step-rule"]').text()).toBe('依据：年满十八周岁（第五条）')
    expect(step(wrapper, 3).find('[data-test="step-status"]').text()).toBe('2025-09-01 完成')

    const filing = step(wrapper, 4)
    expect(filing.attributes('data-state')).toBe('current')
    expect(filing.attributes('aria-current')).toBe('step')
    expect(filing.classes()).toContain('rh-step--current')
    expect(filing.classes()).toContain('rh-step--overdue')
    expect(filing.find('[data-test="step-status"]').text()).toBe('办理中')
    const due = filing.find('[data-test="step-due"]')
    expect(due.text()).toMatch(/^期限 2025-09-0[89] \d\d:59$/)
    expect(due.classes()).toContain('rh-step__due--overdue')
    expect(filing.find('[data-test="step-overdue"]').text()).toBe('已超期')
    expect(filing.find('[data-test="step-actor"]').text()).toBe('办理：机关党委')
    expect(filing.find('[data-test="step-rule"]').text()).toBe(
      '依据：确定后报上级党委备案（第八条）',
    )

    const mentors = step(wrapper, 5)
    expect(mentors.attributes('data-state')).toBe('upcoming')
    expect(mentors.classes()).toContain('rh-step--upcoming')
    expect(mentors.find('[data-test="step-status"]').text()).toBe('未开始')
    expect(mentors.find('[data-test="step-due"]').exists()).toBe(false)
    expect(mentors.find('[data-test="step-rule"]').text()).toBe('依据：1 至 2 名正式党员（第九条）')

    expect(wrapper.findAll('[data-state="done"][data-test="step"]')).toHaveLength(3)
    expect(wrapper.findAll('[data-state="current"][data-test="step"]')).toHaveLength(1)
    expect(wrapper.findAll('[data-state="upcoming"][data-test="step"]')).toHaveLength(21)
  })

  it('shows a current step that is not late without the red', async () => {
    get.mockResolvedValue({
      ...activistIntake,
      steps: stepsOf(
        { 1: '2026-03-10' },
        { number: 2, due: '2026-04-10T15:59:59Z', overdue: false },
      ),
    })

    const { wrapper } = await mountIntake('9')

    const talk = step(wrapper, 2)
    expect(talk.attributes('data-state')).toBe('current')
    expect(talk.classes()).not.toContain('rh-step--overdue')
    expect(talk.find('[data-test="step-due"]').classes()).not.toContain('rh-step__due--overdue')
    expect(talk.find('[data-test="step-overdue"]').exists()).toBe(false)
  })

  it('strikes through the steps a closed case never held, and says how it ended', async () => {
    get.mockResolvedValue(closedIntake)

    const { wrapper } = await mountIntake('4')

    expect(wrapper.find('[data-test="intake-state"]').text()).toBe('已结束')
    expect(wrapper.find('[data-test="intake-outcome"]').text()).toBe('暂未确定为入党积极分子')
    const decided = step(wrapper, 3)
    expect(decided.attributes('data-state')).toBe('done')
    expect(decided.find('[data-test="step-status"]').text()).toBe('已完成')
    const filing = step(wrapper, 4)
    expect(filing.attributes('data-state')).toBe('skipped')
    expect(filing.classes()).toContain('rh-step--skipped')
    expect(filing.find('[data-test="step-status"]').text()).toBe('未进行')
    expect(wrapper.findAll('[data-state="skipped"][data-test="step"]')).toHaveLength(22)
    const stageStates = wrapper.findAll('[data-test="stage-state"]').map((tag) => tag.text())
    expect(stageStates).toEqual(['已完成', '未完成', '未进行', '未进行', '未进行'])
  })

  it('names the talk on behalf of the Party committee', async () => {
    get.mockResolvedValue({
      ...activistIntake,
      talks: [
        ...activistIntake.talks,
        {
          kind: 'committee',
          talker: 'wangwei',
          talkerName: '王伟',
          talkDate: '2026-02-03',
          record: '对党的认识端正。',
        },
      ],
    })

    const { wrapper } = await mountIntake('9')

    const talks = wrapper.findAll('[data-test="talk"]')
    expect(talks).toHaveLength(2)
    expect(talks[1]!.text()).toContain('上级党委派人谈话')
    expect(talks[1]!.text()).toContain('谈话人：王伟')
  })

  it('lists the talks held and the registry entries the case made', async () => {
    get.mockResolvedValue(activistIntake)

    const { wrapper } = await mountIntake('9')

    const talks = wrapper.findAll('[data-test="talk"]')
    expect(talks).toHaveLength(1)
    expect(talks[0]!.text()).toContain('与入党申请人谈话')
    expect(talks[0]!.text()).toContain('2025-03-20')
    expect(talks[0]!.text()).toContain('谈话人：陈静')
    expect(talks[0]!.find('[data-test="talk-record"]').text()).toBe(
      '了解了入党动机和对党的认识，\n勉励其加强理论学习。',
    )

    const entries = wrapper.findAll('[data-test="registry"] .el-table__body tr')
    expect(entries.map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([
      ['2025-03-01', '入党申请人', '递交入党申请书'],
      ['2025-09-01', '入党积极分子', '确定入党积极分子'],
    ])
  })

  it('shows the records of the later stages between the talks and the registry', async () => {
    get.mockResolvedValue(probationIntake)

    const { wrapper } = await mountIntake('21')

    const side = wrapper.find('.rh-intake__side')
    const panels = side.findAll('[data-test$="-panel"]').map((p) => p.attributes('data-test'))
    expect(panels).toEqual(['talks-panel', 'records-panel', 'registry-panel'])
    const records = wrapper.find('[data-test="records-panel"]')
    expect(records.text()).toContain('培养考察与接收记录')
    expect(records.findAll('[data-test="vote"]')).toHaveLength(3)
    expect(records.find('[data-test="approval-warned"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="intake-stage"]').text()).toBe('预备党员')
    expect(wrapper.findAll('[data-test="registry-status"]').map((tag) => tag.text())).toEqual([
      '入党申请人',
      '入党积极分子',
      '发展对象',
      '预备党员',
    ])
  })

  it('says the case has no later records yet while it is in the activist stage', async () => {
    get.mockResolvedValue(activistIntake)

    const { wrapper } = await mountIntake('9')

    expect(wrapper.find('[data-test="records-empty"]').text()).toBe('尚无后续阶段记录')
  })

  it('shows the joining and the oath done the same day, and the probation current with no deadline', async () => {
    get.mockResolvedValue(probationIntake)

    const { wrapper } = await mountIntake('21')

    expect(step(wrapper, 19).find('[data-test="step-status"]').text()).toBe('2025-07-01 完成')
    expect(step(wrapper, 20).find('[data-test="step-status"]').text()).toBe('2025-07-01 完成')
    const probation = step(wrapper, 21)
    expect(probation.attributes('data-state')).toBe('current')
    expect(probation.classes()).not.toContain('rh-step--overdue')
    expect(probation.find('[data-test="step-status"]').text()).toBe('办理中')
    expect(probation.find('[data-test="step-due"]').exists()).toBe(false)
    expect(probation.find('[data-test="step-overdue"]').exists()).toBe(false)
    const stageStates = wrapper.findAll('[data-test="stage-state"]').map((tag) => tag.text())
    expect(stageStates).toEqual(['已完成', '已完成', '已完成', '已完成', '进行中'])
    expect(wrapper.findAll('[data-state="done"][data-test="step"]')).toHaveLength(20)
  })

  it('shows a current step that has no deadline, such as the development target decision', async () => {
    get.mockResolvedValue({
      ...activistIntake,
      stage: 'activist',
      steps: stepsOf(
        { 1: '2025-03-01', 2: '2025-03-20', 3: '2025-09-01', 4: '2025-09-05', 5: '2025-09-10' },
        { number: 7 },
      ),
    })

    const { wrapper } = await mountIntake('9')

    // Step 6 (the assessment cycle) is not done: the stage is still in progress.
    const decide = step(wrapper, 7)
    expect(decide.attributes('data-state')).toBe('current')
    expect(decide.find('[data-test="step-status"]').text()).toBe('办理中')
    expect(decide.find('[data-test="step-due"]').exists()).toBe(false)
    const stageStates = wrapper.findAll('[data-test="stage-state"]').map((tag) => tag.text())
    expect(stageStates).toEqual(['已完成', '进行中', '进行中', '未开始', '未开始'])
  })

  it('says how a case that went the whole way, or stopped on the way, ended', async () => {
    get.mockResolvedValueOnce(convertedIntake)
    const converted = await mountIntake('21')
    expect(converted.wrapper.find('[data-test="intake-outcome"]').text()).toBe('已转正')
    expect(converted.wrapper.find('[data-test="intake-stage"]').text()).toBe('正式党员')

    const outcomes: [string, string][] = [
      ['activist-dropped', '取消入党积极分子资格'],
      ['political-review-failed', '政治审查未通过'],
      ['vote-lost', '支部大会未通过'],
      ['not-approved', '上级党委未批准'],
      ['cancelled', '取消预备党员资格'],
      ['not-activist', '暂未确定为入党积极分子'],
      ['some-new-ending', 'some-new-ending'],
    ]
    for (const [outcome, label] of outcomes) {
      get.mockResolvedValueOnce({ ...closedIntake, outcome })
      const { wrapper } = await mountIntake('4')
      expect(wrapper.find('[data-test="intake-outcome"]').text()).toBe(label)
    }
  })

  it('says when no talk is recorded and the registry has no entry yet', async () => {
    get.mockResolvedValue(closedIntake)

    const { wrapper } = await mountIntake('4')

    expect(wrapper.find('[data-test="no-talks"]').text()).toBe('暂无谈话记录')
    expect(wrapper.find('[data-test="registry"]').text()).toContain('暂无名册记录')
  })

  it('names a registry step by its key when the server gives no name, and has no process link without an instance', async () => {
    const bare: IntakeDetail = {
      ...activistIntake,
      processInstanceId: undefined,
      steps: [],
      registry: [{ status: 'applicant', effectiveOn: '2025-03-01', step: 'importedFromPaper' }],
    }
    get.mockResolvedValue(bare)

    const { wrapper } = await mountIntake('9')

    expect(wrapper.find('[data-test="intake-process"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="no-steps"]').text()).toBe('暂无步骤信息')
    expect(wrapper.find('[data-test="registry"] .el-table__body tr').text()).toContain(
      'importedFromPaper',
    )
  })

  it('says plainly that a case one may not see does not exist, and leads back to the list', async () => {
    get.mockRejectedValue(
      problemError({ status: 404, code: 'not-found', detail: '该入党申请不存在或您无权查看: 99' }),
    )

    const { wrapper, router } = await mountIntake('99')

    expect(wrapper.find('[data-test="intake-not-found"]').text()).toContain(
      '该入党申请不存在或您无权查看',
    )
    expect(wrapper.find('[data-test="steps-panel"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="talks-panel"]').exists()).toBe(false)

    const leave = wrapper.find('[data-test="leave"]')
    expect(leave.text()).toBe('返回发展党员名单')
    await leave.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('intakes')
  })

  it('lets the applicant open their own case, and sends them home from a missing one', async () => {
    get.mockResolvedValueOnce(activistIntake)
    const own = await mountIntake('9', zhoumin)
    expect(own.router.currentRoute.value.name).toBe('intake')
    expect(own.wrapper.find('[data-test="intake-title"]').text()).toBe('周敏 的入党申请')

    get.mockRejectedValueOnce(problemError({ status: 404, detail: 'not found' }))
    const other = await mountIntake('12', zhoumin)
    const leave = other.wrapper.find('[data-test="leave"]')
    expect(leave.text()).toBe('返回首页')
    await leave.trigger('click')
    await flushPromises()
    expect(other.router.currentRoute.value.name).toBe('home')
  })

  it('shows the server explanation of another failure and tries again', async () => {
    get.mockRejectedValueOnce(problemError({ status: 500, detail: '服务器错误' }))
    get.mockResolvedValueOnce(activistIntake)

    const { wrapper } = await mountIntake('9')

    expect(wrapper.find('[data-test="intake-error"]').text()).toContain('服务器错误')
    expect(wrapper.find('[data-test="intake-not-found"]').exists()).toBe(false)

    await wrapper.find('[data-test="intake-error"] button').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="intake-title"]').exists()).toBe(true)
    expect(wrapper.findAll('[data-test="step"]')).toHaveLength(25)
  })

  it('shows a skeleton while loading', async () => {
    get.mockReturnValue(new Promise(() => {}))

    const { wrapper } = await mountIntake('9')

    expect(wrapper.find('[data-test="intake-loading"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="steps-panel"]').exists()).toBe(false)
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    get.mockResolvedValue(activistIntake)

    const { wrapper } = await mountIntake('9')

    expect(wrapper.find('[data-test="intake-title"]').text()).toBe('Application of 周敏')
    expect(wrapper.find('[data-test="intake-stage"]').text()).toBe('Activist')
    expect(wrapper.findAll('[data-test="stage-title"]')[0]!.text()).toBe('Stage 1 · 入党申请')
    expect(step(wrapper, 4).find('[data-test="step-status"]').text()).toBe('In progress')
    expect(step(wrapper, 1).find('[data-test="step-status"]').text()).toBe('Done on 2025-03-01')
    expect(wrapper.find('[data-test="registry"]').text()).toContain('Effective on')
  })
})
