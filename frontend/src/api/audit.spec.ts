import { afterEach, describe, expect, it } from 'vitest'
import { auditPage, broken, clueRead, intact } from '@/test/fixtures/audit'
import { problemAnswer, restoreHttp, stubHttp } from '@/test/httpStub'
import { isStatus, problemOf } from './http'
import { AUDIT_ROLES, auditApi, auditExportUrl, auditParams } from './audit'

describe('auditApi', () => {
  afterEach(restoreHttp)

  it('searches with every filter given, trimmed, and the page', async () => {
    const requests = stubHttp(() => ({ status: 200, data: auditPage([clueRead]) }))

    expect(
      await auditApi.events({
        actor: ' zhaolei ',
        action: 'discipline-clue.',
        objectType: 'discipline_clue',
        objectId: '17',
        from: '2026-05-01',
        to: '2026-05-31',
        page: 2,
        size: 50,
      }),
    ).toEqual(auditPage([clueRead]))

    expect(requests.map((r) => [r.method, r.url, r.params])).toEqual([
      [
        'GET',
        '/api/audit/events',
        {
          actor: 'zhaolei',
          action: 'discipline-clue.',
          objectType: 'discipline_clue',
          objectId: '17',
          from: '2026-05-01',
          to: '2026-05-31',
          page: 2,
          size: 50,
        },
      ],
    ])
  })

  it('leaves blank filters out of the request', async () => {
    const requests = stubHttp(() => ({ status: 200, data: auditPage([]) }))

    await auditApi.events({ actor: '  ', action: '', from: '2026-05-01', page: 1, size: 50 })

    expect(requests[0]!.params).toEqual({ from: '2026-05-01', page: 1, size: 50 })
    expect(auditParams({})).toEqual({})
  })

  it('rejects with the server’s problem, e.g. `to` before `from`', async () => {
    stubHttp(() =>
      problemAnswer({
        status: 400,
        errors: [{ field: 'to', message: '结束日期不能早于开始日期' }],
      }),
    )

    const failure = await auditApi
      .events({ from: '2026-05-31', to: '2026-05-01' })
      .catch((e: unknown) => e)

    expect(isStatus(failure, 400)).toBe(true)
    expect(problemOf(failure).errors).toEqual([
      { field: 'to', message: '结束日期不能早于开始日期' },
    ])
  })

  it('refuses anyone but the auditor with 403', async () => {
    stubHttp(() => problemAnswer({ status: 403, detail: '只有安全审计员可以查阅审计日志' }))

    const failure = await auditApi.events({}).catch((e: unknown) => e)

    expect(isStatus(failure, 403)).toBe(true)
  })

  it('checks the integrity of the sealed chain', async () => {
    const answers = [intact, broken]
    const requests = stubHttp(() => ({ status: 200, data: answers.shift() }))

    expect(await auditApi.integrity()).toEqual(intact)
    expect(await auditApi.integrity()).toEqual(broken)
    expect(requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', '/api/audit/integrity'],
      ['GET', '/api/audit/integrity'],
    ])
  })
})

describe('auditExportUrl', () => {
  it('carries the filters, encoded, without the paging', () => {
    expect(
      auditExportUrl({
        actor: '赵磊',
        action: 'auth.',
        objectType: 'user',
        objectId: 'a&b',
        from: '2026-05-01',
        to: '2026-05-31',
        page: 3,
        size: 200,
      }),
    ).toBe(
      '/api/audit/events/export?actor=%E8%B5%B5%E7%A3%8A&action=auth.&objectType=user' +
        '&objectId=a%26b&from=2026-05-01&to=2026-05-31',
    )
  })

  it('is the bare export without filters', () => {
    expect(auditExportUrl({ actor: ' ', page: 2 })).toBe('/api/audit/events/export')
  })
})

describe('AUDIT_ROLES', () => {
  it('is the auditor alone, not the admin (三员分立)', () => {
    expect(AUDIT_ROLES).toEqual(['auditor'])
  })
})
