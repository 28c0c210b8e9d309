import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { orgApi, type Person } from '@/api/org'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import MemberHistoryDialog from './MemberHistoryDialog.vue'

vi.mock('@/api/org', () => ({ orgApi: { memberHistory: vi.fn() } }))

const zhou: Person = {
  id: 7,
  name: '周敏',
  gender: 'F',
  post: '刑一庭法官助理',
  memberStatus: 'activist',
  branch: { id: 3, name: '第一党支部（审判业务）' },
}

function mountDialog(person: Person | null) {
  return mount(MemberHistoryDialog, {
    props: { person },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}

describe('MemberHistoryDialog', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(orgApi.memberHistory).mockReset()
    document.body.innerHTML = ''
  })

  it('shows the current status and every change with its date and step', async () => {
    vi.mocked(orgApi.memberHistory).mockResolvedValue({
      personId: 7,
      name: '周敏',
      memberStatus: 'activist',
      memberStatusSince: '2026-03-02',
      history: [
        {
          status: 'applicant',
          effectiveOn: '2025-09-01',
          step: 'applicationSubmitted',
          stepName: '递交入党申请书',
          changedBy: 'zhoumin',
          changedAt: '2025-09-01T02:00:00Z',
        },
        {
          status: 'activist',
          effectiveOn: '2026-03-02',
          step: 'fileActivist',
          stepName: '报上级党委备案',
          changedBy: 'wangwei',
          changedByName: '王伟',
          changedAt: '2026-03-05T02:00:00Z',
        },
      ],
    })

    mountDialog(zhou)
    await flushPromises()

    expect(orgApi.memberHistory).toHaveBeenCalledWith(7)
    const dialog = document.body.querySelector('[data-test="member-history"]')!
    expect(dialog.textContent).toContain('周敏 的党员名册记录')
    expect(dialog.querySelector('[data-test="history-now"]')!.textContent).toContain('入党积极分子')
    expect(dialog.querySelector('[data-test="history-now"]')!.textContent).toContain(
      '自 2026-03-02 起',
    )
    const rows = [...dialog.querySelectorAll('.el-table__body tr')].map((r) => r.textContent)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('2025-09-01')
    expect(rows[0]).toContain('入党申请人')
    expect(rows[0]).toContain('递交入党申请书')
    expect(rows[1]).toContain('报上级党委备案')
    const recordedBy = [...dialog.querySelectorAll('[data-test="history-recorded-by"]')].map(
      (cell) => cell.textContent,
    )
    // The name with the username when the server knows it, else the username alone.
    expect(recordedBy).toEqual(['zhoumin', '王伟（wangwei）'])
  })

  it('names the statuses that end an intake short of membership', async () => {
    vi.mocked(orgApi.memberHistory).mockResolvedValue({
      personId: 7,
      name: '周敏',
      memberStatus: 'cancelled',
      memberStatusSince: '2026-09-20',
      history: [
        {
          status: 'rejected',
          effectiveOn: '2025-06-20',
          step: 'approveAdmission',
          stepName: '上级党委审批',
          changedBy: 'wangwei',
          changedByName: '王伟',
          changedAt: '2025-06-20T02:00:00Z',
        },
        {
          status: 'cancelled',
          effectiveOn: '2026-09-20',
          step: 'approveConversion',
          stepName: '上级党委审批转正',
          changedBy: 'wangwei',
          changedByName: '王伟',
          changedAt: '2026-09-20T02:00:00Z',
        },
      ],
    })

    mountDialog(zhou)
    await flushPromises()

    const dialog = document.body.querySelector('[data-test="member-history"]')!
    expect(dialog.querySelector('[data-test="history-now"]')!.textContent).toContain(
      '取消预备党员资格',
    )
    const rows = [...dialog.querySelectorAll('.el-table__body tr')].map((r) => r.textContent)
    expect(rows[0]).toContain('未予发展')
    expect(rows[1]).toContain('取消预备党员资格')
  })

  it("shows the server's explanation when the history cannot be read", async () => {
    vi.mocked(orgApi.memberHistory).mockRejectedValue(
      problemError({ status: 404, title: 'Not Found', detail: '人员不存在或您无权查看: 7' }),
    )

    mountDialog(zhou)
    await flushPromises()

    expect(document.body.textContent).toContain('人员不存在或您无权查看: 7')
  })

  it('asks nothing while no one is chosen', async () => {
    mountDialog(null)
    await flushPromises()

    expect(orgApi.memberHistory).not.toHaveBeenCalled()
  })
})
