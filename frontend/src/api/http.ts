import axios, { AxiosError } from 'axios'

/** RFC 7807 problem detail as the backend sends it (`application/problem+json`). */
export interface ProblemDetail {
  status: number
  title?: string
  detail?: string
  code?: string
  errors?: { field: string; message: string }[]
}

/**
 * The one axios instance of the app. Same origin as the page, so the CSRF cookie the server
 * sets (`XSRF-TOKEN`) is echoed in `X-XSRF-TOKEN` on POST/PUT/PATCH/DELETE. `withXSRFToken`
 * is left unset on purpose: axios 1.x then sends the token to same-origin URLs only.
 */
export const http = axios.create({
  baseURL: '/',
  headers: { Accept: 'application/json' },
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  timeout: 30_000,
})

type UnauthorizedHandler = () => void
let unauthorizedHandler: UnauthorizedHandler | null = null

/** Registers what to do when the session is gone (the app sends the user to the login page). */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler
}

type PasswordChangeHandler = () => void
let passwordChangeHandler: PasswordChangeHandler | null = null

/**
 * Registers what to do when the server refuses a call until the user has changed their password
 * (403 `auth.password-change-required`): the app sends them to the password page.
 */
export function onPasswordChangeRequired(handler: PasswordChangeHandler | null): void {
  passwordChangeHandler = handler
}

/** The code of the 403 every call answers while the user must change their password. */
const PASSWORD_CHANGE_REQUIRED = 'auth.password-change-required'

/** Requests whose 401 is an answer, not a lost session. */
const AUTH_PROBES = ['/api/auth/me', '/api/auth/login']

http.interceptors.response.use(undefined, (error: unknown) => {
  if (error instanceof AxiosError && error.response?.status === 401) {
    const url = error.config?.url ?? ''
    if (!AUTH_PROBES.some((probe) => url.endsWith(probe))) {
      unauthorizedHandler?.()
    }
  }
  if (error instanceof AxiosError && error.response?.status === 403) {
    const data = error.response.data as Partial<ProblemDetail> | undefined
    if (data?.code === PASSWORD_CHANGE_REQUIRED) passwordChangeHandler?.()
  }
  return Promise.reject(error)
})

/** The problem detail carried by a failed request, or one made up from what is known. */
export function problemOf(error: unknown): ProblemDetail {
  if (error instanceof AxiosError) {
    const data = error.response?.data as Partial<ProblemDetail> | undefined
    if (data && typeof data === 'object' && typeof data.status === 'number') {
      return data as ProblemDetail
    }
    return { status: error.response?.status ?? 0, title: error.message }
  }
  return { status: 0, title: error instanceof Error ? error.message : String(error) }
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof AxiosError && error.response?.status === status
}
