import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import type { IntakeDetail } from '@/api/intakes'
import { i18n } from '@/locales'
import { activistIntake, convertedIntake, probationIntake } from '@/test/fixtures/intakes'
import { resetLocale } from '@/test/helpers'
import IntakeRecords from './IntakeRecords.vue'

function mountRecords(intake: IntakeDetail) {
  return mount(IntakeRecords, { props: { intake }, global: { plugins: [i18n] } })
}

type Wrapper = ReturnType<typeof mountRecords>

function texts(wrapper: Wrapper, selector: string): string[] {
  return wrapper.findAll(selector).map((el) => el.text())
}

/** Each person as [name, since]. */
function people(wrapper: Wrapper, test: string): string[][] {
  return wrapper
    .findAll(`[data-test="${test}"]`)
    .map((li) => [li.find('strong').text(), li.find('span').text()])
}

/** A description list's rows as [label, value]. */
function rows(wrapper: Wrapper, section: string): string[][] {
  return wrapper
    .find(`[data-test="${section}"]`)
    .findAll('.el-descriptions__cell')
    .map((cell) => [
      cell.find('.el-descriptions__label').text(),
      cell.find('.el-descriptions__content').text(),
    ])
}

describe('IntakeRecords', () => {
  beforeEach(() => resetLocale())

  it('heads the card and names the mentors with the date they were assigned', () => {
    const wrapper = mountRecords(probationIntake)

    expect(wrapper.find('.el-card__header').text()).toBe('培养考察与接收记录')
    expect(wrapper.find('[data-test="records-empty"]').exists()).toBe(false)
    const mentors = wrapper.find('[data-test="records-mentors"]')
    expect(mentors.find('h3').text()).toBe('培养联系人')
    expect(people(wrapper, 'mentor')).toEqual([
      ['陈静', '2023-09-10 起'],
      ['张三', '2023-09-10 起'],
    ])
  })

  it('lists the half-yearly assessments with date, assessor, conclusion and record', () => {
    const wrapper = mountRecords(probationIntake)

    expect(wrapper.find('[data-test="records-assessments"] h3').text()).toBe('半年考察')
    const assessments = wrapper.findAll('[data-test="assessment"]')
    expect(assessments).toHaveLength(2)
    expect(assessments[0]!.find('[data-test="assessment-date"]').text()).toBe('2024-03-10')
    expect(assessments[0]!.find('[data-test="assessment-assessor"]').text()).toBe('考察人：陈静')
    const good = assessments[0]!.find('[data-test="assessment-conclusion"]')
    expect(good.text()).toBe('好')
    expect(good.classes()).toContain('el-tag--success')
    const fair = assessments[1]!.find('[data-test="assessment-conclusion"]')
    expect(fair.text()).toBe('一般')
    expect(fair.classes()).toContain('el-tag--warning')
    expect(assessments[1]!.find('[data-test="assessment-record"]').text()).toBe(
      '工作积极，\n需加强理论学习。',
    )
  })

  it('shows the development target resolution and notice, the introducers, review and training', () => {
    const wrapper = mountRecords(probationIntake)

    expect(wrapper.find('[data-test="records-development"] h3').text()).toBe('发展对象')
    expect(rows(wrapper, 'records-development')).toEqual([
      ['支委会决定日期', '2024-10-08'],
      ['公示期', '2024-10-09 至 2024-10-15'],
    ])

    expect(wrapper.find('[data-test="records-introducers"] h3').text()).toBe('入党介绍人')
    expect(people(wrapper, 'introducer')).toEqual([
      ['王伟', '2024-10-20 起'],
      ['陈静', '2024-10-20 起'],
    ])

    const review = wrapper.find('[data-test="records-review"]')
    expect(review.find('h3').text()).toBe('政治审查')
    expect(review.find('[data-test="review-date"]').text()).toBe('2024-11-05')
    expect(review.find('[data-test="review-result"]').text()).toBe('合格')
    expect(review.find('[data-test="review-result"]').classes()).toContain('el-tag--success')
    expect(review.find('[data-test="review-conclusion"]').text()).toBe(
      '政治立场坚定，历史清白，政审合格。',
    )

    expect(wrapper.find('[data-test="records-training"] h3').text()).toBe('集中培训')
    expect(rows(wrapper, 'records-training')).toEqual([
      ['培训时间', '2024-11-18 至 2024-11-22'],
      ['培训时长', '5 天，32 学时'],
      ['结业证书编号', 'PX-2024-031'],
    ])
  })

  it('shows a failed political review in red', () => {
    const wrapper = mountRecords({
      ...probationIntake,
      politicalReview: { reviewedOn: '2024-11-05', result: 'failed', conclusion: '不合格。' },
    })

    const result = wrapper.find('[data-test="review-result"]')
    expect(result.text()).toBe('不合格')
    expect(result.classes()).toContain('el-tag--danger')
  })

  it('shows each branch meeting vote with its figures, result and conversion decision', () => {
    const wrapper = mountRecords(probationIntake)

    expect(wrapper.find('[data-test="records-votes"] h3').text()).toBe('支部大会表决')
    const votes = wrapper.findAll('[data-test="vote"]')
    expect(votes).toHaveLength(3)
    expect(votes.map((v) => v.find('[data-test="vote-kind"]').text())).toEqual([
      '接收',
      '接收',
      '转正',
    ])
    expect(votes.map((v) => v.find('[data-test="vote-date"]').text())).toEqual([
      '2025-02-20',
      '2025-03-05',
      '2026-03-10',
    ])

    const noQuorum = votes[0]!.find('[data-test="vote-result"]')
    expect(noQuorum.text()).toBe('未达到法定人数')
    expect(noQuorum.classes()).toContain('el-tag--warning')
    const passed = votes[1]!.find('[data-test="vote-result"]')
    expect(passed.text()).toBe('通过')
    expect(passed.classes()).toContain('el-tag--success')

    const figures = votes[1]!.findAll('[data-test="vote-counts"] > div')
    expect(figures.map((f) => [f.find('dt').text(), f.find('dd').text()])).toEqual([
      ['应到', '9'],
      ['实到', '8'],
      ['赞成', '7'],
      ['反对', '1'],
      ['弃权', '0'],
      ['书面', '1'],
    ])
    expect(votes[1]!.find('[data-test="vote-resolution"]').text()).toBe(
      '同意接收李华为中共预备党员。',
    )
    expect(votes[1]!.find('[data-test="vote-decision"]').exists()).toBe(false)

    expect(votes[2]!.find('[data-test="vote-decision"]').text()).toBe('延长预备期 6 个月')
  })

  it('shows a lost vote in red and the other conversion decisions', () => {
    const lost = { ...probationIntake.votes[1]!, votesFor: 4, result: 'lost' as const }
    const wrapper = mountRecords({
      ...convertedIntake,
      votes: [
        lost,
        ...convertedIntake.votes,
        { ...convertedIntake.votes.at(-1)!, decision: 'cancel' as const },
      ],
    })

    const votes = wrapper.findAll('[data-test="vote"]')
    const result = votes[0]!.find('[data-test="vote-result"]')
    expect(result.text()).toBe('未获通过')
    expect(result.classes()).toContain('el-tag--danger')
    expect(texts(wrapper, '[data-test="vote-decision"]')).toEqual([
      '延长预备期 6 个月',
      '按期转正',
      '取消预备党员资格',
    ])
  })

  it('lists the approvals with kind, date, decision, who decided and the comment', () => {
    const wrapper = mountRecords({
      ...probationIntake,
      facts: { ...probationIntake.facts, leavingSoon: true },
    })

    const section = wrapper.find('[data-test="records-approvals"]')
    expect(section.find('h3').text()).toBe('审批')
    expect(section.find('[data-test="application-form-number"]').text()).toBe(
      '入党志愿书编号：RD-2024-0012',
    )
    expect(section.find('[data-test="leaving-soon"]').text()).toBe('三个月内将离开本单位')
    const approvals = section.findAll('[data-test="approval"]')
    expect(
      approvals.map((a) => [
        a.find('[data-test="approval-kind"]').text(),
        a.find('[data-test="approval-date"]').text(),
        a.find('[data-test="approval-decision"]').text(),
        a.find('[data-test="approval-by"]').text(),
      ]),
    ).toEqual([
      ['预审', '2024-12-02', '预审合格', '审批人：王伟'],
      ['接收审批', '2025-06-20', '批准', '审批人：王伟'],
      ['转正审批', '2026-04-01', '批准', '审批人：王伟'],
    ])
    expect(approvals[0]!.find('[data-test="approval-comment"]').text()).toBe(
      '预审合格，发放入党志愿书。',
    )
    expect(approvals[1]!.find('[data-test="approval-comment"]').exists()).toBe(false)
  })

  it('names a refusal by what it does: not approved, or back to the branch meeting', () => {
    const wrapper = mountRecords({
      ...probationIntake,
      approvals: [
        { ...probationIntake.approvals[0]!, decision: 'returned' },
        { ...probationIntake.approvals[1]!, decision: 'rejected' },
        { ...probationIntake.approvals[2]!, decision: 'rejected' },
      ],
    })

    const decisions = wrapper.findAll('[data-test="approval-decision"]')
    expect(decisions.map((d) => d.text())).toEqual(['退回', '不予批准', '退回支部大会'])
    expect(decisions[1]!.classes()).toContain('el-tag--danger')
    expect(wrapper.find('[data-test="leaving-soon"]').exists()).toBe(false)
  })

  it('shows the probation and warns that the approval was late after 3 months', () => {
    const wrapper = mountRecords(probationIntake)

    expect(wrapper.find('[data-test="records-probation"] h3').text()).toBe('预备期')
    expect(rows(wrapper, 'records-probation')).toEqual([
      ['支部大会通过日期', '2025-03-05'],
      ['入党宣誓日期', '2025-07-01'],
      ['编入党小组', '刑一庭党小组'],
      ['预备期满', '2026-09-05'],
    ])
    const warned = wrapper.find('[data-test="approval-warned"]')
    expect(warned.find('.el-alert__title').text()).toBe('支部大会后 3 个月仍未审批')
    expect(warned.find('.el-alert').classes()).toContain('el-alert--warning')
    expect(warned.text()).toMatch(/2025-06-0[45] \d\d:\d\d 起/)
    expect(wrapper.find('[data-test="approval-breached"]').exists()).toBe(false)
  })

  it('turns the warning into an error once the 6-month limit has passed', () => {
    const wrapper = mountRecords({
      ...probationIntake,
      facts: { ...probationIntake.facts, approvalBreachedAt: '2025-09-04T16:00:00Z' },
    })

    const breached = wrapper.find('[data-test="approval-breached"]')
    expect(breached.find('.el-alert__title').text()).toBe('已超过 6 个月审批时限')
    expect(breached.find('.el-alert').classes()).toContain('el-alert--error')
    expect(wrapper.find('[data-test="approval-warned"]').exists()).toBe(false)
  })

  it('shows the conversion date and the documents archived', () => {
    const wrapper = mountRecords(convertedIntake)

    expect(rows(wrapper, 'records-probation')).toContainEqual(['转正日期', '2026-09-05'])
    expect(wrapper.find('[data-test="records-archive"] h3').text()).toBe('归档')
    expect(wrapper.find('[data-test="archived-on"]').text()).toBe('2026-09-30')
    expect(texts(wrapper, '[data-test="archived-document"]')).toEqual([
      '入党申请书',
      '谈话记录',
      '积极分子培养考察材料',
      '政审材料',
      '培训结业证书',
      '入党志愿书',
      '预备期考察材料',
      '转正材料',
    ])
  })

  it('shows only the sections that have data', () => {
    const wrapper = mountRecords({
      ...activistIntake,
      mentors: [{ username: 'chenjing', name: '陈静', since: '2025-09-10' }],
      facts: { archivedDocuments: ['scanOfSomething'] },
    })

    const sections = wrapper.findAll('section').map((s) => s.attributes('data-test'))
    expect(sections).toEqual(['records-mentors', 'records-archive'])
    expect(wrapper.find('[data-test="archived-on"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="archived-document"]').text()).toBe('scanOfSomething')
  })

  it('says so when nothing after the activist stage is recorded', () => {
    const wrapper = mountRecords(activistIntake)

    expect(wrapper.find('[data-test="records-empty"]').text()).toBe('尚无后续阶段记录')
    expect(wrapper.findAll('section')).toHaveLength(0)
  })

  it('reads a detail from a server without the records as empty', () => {
    const { mentors, introducers, assessments, votes, approvals, facts, ...bare } = activistIntake
    void [mentors, introducers, assessments, votes, approvals, facts]

    const wrapper = mountRecords(bare as IntakeDetail)

    expect(wrapper.find('[data-test="records-empty"]').exists()).toBe(true)
  })

  it('speaks English too', () => {
    i18n.global.locale.value = 'en'

    const wrapper = mountRecords(convertedIntake)

    expect(wrapper.find('.el-card__header').text()).toBe('Records')
    expect(texts(wrapper, '[data-test="vote-decision"]')).toEqual([
      'Extend probation by 6 months',
      'Convert on time',
    ])
    expect(wrapper.find('[data-test="approval-warned"] .el-alert__title').text()).toBe(
      'Not approved 3 months after the branch meeting',
    )
    expect(texts(wrapper, '[data-test="archived-document"]')[0]).toBe('Application letter')
  })
})
