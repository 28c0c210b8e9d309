import { afterEach, describe, expect, it } from 'vitest'
import { badCheck, lockedAccount, rosterImport, rowErrors, zhoumin } from '@/test/fixtures/admin'
import { problemError } from '@/test/problems'
import { problemAnswer, restoreHttp, stubHttp } from '@/test/httpStub'
import {
  adminApi,
  adminPeopleParams,
  isLocked,
  maskIdNumber,
  rosterApi,
  rowErrorsOf,
  ROSTER_TEMPLATE_URL,
} from './admin'

describe('admin api helpers', () => {
  it('masks an ID number to its first 6 and last 4 characters', () => {
    expect(maskIdNumber('110105199003071228')).toBe('110105********1228')
    expect(maskIdNumber('11010519850612002X')).toBe('110105********002X')
    expect(maskIdNumber(null)).toBe('—')
  })

  it('counts an account locked only while its lock lasts', () => {
    const now = Date.parse('2026-05-20T02:00:00Z')
    expect(isLocked(lockedAccount, now)).toBe(true)
    expect(isLocked({ ...lockedAccount, lockedUntil: '2026-05-20T01:59:00Z' }, now)).toBe(false)
    expect(isLocked({ ...lockedAccount, lockedUntil: null }, now)).toBe(false)
  })

  it('sends only the people filters that carry a choice; 在册 is the default', () => {
    expect(adminPeopleParams({ q: '  ', active: 'true', page: 1, size: 20 })).toEqual({
      page: 1,
      size: 20,
    })
    expect(adminPeopleParams({ q: ' 周敏 ', orgId: 3, active: 'all', page: 2, size: 50 })).toEqual({
      q: '周敏',
      orgId: 3,
      active: 'all',
      page: 2,
      size: 50,
    })
    expect(adminPeopleParams({ active: 'false', page: 1, size: 20 }).active).toBe('false')
  })

  it('reads the row errors of a refused import, and nothing from other failures', () => {
    const refused = problemError({ status: 400, code: 'roster.invalid', title: 'Bad Request' })
    ;(refused.response!.data as Record<string, unknown>).rowErrors = rowErrors
    expect(rowErrorsOf(refused)).toEqual(rowErrors)
    expect(rowErrorsOf(problemError({ status: 400, detail: '文件不是 xlsx' }))).toBeNull()
  })
})

describe('adminApi and rosterApi on the wire', () => {
  afterEach(restoreHttp)

  it('calls the people, account and roster endpoints of the contract', async () => {
    const requests = stubHttp((r) => {
      if (r.url.endsWith('/account')) {
        return { status: 201, data: { username: 'liuyang', temporaryPassword: 'x7Kp-92qa' } }
      }
      if (r.url === '/api/admin/roster/check') return { status: 200, data: badCheck }
      if (r.url.startsWith('/api/admin/roster/imports')) {
        return {
          status: 200,
          data: r.method === 'GET' && r.url.endsWith('imports') ? [] : rosterImport(),
        }
      }
      return { status: 200, data: zhoumin }
    })
    const file = new File(['x'], '名册.xlsx')

    await adminApi.people({ q: '周', page: 1, size: 20 })
    await adminApi.person(7)
    await adminApi.createPerson({ name: '周敏', gender: 'F', idNumber: 'x', orgId: 4 })
    await adminApi.updatePerson(7, { name: '周敏', gender: 'F', idNumber: 'x', orgId: 3 })
    await adminApi.deactivate(7, '调离')
    await adminApi.reactivate(7, '调回')
    await adminApi.changeMemberStatus(7, { status: 'full', effectiveOn: '2026-05-20', reason: 'r' })
    expect(await adminApi.openAccount(9, 'liuyang')).toEqual({
      username: 'liuyang',
      temporaryPassword: 'x7Kp-92qa',
    })
    await adminApi.accounts(' zhou ')
    await adminApi.resetPassword('zhoumin')
    await adminApi.unlock('zhoumin')
    await adminApi.enable('zhoumin')
    await adminApi.disable('zhoumin')
    await adminApi.saveGrants('zhoumin', [{ role: 'branch-secretary', orgId: 3 }])
    expect(await rosterApi.check(file)).toEqual(badCheck)
    await rosterApi.start(file)
    await rosterApi.get(31)
    await rosterApi.list()

    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/admin/people',
      'GET /api/admin/people/7',
      'POST /api/admin/people',
      'PUT /api/admin/people/7',
      'POST /api/admin/people/7/deactivate',
      'POST /api/admin/people/7/reactivate',
      'POST /api/admin/people/7/member-status',
      'POST /api/admin/people/9/account',
      'GET /api/admin/accounts',
      'POST /api/admin/accounts/zhoumin/password-reset',
      'POST /api/admin/accounts/zhoumin/unlock',
      'POST /api/admin/accounts/zhoumin/enable',
      'POST /api/admin/accounts/zhoumin/disable',
      'PUT /api/admin/accounts/zhoumin/grants',
      'POST /api/admin/roster/check',
      'POST /api/admin/roster/imports',
      'GET /api/admin/roster/imports/31',
      'GET /api/admin/roster/imports',
    ])
    expect(requests[0]!.params).toEqual({ q: '周', page: 1, size: 20 })
    expect(requests[4]!.body).toEqual({ reason: '调离' })
    expect(requests[7]!.body).toEqual({ username: 'liuyang' })
    expect(requests[8]!.params).toEqual({ q: 'zhou' })
    expect(requests[13]!.body).toEqual({ grants: [{ role: 'branch-secretary', orgId: 3 }] })
    const form = requests[14]!.body as FormData
    expect(form).toBeInstanceOf(FormData)
    expect((form.get('file') as File).name).toBe('名册.xlsx')
    expect(ROSTER_TEMPLATE_URL).toBe('/api/admin/roster/template')
  })

  it('rejects with the server’s problem detail', async () => {
    stubHttp(() => problemAnswer({ status: 409, code: 'person.intake-open', detail: '流程进行中' }))
    await expect(
      adminApi.changeMemberStatus(7, { status: 'full', effectiveOn: '2026-05-20', reason: 'r' }),
    ).rejects.toMatchObject({ response: { status: 409 } })
  })
})
