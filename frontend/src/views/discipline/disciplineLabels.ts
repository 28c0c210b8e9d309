import { useI18n } from 'vue-i18n'
import type {
  AccessDuty,
  AppealResult,
  CaseFile,
  ClueItem,
  ClueOutcome,
  ClueSource,
  DisposalWay,
  Sanction,
} from '@/api/disciplineClues'

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/** Whether a clue is still being handled (办理中): it has no closing date yet. */
export function isOpen(clue: Pick<ClueItem, 'closedAt'>): boolean {
  return !clue.closedAt
}

/**
 * The tag colour of an outcome: a case opened red, a reminder or a transfer amber, a clue closed
 * without action green, held or referred up grey.
 */
export function outcomeTagType(outcome: ClueOutcome): TagType {
  switch (outcome) {
    case 'openCase':
      return 'danger'
    case 'remind':
    case 'transfer':
      return 'warning'
    case 'close':
      return 'success'
    case 'hold':
    case 'referred':
    default:
      return 'info'
  }
}

/**
 * The tag colour of a case's decision: dismissed green, no sanction (批评教育、诫勉) amber, a Party
 * sanction red.
 */
export function sanctionTagType(sanction: Sanction): TagType {
  switch (sanction) {
    case 'none':
      return 'success'
    case 'admonition':
      return 'warning'
    default:
      return 'danger'
  }
}

/** Whether a case's review is past its due date with no decision yet (and the case not closed). */
export function isReviewOverdue(
  caseFile: Pick<CaseFile, 'reviewDue' | 'sanction' | 'closedAt'>,
  now = Date.now(),
): boolean {
  if (!caseFile.reviewDue || caseFile.sanction || caseFile.closedAt) return false
  return new Date(caseFile.reviewDue).getTime() < now
}

/** Labels shared by the discipline clue pages; an unknown code shows as it came. */
export function useDisciplineLabels() {
  const { t, te } = useI18n()

  function label(prefix: string, code: string | null | undefined): string {
    if (!code) return '—'
    const key = `disciplineClues.${prefix}.${code}`
    return te(key) ? t(key) : code
  }

  const sourceLabel = (source: ClueSource) => label('sources', source)
  const wayLabel = (way: DisposalWay | null | undefined) => label('ways', way)
  const outcomeLabel = (outcome: ClueOutcome | null | undefined) => label('outcomes', outcome)
  const dutyLabel = (duty: AccessDuty) => label('duties', duty)
  const sanctionLabel = (sanction: Sanction | null | undefined) => label('sanctions', sanction)
  const appealLabel = (result: AppealResult | null | undefined) => label('appealResults', result)
  const fourFormLabel = (form: number | null | undefined) =>
    label('fourForms', form == null ? null : String(form))

  return {
    sourceLabel,
    wayLabel,
    outcomeLabel,
    dutyLabel,
    sanctionLabel,
    appealLabel,
    fourFormLabel,
  }
}
