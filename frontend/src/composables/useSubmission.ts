import { ref, watch, type WatchSource } from 'vue'
import { problemOf } from '@/api/http'

/** Server field errors by field, `users[2]` counted as `users`; the first message of each. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const { field, message } of problemOf(error).errors ?? []) {
    const key = field.replace(/\[\d+\]$/, '')
    errors[key] ??= message
  }
  return errors
}

/**
 * Sending a form: busy flag, the server's field errors under the fields (`errors: [{field,
 * message}]` of its problem detail), anything else in `error` above them.
 */
export function useSubmission(fallback: () => string) {
  const submitting = ref(false)
  const fieldErrors = ref<Record<string, string>>({})
  const error = ref<string | null>(null)

  function reset() {
    fieldErrors.value = {}
    error.value = null
  }

  /** Runs `action`; true when it succeeded. */
  async function run(action: () => Promise<void>): Promise<boolean> {
    submitting.value = true
    reset()
    try {
      await action()
      return true
    } catch (e) {
      fieldErrors.value = fieldErrorsOf(e)
      if (Object.keys(fieldErrors.value).length === 0) {
        const problem = problemOf(e)
        error.value = problem.detail ?? problem.title ?? fallback()
      }
      return false
    } finally {
      submitting.value = false
    }
  }

  /** A field's error goes away once the field is changed. */
  function clearOnChange(field: string, source: WatchSource<unknown>) {
    watch(source, () => {
      if (field in fieldErrors.value) {
        const rest = { ...fieldErrors.value }
        delete rest[field]
        fieldErrors.value = rest
      }
    })
  }

  return { submitting, fieldErrors, error, reset, run, clearOnChange }
}
