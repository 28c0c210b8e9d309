import { useI18n } from 'vue-i18n'
import type { ReportFigure, ReportGrade, ReportStatus } from '@/api/reports'

type TagType = 'primary' | 'success' | 'warning' | 'info' | 'danger'

/**
 * The tag colour of a report's status: not started grey, drafting amber, returned red, submitted
 * (waiting on the Party committee) blue, accepted green. `primary` is the brand red in this app,
 * so submitted takes `info` with the blue look of `.rh-report-tag--submitted`.
 */
export function statusTagType(status: ReportStatus | null): TagType {
  switch (status) {
    case 'drafting':
      return 'warning'
    case 'returned':
      return 'danger'
    case 'accepted':
      return 'success'
    case 'submitted':
    default:
      return 'info'
  }
}

/** 优秀 green, 良好 blue (see `.rh-report-grade--good`), 一般 amber, 较差 red. */
export function gradeTagType(grade: ReportGrade): TagType {
  switch (grade) {
    case 'excellent':
      return 'success'
    case 'fair':
      return 'warning'
    case 'poor':
      return 'danger'
    case 'good':
    default:
      return 'info'
  }
}

/** A score as given: `92`, or `87.5` when it has a tenth. */
export function scoreText(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1)
}

/** Whether the organisation reported a figure other than the one counted. */
export function figureDiffers(figure: ReportFigure): boolean {
  return figure.reported != null && figure.reported !== figure.computed
}

/** Labels shared by the report pages; an unknown code shows as it came. */
export function useReportLabels() {
  const { t, te, locale } = useI18n()

  /** 未开始 for an organisation without a report that year (null). */
  function statusLabel(status: ReportStatus | null): string {
    const key = `reports.statuses.${status ?? 'notStarted'}`
    return te(key) ? t(key) : String(status)
  }

  function gradeLabel(grade: ReportGrade | null | undefined): string {
    if (!grade) return '—'
    const key = `reports.grades.${grade}`
    return te(key) ? t(key) : grade
  }

  /** The server's (Chinese) label; in another language the label of its code, if known. */
  function figureLabel(figure: ReportFigure): string {
    if (locale.value === 'zh-CN') return figure.label
    const key = `reports.figureLabels.${figure.code}`
    return te(key) ? t(key) : figure.label
  }

  const scoreLabel = (score: number) => t('reports.score', { score: scoreText(score) })

  return { statusLabel, gradeLabel, figureLabel, scoreLabel }
}
