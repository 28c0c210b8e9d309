import { useI18n } from 'vue-i18n'
import { isViolationType, type TypicalCase, type ViolationType } from '@/api/typicalCases'

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

const TAG_TYPES: Record<ViolationType, TagType> = {
  interference: 'danger',
  bribery: 'danger',
  dereliction: 'warning',
  leak: 'warning',
  conduct: 'primary',
  other: 'info',
}

export function violationTagType(type: string): TagType {
  return isViolationType(type) ? TAG_TYPES[type] : 'info'
}

/** A violation type's name in the user's language; the server's label for a code we do not know. */
export function useViolationLabels() {
  const { t } = useI18n()
  function typeLabel(type: ViolationType): string {
    return t(`typicalCases.types.${type}`)
  }
  function caseTypeLabel(typicalCase: Pick<TypicalCase, 'violationType' | 'violationLabel'>) {
    return isViolationType(typicalCase.violationType)
      ? typeLabel(typicalCase.violationType)
      : typicalCase.violationLabel
  }
  return { typeLabel, caseTypeLabel }
}
