import { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import type { ProblemDetail } from '@/api/http'

/** A rejected request as axios reports it, carrying the server's problem detail. */
export function problemError(problem: ProblemDetail): AxiosError {
  const config = { headers: {} } as InternalAxiosRequestConfig
  return new AxiosError('Request failed', 'ERR_BAD_REQUEST', config, null, {
    status: problem.status,
    statusText: '',
    data: problem,
    headers: {},
    config,
  })
}
