import {
  AxiosError,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'
import type { ProblemDetail } from '@/api/http'
import { http } from '@/api/http'

/** What a stubbed server answers: a status and a body (a problem detail when it fails). */
export interface StubAnswer {
  status: number
  data?: unknown
}

/** A request as the stub received it, the body parsed back from the JSON axios sent. */
export interface StubRequest {
  method: string
  url: string
  params: unknown
  body: unknown
}

export type StubHandler = (request: StubRequest) => StubAnswer | Promise<StubAnswer>

const originalAdapter = http.defaults.adapter

/**
 * Replaces the app's axios adapter with `handler`, so the real API modules run down to the wire.
 * Answers of 400 and above reject as axios does. `restoreHttp()` puts the real adapter back.
 */
export function stubHttp(handler: StubHandler): StubRequest[] {
  const requests: StubRequest[] = []
  const adapter: AxiosAdapter = async (config: InternalAxiosRequestConfig) => {
    const request: StubRequest = {
      method: (config.method ?? 'get').toUpperCase(),
      url: config.url ?? '',
      params: config.params,
      body: typeof config.data === 'string' ? JSON.parse(config.data) : config.data,
    }
    requests.push(request)
    const { status, data } = await handler(request)
    const response: AxiosResponse = { data, status, statusText: '', headers: {}, config }
    if (status >= 400) {
      throw new AxiosError('Request failed', 'ERR_BAD_REQUEST', config, null, response)
    }
    return response
  }
  http.defaults.adapter = adapter
  return requests
}

export function restoreHttp(): void {
  http.defaults.adapter = originalAdapter
}

/** An answer carrying an RFC 7807 problem detail. */
export function problemAnswer(problem: ProblemDetail): StubAnswer {
  return { status: problem.status, data: problem }
}
