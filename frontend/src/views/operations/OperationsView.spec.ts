import { enableAutoUnmount, flushPromises, type VueWrapper } from '@vue/test-utils'
import { ElMessage, ElMessageBox, ElTooltip } from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isVNode, ref, type VNode } from 'vue'
import { operationsApi } from '@/api/operations'
import { i18n } from '@/locales'
import { auditor } from '@/test/fixtures/audit'
import { confidentialJob, incidentJob, processVersions } from '@/test/fixtures/operations'
import { admin, mountWith, resetLocale, setup, wangwei } from '@/test/helpers'
import { problemError } from '@/test/problems'
import OperationsView from './OperationsView.vue'

vi.mock('@/api/operations', () => ({
  operationsApi: { failedJobs: vi.fn(), retry: vi.fn(), processes: vi.fn() },
}))

const phone = ref(false)
vi.mock('@/composables/useIsPhone', () => ({ useIsPhone: () => phone }))

enableAutoUnmount(afterEach)

const failedJobs = vi.mocked(operationsApi.failedJobs)
const retry = vi.mocked(operationsApi.retry)
const processes = vi.mocked(operationsApi.processes)

async function mountView() {
  const app = setup(admin)
  await app.router.push('/admin/operations')
  const wrapper = mountWith(OperationsView, app)
  await flushPromises()
  return wrapper
}

function rows(wrapper: VueWrapper, table: string) {
  return wrapper.findAll(`[data-test="${table}"] .el-table__body tr`)
}

function cells(row: ReturnType<typeof rows>[number]): string[] {
  return row.findAll('td').map((td) => td.text().replace(/\s+/g, ' '))
}

async function openProcesses(wrapper: VueWrapper) {
  await wrapper.get('[data-test="tab-processes"]').trigger('click')
  await flushPromises()
}

/** The text of the VNode a message box was opened with. */
function textOf(node: VNode | string): string {
  if (typeof node === 'string') return node
  const children = node.children
  if (typeof children === 'string') return children
  if (Array.isArray(children)) {
    return children.map((c) => (isVNode(c) || typeof c === 'string' ? textOf(c) : '')).join('')
  }
  return ''
}

describe('OperationsView', () => {
  beforeEach(() => {
    resetLocale()
    phone.value = false
    failedJobs.mockReset()
    retry.mockReset()
    processes.mockReset()
  })

  it('lists the failed jobs with process, step, instance, retries, error and time', async () => {
    failedJobs.mockResolvedValue([incidentJob, confidentialJob])

    const wrapper = await mountView()

    expect(wrapper.get('h1').text()).toBe('运行监控')
    expect(wrapper.get('[data-test="failed-count"]').text()).toBe('2')
    const headers = wrapper
      .findAll('[data-test="jobs-table"] .el-table__header th')
      .map((th) => th.text())
    expect(headers).toEqual(['流程', '步骤', '实例', '剩余重试', '错误', '时间', '操作'])
    const [first, second] = rows(wrapper, 'jobs-table')
    expect(first!.get('[data-test="job-process"]').text()).toBe('谈话跟踪 v3')
    expect(first!.get('[data-test="job-activity"]').text()).toBe('发送提醒')
    expect(first!.get('[data-test="job-instance"]').text()).toBe('4f1c2a9e')
    expect(first!.get('[data-test="job-instance"]').attributes('title')).toBe(
      incidentJob.processInstanceId,
    )
    expect(first!.get('[data-test="job-retries"]').text()).toMatch(/^0\s*事件$/)
    expect(first!.get('[data-test="job-error"]').text()).toBe(
      'Connection refused: mail.court.local:25',
    )
    expect(first!.find('[data-test="job-confidential"]').exists()).toBe(false)
    expect(first!.get('[data-test="job-time"]').text()).toMatch(/^2026-05-20 \d\d:30$/)
    // The step's id when it has no name; no incident while retries are left; 保密 marked.
    expect(second!.get('[data-test="job-activity"]').text()).toBe('notifyCommission')
    expect(second!.get('[data-test="job-retries"]').text()).toBe('2')
    expect(second!.get('[data-test="job-confidential"]').text()).toBe('保密')
  })

  it('shows the whole error in a tooltip, and says when there is none', async () => {
    failedJobs.mockResolvedValue([incidentJob, { ...incidentJob, jobId: 'job-3', error: null }])

    const wrapper = await mountView()

    const [withError, without] = rows(wrapper, 'jobs-table')
    expect(withError!.getComponent(ElTooltip).props('disabled')).toBe(false)
    expect(without!.getComponent(ElTooltip).props('disabled')).toBe(true)
    expect(without!.get('[data-test="job-error"]').text()).toBe('（无错误信息）')
  })

  it('says so when no job fails', async () => {
    failedJobs.mockResolvedValue([])

    const wrapper = await mountView()

    expect(wrapper.get('[data-test="jobs-empty"]').text()).toContain('没有失败的作业')
    expect(wrapper.find('[data-test="failed-count"]').exists()).toBe(false)
  })

  it('retries a job, says it is done and loads the list again', async () => {
    failedJobs.mockResolvedValueOnce([incidentJob, confidentialJob])
    failedJobs.mockResolvedValueOnce([confidentialJob])
    retry.mockResolvedValue({ jobId: 'job-1', succeeded: true, error: null })
    const success = vi.spyOn(ElMessage, 'success')
    const wrapper = await mountView()

    await rows(wrapper, 'jobs-table')[0]!.get('[data-test="job-retry"]').trigger('click')
    await flushPromises()

    expect(retry).toHaveBeenCalledWith('job-1')
    expect(success).toHaveBeenCalledWith('重试成功，作业已完成')
    expect(failedJobs).toHaveBeenCalledTimes(2)
    expect(rows(wrapper, 'jobs-table')).toHaveLength(1)
  })

  it('shows the new error when the retry fails again', async () => {
    failedJobs.mockResolvedValue([incidentJob])
    retry.mockResolvedValue({
      jobId: 'job-1',
      succeeded: false,
      error: 'Connection timed out',
      job: { ...incidentJob, error: 'Connection timed out' },
    })
    const alert = vi.spyOn(ElMessageBox, 'alert').mockResolvedValue('confirm' as never)
    const wrapper = await mountView()

    await rows(wrapper, 'jobs-table')[0]!.get('[data-test="job-retry"]').trigger('click')
    await flushPromises()

    expect(alert).toHaveBeenCalledTimes(1)
    const [message, title, options] = alert.mock.calls[0]!
    expect(title).toBe('重试失败')
    expect(textOf(message as VNode)).toBe('作业仍未成功，新的错误：Connection timed out')
    expect(options).toMatchObject({ type: 'error' })
    expect(failedJobs).toHaveBeenCalledTimes(2)
  })

  it('says when the job is gone or the engine is running it', async () => {
    failedJobs.mockResolvedValue([incidentJob])
    const warning = vi.spyOn(ElMessage, 'warning')
    const wrapper = await mountView()

    retry.mockRejectedValueOnce(problemError({ status: 404, detail: 'No job' }))
    await rows(wrapper, 'jobs-table')[0]!.get('[data-test="job-retry"]').trigger('click')
    await flushPromises()
    retry.mockRejectedValueOnce(
      problemError({ status: 409, code: 'job.busy', detail: 'The job is running' }),
    )
    await rows(wrapper, 'jobs-table')[0]!.get('[data-test="job-retry"]').trigger('click')
    await flushPromises()

    expect(warning.mock.calls.map((call) => call[0])).toEqual([
      '该作业已不存在（可能已完成）',
      '引擎正在执行该作业，请稍后再试',
    ])
  })

  it('offers a retry when the list cannot be loaded', async () => {
    failedJobs.mockRejectedValueOnce(problemError({ status: 500, detail: '引擎不可用' }))
    failedJobs.mockResolvedValueOnce([incidentJob])
    const wrapper = await mountView()

    expect(wrapper.get('[data-test="jobs-error"]').text()).toContain('引擎不可用')
    await wrapper.get('[data-test="jobs-error"] button').trigger('click')
    await flushPromises()

    expect(rows(wrapper, 'jobs-table')).toHaveLength(1)
  })

  it('lists each process’s versions, newest first, when its tab is opened', async () => {
    failedJobs.mockResolvedValue([])
    processes.mockResolvedValue(processVersions)
    const wrapper = await mountView()
    expect(processes).not.toHaveBeenCalled()

    await openProcesses(wrapper)

    expect(processes).toHaveBeenCalledTimes(1)
    const table = rows(wrapper, 'processes-table')
    expect(table).toHaveLength(3)
    // The process's cell spans its versions.
    expect(table[0]!.findAll('td')).toHaveLength(6)
    expect(table[0]!.get('td').attributes('rowspan')).toBe('2')
    expect(table[1]!.findAll('td')).toHaveLength(5)
    expect(cells(table[0]!)[0]).toBe('发展党员membershipIntake')
    expect(table[0]!.get('[data-test="process-version"]').text()).toMatch(/^v2\s*最新$/)
    expect(table[0]!.get('[data-test="process-incidents"]').classes()).toContain('el-tag--danger')
    expect(table[0]!.get('[data-test="process-suspended"]').text()).toBe('否')
    expect(table[1]!.get('[data-test="process-version"]').text()).toBe('v1')
    expect(table[1]!.get('[data-test="process-suspended"]').text()).toBe('是')
    expect(cells(table[1]!).slice(2)).toEqual(['1', '0', '是'])
    expect(cells(table[2]!)[0]).toBe('警示教育活动campaign')

    await wrapper.get('[data-test="ops-refresh"]').trigger('click')
    await flushPromises()
    expect(processes).toHaveBeenCalledTimes(2)
  })

  it('shows cards instead of tables on a phone', async () => {
    phone.value = true
    failedJobs.mockResolvedValue([incidentJob])
    processes.mockResolvedValue(processVersions)
    const wrapper = await mountView()

    expect(wrapper.find('[data-test="jobs-table"]').exists()).toBe(false)
    const card = wrapper.get('[data-test="job-card"]')
    expect(card.text()).toContain('谈话跟踪 v3')
    expect(card.text()).toContain('事件')
    expect(card.text()).toContain('4f1c2a9e')
    await openProcesses(wrapper)
    expect(wrapper.findAll('[data-test="process-card"]')).toHaveLength(2)
  })

  it('speaks English', async () => {
    i18n.global.locale.value = 'en'
    failedJobs.mockResolvedValue([incidentJob])
    const wrapper = await mountView()

    expect(wrapper.get('h1').text()).toBe('Operations')
    expect(wrapper.get('[data-test="tab-failed-jobs"]').text()).toMatch(/^Failed jobs\s*1$/)
    expect(wrapper.get('[data-test="tab-processes"]').text()).toBe('Process versions')
    expect(wrapper.get('[data-test="job-retry"]').text()).toBe('Retry')
    expect(wrapper.get('[data-test="job-incident"]').text()).toBe('Incident')
  })
})

describe('the operations route', () => {
  it('opens for the admin only', async () => {
    for (const [user, name] of [
      [admin, 'admin-operations'],
      [wangwei, 'home'],
      [auditor, 'home'],
    ] as const) {
      const app = setup(user)
      await app.router.push('/admin/operations')
      expect(app.router.currentRoute.value.name).toBe(name)
    }
  })
})
