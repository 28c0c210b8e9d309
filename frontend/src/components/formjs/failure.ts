import { problemOf } from '@/api/http'
import type { FormFailure } from './FormErrorSummary.vue'

/**
 * What to tell the user about a refused submission: a 400's per-field errors (shown under the
 * fields too), or the server's explanation of a 403/409 and the like.
 */
export function failureOf(
  error: unknown,
  titles: { fieldErrors: string; other: string },
): FormFailure {
  const problem = problemOf(error)
  const errors = problem.errors ?? []
  return {
    title: errors.length ? titles.fieldErrors : titles.other,
    detail: problem.detail ?? problem.title,
    errors,
  }
}
