import type { AxiosAdapter, InternalAxiosRequestConfig } from 'axios'
import { afterEach, describe, expect, it } from 'vitest'
import {
  caseClueDetail,
  clueRegister,
  clueStatistics2026,
  newClueDetail,
} from '@/test/fixtures/disciplineClues'
import { problemAnswer, restoreHttp, stubHttp } from '@/test/httpStub'
import {
  ACCESS_DUTIES,
  APPEAL_RESULTS,
  CLUE_OUTCOMES,
  CLUE_SOURCES,
  DISCIPLINE_CLUE_ROLES,
  DISPOSAL_WAYS,
  FOUR_FORMS,
  RECUSAL_REASON_MAX,
  SANCTIONS,
  clueExportUrl,
  disciplineCluesApi,
} from './disciplineClues'
import { http, isStatus } from './http'

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

describe('disciplineCluesApi', () => {
  afterEach(() => {
    http.defaults.adapter = originalAdapter
    restoreHttp()
  })

  it('asks for the register', async () => {
    const requests = answer(clueRegister)
    expect(await disciplineCluesApi.list()).toEqual(clueRegister)
    expect(requests[0]!.method).toBe('get')
    expect(requests[0]!.url).toBe('/api/discipline-clues')
    expect(requests[0]!.params).toBeUndefined()
  })

  it('asks for one clue by its id, escaped', async () => {
    let requests = answer(newClueDetail)
    expect(await disciplineCluesApi.get('pi-clue-3')).toEqual(newClueDetail)
    expect(requests[0]!.method).toBe('get')
    expect(requests[0]!.url).toBe('/api/discipline-clues/pi-clue-3')

    requests = answer(newClueDetail)
    await disciplineCluesApi.get('a/b?c')
    expect(requests[0]!.url).toBe('/api/discipline-clues/a%2Fb%3Fc')
  })

  it('hands a case’s review, the form and the recusals through as they came', async () => {
    answer(caseClueDetail)
    const detail = await disciplineCluesApi.get('pi-clue-4')
    expect(detail.clue.fourForm).toBe(2)
    expect(detail.clue.caseFile?.sanction).toBe('seriousWarning')
    expect(detail.recusals.map((r) => r.person.name)).toEqual(['刘洋'])
  })

  it('posts a recusal: who withdraws and why, to the clue escaped', async () => {
    const requests = stubHttp(() => ({ status: 204 }))
    await expect(
      disciplineCluesApi.recuse('pi-clue-3', 'zhoujian', '与被反映人系同学关系'),
    ).resolves.toBeUndefined()
    expect(requests).toEqual([
      {
        method: 'POST',
        url: '/api/discipline-clues/pi-clue-3/recusals',
        params: undefined,
        body: { username: 'zhoujian', reason: '与被反映人系同学关系' },
      },
    ])

    await disciplineCluesApi.recuse('a/b?c', 'wuxiaoyan', '理由')
    expect(requests[1]!.url).toBe('/api/discipline-clues/a%2Fb%3Fc/recusals')
  })

  it('asks for a year’s figures, this year’s when none is named', async () => {
    let requests = answer(clueStatistics2026)
    expect(await disciplineCluesApi.statistics(2026)).toEqual(clueStatistics2026)
    expect(requests[0]!.method).toBe('get')
    expect(requests[0]!.url).toBe('/api/discipline-clues/statistics')
    expect(requests[0]!.params).toEqual({ year: 2026 })

    requests = answer(clueStatistics2026)
    await disciplineCluesApi.statistics()
    expect(requests[0]!.params).toBeUndefined()
  })

  it('passes a refused year on as a 400 naming the field', async () => {
    stubHttp(() =>
      problemAnswer({
        status: 400,
        detail: '年份超出范围',
        errors: [{ field: 'year', message: '年份应在 2000 年至今年之间' }],
      }),
    )
    await expect(disciplineCluesApi.statistics(1999)).rejects.toSatisfy((e) => isStatus(e, 400))
  })

  it('downloads the year’s register as Excel', () => {
    expect(clueExportUrl(2026)).toBe('/api/discipline-clues/export?year=2026')
  })

  it('passes a refused recusal on: the head’s own is a 409', async () => {
    stubHttp(() => problemAnswer({ status: 409, detail: '纪委书记需要回避的，报上级纪委决定' }))
    await expect(disciplineCluesApi.recuse('pi-clue-3', 'zhaomin', '理由')).rejects.toSatisfy((e) =>
      isStatus(e, 409),
    )
  })

  it('passes the server’s refusals on: 403 off the commission, 404 off the list', async () => {
    stubHttp(({ url }) =>
      url.endsWith('/discipline-clues')
        ? problemAnswer({ status: 403, detail: '只有机关纪委的纪检干部可以查看问题线索' })
        : problemAnswer({ status: 404, detail: '没有这条问题线索' }),
    )
    await expect(disciplineCluesApi.list()).rejects.toSatisfy((e) => isStatus(e, 403))
    await expect(disciplineCluesApi.get('pi-clue-9')).rejects.toSatisfy((e) => isStatus(e, 404))
  })

  it('shows the register to discipline officers only', () => {
    expect(DISCIPLINE_CLUE_ROLES).toEqual(['discipline'])
  })

  it('knows the codes the server sends', () => {
    expect(CLUE_SOURCES).toHaveLength(7)
    expect(DISPOSAL_WAYS).toEqual(['inquiry', 'verification', 'hold', 'close'])
    expect(CLUE_OUTCOMES).toEqual(['close', 'remind', 'hold', 'transfer', 'openCase', 'referred'])
    expect(ACCESS_DUTIES).toEqual(['registrar', 'head', 'investigator', 'hearer', 'appealReviewer'])
    expect(SANCTIONS).toEqual([
      'none',
      'admonition',
      'warning',
      'seriousWarning',
      'removal',
      'probation',
      'expulsion',
    ])
    expect(APPEAL_RESULTS).toEqual(['uphold', 'change', 'revoke'])
    expect(FOUR_FORMS).toEqual([1, 2, 3, 4])
    expect(RECUSAL_REASON_MAX).toBe(1000)
  })
})
