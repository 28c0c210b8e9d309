import { shallowReactive } from 'vue'
import { isStatus, problemOf } from '@/api/http'

/**
 * One part of a page that loads on its own (a tab): `loaded` once it has answered, `forbidden`
 * when the server refused the caller (403: the page hides that part), `error` the server's reason
 * for any refusal or failure. Only the latest load counts, so a slow answer never overwrites a
 * newer one.
 */
export interface Section<T> {
  data: T | null
  loaded: boolean
  loading: boolean
  forbidden: boolean
  error: string | null
  load: () => Promise<void>
}

/** A section fetched by `fetch`; `fallback` words a failure the server did not explain. */
export function useSection<T>(fetch: () => Promise<T>, fallback: () => string): Section<T> {
  let latest = 0
  const state: Section<T> = shallowReactive({
    data: null,
    loaded: false,
    loading: false,
    forbidden: false,
    error: null,
    async load() {
      const request = ++latest
      state.loading = true
      state.error = null
      try {
        const data = await fetch()
        if (request !== latest) return
        state.data = data
        state.forbidden = false
      } catch (e) {
        if (request !== latest) return
        state.data = null
        state.forbidden = isStatus(e, 403)
        const problem = problemOf(e)
        state.error = problem.detail ?? problem.title ?? fallback()
      } finally {
        if (request === latest) {
          state.loading = false
          state.loaded = true
        }
      }
    },
  })
  return state
}
