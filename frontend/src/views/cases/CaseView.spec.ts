import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { casesApi } from '@/api/cases'
import { i18n } from '@/locales'
import { helpCase, leakPhoto } from '@/test/fixtures/cases'
import { resetLocale, setup, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import CaseDiagram from './CaseDiagram.vue'
import CaseView from './CaseView.vue'

vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  casesApi: { get: vi.fn(), attachments: vi.fn(), upload: vi.fn() },
}))

async function mountCase(id: string) {
  const app = setup(zhangsan)
  await app.router.push(`/cases/${id}`)
  const wrapper = mount(CaseView, {
    props: { id },
    global: { plugins: [app.pinia, app.router, i18n], stubs: { CaseDiagram: true } },
  })
  await flushPromises()
  return wrapper
}

describe('CaseView', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(casesApi.get).mockReset()
    vi.mocked(casesApi.attachments).mockReset()
  })

  it('heads the page with the case and fills its panels', async () => {
    vi.mocked(casesApi.get).mockResolvedValue(helpCase)
    vi.mocked(casesApi.attachments).mockResolvedValue([leakPhoto])

    const wrapper = await mountCase('pi-2')

    expect(wrapper.find('[data-test="case-title"]').text()).toBe('李四：宿舍漏水维修')
    expect(wrapper.find('[data-test="case-state"]').text()).toBe('办理中')
    expect(wrapper.find('[data-test="case-header"]').text()).toContain('第二党支部')
    expect(wrapper.findComponent(CaseDiagram).props()).toMatchObject({
      completed: ['helpRequested', 'reviewHelpRequest'],
      active: ['handleHelpRequest'],
    })
    expect(wrapper.findAll('[data-test="timeline-entry"]')).toHaveLength(4)
    const current = wrapper.find('[data-test="current-task"]')
    expect(current.text()).toContain('承办人办理反馈')
    expect(current.find('a').attributes('href')).toBe('/tasks/t-overdue')
    const file = wrapper.find('[data-test="attachment"] a')
    expect(file.attributes('href')).toBe('/api/attachments/7')
    expect(file.attributes('download')).toBe('漏水照片.jpg')
    expect(wrapper.find('[data-test="attachment"]').text()).toContain('240 KB')
    const dossier = wrapper.get('[data-test="case-dossier"]')
    expect(dossier.text()).toBe('下载卷宗')
    expect(dossier.attributes('href')).toBe(`/api/instances/${helpCase.id}/dossier`)
  })

  it('says kindly that a case one may not see does not exist', async () => {
    vi.mocked(casesApi.get).mockRejectedValue(
      problemError({ status: 404, code: 'instance.not-found', detail: 'not found' }),
    )

    const wrapper = await mountCase('pi-secret')

    expect(wrapper.find('[data-test="case-not-found"]').text()).toContain('案件不存在或您无权查看')
    expect(wrapper.find('[data-test="timeline-panel"]').exists()).toBe(false)
    expect(casesApi.attachments).not.toHaveBeenCalled()
  })

  it('keeps the case when only its attachments fail to load', async () => {
    vi.mocked(casesApi.get).mockResolvedValue(helpCase)
    vi.mocked(casesApi.attachments).mockRejectedValue(
      problemError({ status: 500, detail: '服务器错误' }),
    )

    const wrapper = await mountCase('pi-2')

    expect(wrapper.find('[data-test="case-title"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="attachments-error"]').text()).toContain('服务器错误')
  })
})
