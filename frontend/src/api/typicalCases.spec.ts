import { afterEach, describe, expect, it } from 'vitest'
import { bribeCase, localCase, typicalCasePage } from '@/test/fixtures/typicalCases'
import { problemAnswer, restoreHttp, stubHttp } from '@/test/httpStub'
import { isStatus } from './http'
import {
  typicalCaseParams,
  typicalCasesApi,
  VIOLATION_TYPES,
  type TypicalCaseInput,
} from './typicalCases'

const input: TypicalCaseInput = {
  title: '某区法院执行局原副局长违规干预执行案件',
  summary: '第一段。\n第二段。',
  violationType: 'interference',
  source: '市纪委监委',
  notifiedOn: '2026-03-18',
  localCase: true,
}

describe('typicalCasesApi', () => {
  afterEach(restoreHttp)

  it('lists a page with the search and type, leaving blanks out', async () => {
    const requests = stubHttp(() => ({ status: 200, data: typicalCasePage([localCase]) }))

    expect(
      await typicalCasesApi.list({ q: ' 干预 ', type: 'interference', page: 2, size: 20 }),
    ).toEqual(typicalCasePage([localCase]))
    await typicalCasesApi.list({ q: '  ', page: 1, size: 20 })

    expect(requests.map((r) => [r.method, r.url, r.params])).toEqual([
      ['GET', '/api/typical-cases', { q: '干预', type: 'interference', page: 2, size: 20 }],
      ['GET', '/api/typical-cases', { page: 1, size: 20 }],
    ])
  })

  it('reads one case by id', async () => {
    const requests = stubHttp(() => ({ status: 200, data: bribeCase }))

    expect(await typicalCasesApi.get(7)).toEqual(bribeCase)
    expect(requests[0]).toMatchObject({ method: 'GET', url: '/api/typical-cases/7' })
  })

  it('creates with POST and corrects with PUT, sending the input as it is', async () => {
    const requests = stubHttp(({ method }) => ({
      status: method === 'POST' ? 201 : 200,
      data: localCase,
    }))

    expect(await typicalCasesApi.create(input)).toEqual(localCase)
    expect(await typicalCasesApi.update(12, input)).toEqual(localCase)

    expect(requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/api/typical-cases', input],
      ['PUT', '/api/typical-cases/12', input],
    ])
  })

  it('withdraws with DELETE', async () => {
    const requests = stubHttp(() => ({ status: 204 }))

    await typicalCasesApi.withdraw(12)

    expect(requests).toEqual([
      { method: 'DELETE', url: '/api/typical-cases/12', params: undefined, body: undefined },
    ])
  })

  it('rejects with the server’s problem when it refuses', async () => {
    stubHttp(() => problemAnswer({ status: 403, detail: '只有机关纪委可以维护典型案例' }))

    const failure = await typicalCasesApi.withdraw(12).catch((e: unknown) => e)

    expect(isStatus(failure, 403)).toBe(true)
  })

  it('knows the six violation types, in the filter’s order', () => {
    expect(VIOLATION_TYPES).toEqual([
      'interference',
      'bribery',
      'dereliction',
      'leak',
      'conduct',
      'other',
    ])
    expect(typicalCaseParams({})).toEqual({})
  })
})
