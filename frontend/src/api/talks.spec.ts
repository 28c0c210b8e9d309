import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import { coverage2026, followUps, quota2026 } from '@/test/fixtures/talks'
import { http } from './http'
import { TALK_ROLES, talkExportUrl, talksApi } from './talks'

const originalAdapter = http.defaults.adapter

/** Answers every request with `data`, keeping the requests to look at. */
function answer(data: unknown): InternalAxiosRequestConfig[] {
  const requests: InternalAxiosRequestConfig[] = []
  const adapter: AxiosAdapter = (config) => {
    requests.push(config)
    return Promise.resolve({ data, status: 200, statusText: 'OK', headers: {}, config })
  }
  http.defaults.adapter = adapter
  return requests
}

describe('talksApi', () => {
  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('asks for one year’s coverage and quota', async () => {
    let requests = answer(coverage2026)
    expect(await talksApi.coverage(2026)).toEqual(coverage2026)
    expect(requests[0]!.method).toBe('get')
    expect(requests[0]!.url).toBe('/api/talks/coverage')
    expect(requests[0]!.params).toEqual({ year: 2026 })

    requests = answer(quota2026)
    expect(await talksApi.quota(2025)).toEqual(quota2026)
    expect(requests[0]!.url).toBe('/api/talks/quota')
    expect(requests[0]!.params).toEqual({ year: 2025 })
  })

  it('asks for the open follow-up items without a year', async () => {
    const requests = answer(followUps)
    expect(await talksApi.followUps()).toEqual(followUps)
    expect(requests[0]!.url).toBe('/api/follow-ups')
    expect(requests[0]!.params).toBeUndefined()
  })

  it('downloads the year’s talks as Excel', () => {
    expect(talkExportUrl(2026)).toBe('/api/talks/export?year=2026')
  })

  it('opens the page to the branch roles, the Party committee and the leaders, once each', () => {
    expect(TALK_ROLES).toEqual([
      'party-committee',
      'branch-secretary',
      'branch-committee',
      'leader',
    ])
  })
})
