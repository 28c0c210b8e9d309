import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { ACCESS_DUTIES, APPEAL_RESULTS, FOUR_FORMS, SANCTIONS } from '@/api/disciplineClues'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import { isReviewOverdue, sanctionTagType, useDisciplineLabels } from './disciplineLabels'

/** The labels as a component sees them. */
function labels() {
  let found: ReturnType<typeof useDisciplineLabels> | undefined
  mount(
    defineComponent({
      setup() {
        found = useDisciplineLabels()
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return found!
}

describe('the discipline labels', () => {
  beforeEach(resetLocale)

  it('names every duty, decision, appeal result and form in Chinese', () => {
    const { dutyLabel, sanctionLabel, appealLabel, fourFormLabel } = labels()

    expect(ACCESS_DUTIES.map(dutyLabel)).toEqual([
      '承办人',
      '纪委书记',
      '核查、审查组成员',
      '审理组成员',
      '复查组成员',
    ])
    expect(SANCTIONS.map(sanctionLabel)).toEqual([
      '撤销案件（不构成违纪）',
      '批评教育、诫勉（免予处分）',
      '警告',
      '严重警告',
      '撤销党内职务',
      '留党察看',
      '开除党籍',
    ])
    expect(APPEAL_RESULTS.map(appealLabel)).toEqual(['维持原处分', '变更处分', '撤销处分'])
    expect(FOUR_FORMS.map(fourFormLabel)).toEqual([
      '第一种形态',
      '第二种形态',
      '第三种形态',
      '第四种形态',
    ])
  })

  it('says — for nothing and an unknown code as it came', () => {
    const { sanctionLabel, appealLabel, fourFormLabel } = labels()

    expect(sanctionLabel(null)).toBe('—')
    expect(appealLabel(undefined)).toBe('—')
    expect(fourFormLabel(null)).toBe('—')
    expect(fourFormLabel(5)).toBe('5')
    expect(sanctionLabel('demotion' as never)).toBe('demotion')
  })

  it('names them in English too', () => {
    i18n.global.locale.value = 'en'
    const { dutyLabel, sanctionLabel, appealLabel, fourFormLabel } = labels()

    expect(ACCESS_DUTIES.map(dutyLabel)).toEqual([
      'Case officer',
      'Commission head',
      'Verification or review team',
      'Hearing panel',
      'Appeal review team',
    ])
    expect(sanctionLabel('none')).toBe('Case dismissed (no violation)')
    expect(sanctionLabel('probation')).toBe('Probation within the Party')
    expect(appealLabel('revoke')).toBe('Sanction revoked')
    expect(fourFormLabel(3)).toBe('Third form')
  })

  it('colours a dismissal green, no sanction amber, a Party sanction red', () => {
    expect(SANCTIONS.map(sanctionTagType)).toEqual([
      'success',
      'warning',
      'danger',
      'danger',
      'danger',
      'danger',
      'danger',
    ])
  })

  it('calls a review overdue only past its date, undecided and open', () => {
    const now = Date.parse('2026-09-01T00:00:00Z')
    const due = '2026-08-30T15:59:59Z'

    expect(isReviewOverdue({ reviewDue: due }, now)).toBe(true)
    expect(isReviewOverdue({ reviewDue: '2026-09-30T15:59:59Z' }, now)).toBe(false)
    expect(isReviewOverdue({ reviewDue: due, sanction: 'warning' }, now)).toBe(false)
    expect(isReviewOverdue({ reviewDue: due, closedAt: '2026-08-31T00:00:00Z' }, now)).toBe(false)
    expect(isReviewOverdue({ reviewDue: null }, now)).toBe(false)
  })
})
