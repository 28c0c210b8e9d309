import { useI18n } from 'vue-i18n'
import type { IntakeStage } from '@/api/intakes'
import type { MemberStatus } from '@/api/org'

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/**
 * The tag colour of a stage (or registry status): the further along, the warmer; full in red.
 * Not a member (群众) and the two ends short of membership (未予发展, 取消预备党员资格) are grey.
 */
export function stageTagType(stage: IntakeStage | MemberStatus): TagType {
  switch (stage) {
    case 'activist':
      return 'warning'
    case 'development-target':
      return 'primary'
    case 'probationary':
      return 'success'
    case 'full':
      return 'danger'
    case 'rejected':
    case 'cancelled':
    default:
      return 'info'
  }
}

/** Labels shared by the intake list and detail pages. */
export function useIntakeLabels() {
  const { t, te } = useI18n()

  /** 入党申请人 / 入党积极分子 / …: the stages are the member registry's statuses. */
  function stageLabel(stage: IntakeStage | MemberStatus): string {
    const key = `memberStatus.${stage}`
    return te(key) ? t(key) : stage
  }

  /** `2014` → 《发展党员工作细则》2014. */
  function ruleSetLabel(ruleSet: string): string {
    return t('intakes.ruleSet', { version: ruleSet })
  }

  /** An outcome code as words; an unknown one as it came. */
  function outcomeLabel(outcome: string): string {
    const key = `intakes.outcomes.${outcome}`
    return te(key) ? t(key) : outcome
  }

  return { stageLabel, ruleSetLabel, outcomeLabel }
}
