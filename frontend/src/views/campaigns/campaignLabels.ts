import { useI18n } from 'vue-i18n'
import type { CampaignKind, CampaignStage, SessionForm, SpecialTarget } from '@/api/campaigns'

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/** The tag colour of a stage: waiting on someone is amber, under way red, summing up green. */
export function stageTagType(stage: CampaignStage): TagType {
  switch (stage) {
    case 'approval':
      return 'warning'
    case 'branches':
      return 'danger'
    case 'summary':
      return 'success'
    case 'closed':
    default:
      return 'info'
  }
}

/** 专项 stands out from the yearly 常规. */
export function kindTagType(kind: CampaignKind): TagType {
  return kind === 'special' ? 'warning' : 'info'
}

/** Labels shared by the campaign pages; an unknown code shows as it came. */
export function useCampaignLabels() {
  const { t, te } = useI18n()

  function label(prefix: string, code: string | null | undefined): string {
    if (!code) return '—'
    const key = `campaigns.${prefix}.${code}`
    return te(key) ? t(key) : code
  }

  /** 常规, or 专项 · 节前节点 with what a special campaign is aimed at. */
  function kindLabel(kind: CampaignKind, specialTarget?: SpecialTarget | null): string {
    const name = label('kinds', kind)
    return kind === 'special' && specialTarget
      ? `${name} · ${label('specialTargets', specialTarget)}`
      : name
  }

  const stageLabel = (stage: CampaignStage) => label('stages', stage)
  const formLabel = (form: SessionForm | null) => label('sessionForms', form)
  const periodLabel = (from: string, to: string) => t('campaigns.period', { from, to })

  return { kindLabel, stageLabel, formLabel, periodLabel }
}
