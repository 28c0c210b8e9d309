import { ref, type Ref } from 'vue'
import { isStatus, problemOf } from '@/api/http'

/**
 * One record a page shows, fetched by `fetch`: the record, whether it is loading, whether the
 * server says it does not exist (404, also for records the user may not see), or why it failed.
 */
export function useRecord<T>(fetch: () => Promise<T>, failed: () => string) {
  const record = ref(null) as Ref<T | null>
  const loading = ref(false)
  const notFound = ref(false)
  const loadError = ref<string | null>(null)

  async function load() {
    loading.value = true
    notFound.value = false
    loadError.value = null
    try {
      record.value = await fetch()
    } catch (e) {
      record.value = null
      if (isStatus(e, 404)) notFound.value = true
      else {
        const problem = problemOf(e)
        loadError.value = problem.detail ?? problem.title ?? failed()
      }
    } finally {
      loading.value = false
    }
  }

  return { record, loading, notFound, loadError, load }
}
