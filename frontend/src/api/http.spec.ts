import { AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { describe, expect, it } from 'vitest'
import { problemOf } from './http'

function failed(status: number, data: unknown): AxiosError {
  const config = { headers: {} } as InternalAxiosRequestConfig
  return new AxiosError('Request failed', 'ERR_BAD_REQUEST', config, null, {
    status,
    statusText: '',
    data,
    headers: {},
    config,
  })
}

describe('problemOf', () => {
  it('returns the problem detail the server sent', () => {
    const problem = problemOf(
      failed(423, {
        status: 423,
        title: 'Locked',
        detail: '账号已锁定至 10:30',
        code: 'auth.locked',
      }),
    )

    expect(problem.code).toBe('auth.locked')
    expect(problem.detail).toBe('账号已锁定至 10:30')
  })

  it('makes a problem from the status when the body is not a problem detail', () => {
    const problem = problemOf(failed(502, '<html>Bad gateway</html>'))

    expect(problem.status).toBe(502)
    expect(problem.detail).toBeUndefined()
  })

  it('reports status 0 for errors without a response', () => {
    expect(problemOf(new Error('offline'))).toEqual({ status: 0, title: 'offline' })
  })
})
