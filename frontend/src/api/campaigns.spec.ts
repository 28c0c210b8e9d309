import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import { campaign12, campaignList, zhangsanHistory } from '@/test/fixtures/campaigns'
import { CAMPAIGN_ROLES, campaignExportUrl, campaignsApi } from './campaigns'
import { http } from './http'

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

describe('campaignsApi', () => {
  afterEach(() => {
    http.defaults.adapter = originalAdapter
  })

  it('asks for the list of campaigns', async () => {
    const requests = answer(campaignList)
    expect(await campaignsApi.list()).toEqual(campaignList)
    expect(requests[0]!.method).toBe('get')
    expect(requests[0]!.url).toBe('/api/campaigns')
    expect(requests[0]!.params).toBeUndefined()
  })

  it('asks for one campaign by its id', async () => {
    const requests = answer(campaign12)
    expect(await campaignsApi.get(12)).toEqual(campaign12)
    expect(requests[0]!.url).toBe('/api/campaigns/12')
  })

  it('asks for one’s own record without a username, someone else’s with theirs', async () => {
    let requests = answer(zhangsanHistory)
    expect(await campaignsApi.history()).toEqual(zhangsanHistory)
    expect(requests[0]!.url).toBe('/api/campaigns/history')
    expect(requests[0]!.params).toBeUndefined()

    requests = answer(zhangsanHistory)
    await campaignsApi.history('zhangsan')
    expect(requests[0]!.url).toBe('/api/campaigns/history')
    expect(requests[0]!.params).toEqual({ username: 'zhangsan' })
  })

  it('downloads a campaign’s summary as Excel', () => {
    expect(campaignExportUrl(12)).toBe('/api/campaigns/12/export')
  })

  it('shows the list to the discipline commission, the Party committee and branch leaders', () => {
    expect(CAMPAIGN_ROLES).toEqual([
      'discipline',
      'party-committee',
      'branch-secretary',
      'branch-committee',
    ])
  })
})
