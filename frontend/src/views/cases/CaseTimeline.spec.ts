import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/locales'
import { helpCase } from '@/test/fixtures/cases'
import { resetLocale } from '@/test/helpers'
import CaseTimeline from './CaseTimeline.vue'

function mountTimeline() {
  return mount(CaseTimeline, {
    props: { entries: helpCase.timeline },
    global: { plugins: [i18n] },
  })
}

describe('CaseTimeline', () => {
  beforeEach(resetLocale)

  it('lists every step in order with who handled it', () => {
    const wrapper = mountTimeline()

    const names = wrapper.findAll('[data-test="timeline-name"]').map((n) => n.text())
    expect(names).toEqual(['提出申请', '支部书记审核', '机关党委审批', '承办人办理反馈'])
    const who = wrapper.findAll('[data-test="timeline-who"]').map((n) => n.text())
    expect(who).toEqual(['李强', '张三'])
  })

  it('gives a finished step its duration and quotes its opinion', () => {
    const wrapper = mountTimeline()
    const review = wrapper.findAll('[data-test="timeline-entry"]')[1]!

    expect(review.find('[data-test="timeline-duration"]').text()).toContain('用时 2天3小时')
    expect(review.find('[data-test="timeline-opinion"]').text()).toContain('情况属实，同意。')
    expect(review.find('[data-test="timeline-opinion"]').text()).toContain('李强')
  })

  it('tags a decided step with its outcome', () => {
    const wrapper = mountTimeline()

    const outcomes = wrapper.findAll('[data-test="timeline-outcome"]')
    expect(outcomes).toHaveLength(1)
    expect(outcomes[0]!.text()).toBe('通过，报机关党委审批')
    expect(wrapper.findAll('[data-test="timeline-entry"]')[1]!.text()).toContain(
      '通过，报机关党委审批',
    )
  })

  it('tags only the canceled step as canceled', () => {
    const wrapper = mountTimeline()

    const canceled = wrapper.findAll('[data-test="timeline-canceled"]')
    expect(canceled).toHaveLength(1)
    expect(canceled[0]!.text()).toBe('已取消')
    expect(wrapper.findAll('[data-test="timeline-entry"]')[2]!.text()).toContain('机关党委审批')
    expect(wrapper.findAll('[data-test="timeline-entry"]')[2]!.text()).toContain('已取消')
  })

  it('shows an open step as waiting, and no duration for events', () => {
    const wrapper = mountTimeline()
    const entries = wrapper.findAll('[data-test="timeline-entry"]')

    expect(entries[0]!.find('[data-test="timeline-duration"]').exists()).toBe(false)
    expect(entries[3]!.find('[data-test="timeline-duration"]').text()).toContain('已等待')
    expect(entries[3]!.text()).toContain('办理中')
  })
})
