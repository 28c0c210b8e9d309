import { flushPromises, mount } from '@vue/test-utils'
import { ElUpload, type UploadRequestOptions } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { casesApi } from '@/api/cases'
import { i18n } from '@/locales'
import { leakPhoto } from '@/test/fixtures/cases'
import { resetLocale } from '@/test/helpers'
import { problemError } from '@/test/problems'
import AttachmentsPanel from './AttachmentsPanel.vue'

vi.mock('@/api/cases', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/api/cases')>()),
  casesApi: { get: vi.fn(), attachments: vi.fn(), upload: vi.fn() },
}))

async function mountPanel(uploadTaskId?: string) {
  const wrapper = mount(AttachmentsPanel, {
    props: { instanceId: 'pi-2', uploadTaskId },
    global: { plugins: [i18n] },
  })
  await flushPromises()
  return wrapper
}

async function send(wrapper: Awaited<ReturnType<typeof mountPanel>>, file: File) {
  const httpRequest = wrapper.findComponent(ElUpload).props('httpRequest') as (
    o: UploadRequestOptions,
  ) => Promise<void>
  await httpRequest({ file } as unknown as UploadRequestOptions)
  await flushPromises()
}

describe('AttachmentsPanel', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(casesApi.attachments).mockReset().mockResolvedValue([leakPhoto])
    vi.mocked(casesApi.upload).mockReset()
  })

  it('offers no upload on a case view', async () => {
    const wrapper = await mountPanel()

    expect(wrapper.findAll('[data-test="attachment"]')).toHaveLength(1)
    expect(wrapper.findComponent(ElUpload).exists()).toBe(false)
  })

  it('accepts only the allowed file types and uploads to the task', async () => {
    vi.mocked(casesApi.upload).mockResolvedValue({ ...leakPhoto, id: 8, fileName: '回执.pdf' })
    const wrapper = await mountPanel('t-overdue')
    const file = new File(['%PDF-1.7'], '回执.pdf', { type: 'application/pdf' })

    expect(wrapper.findComponent(ElUpload).props('accept')).toContain('.ofd')
    await send(wrapper, file)

    expect(casesApi.upload).toHaveBeenCalledWith('t-overdue', file)
    expect(casesApi.attachments).toHaveBeenCalledTimes(2)
  })

  it("shows the server's reason when a file is refused", async () => {
    vi.mocked(casesApi.upload).mockRejectedValue(
      problemError({
        status: 400,
        code: 'validation',
        errors: [{ field: 'file', message: '不支持的文件类型：exe' }],
      }),
    )
    const wrapper = await mountPanel('t-overdue')

    await send(wrapper, new File(['MZ'], 'setup.exe'))

    expect(wrapper.find('[data-test="upload-error"]').text()).toContain('不支持的文件类型：exe')
  })
})
