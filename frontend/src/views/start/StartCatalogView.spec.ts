import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { processesApi } from '@/api/processes'
import { mountWith, resetLocale, setup, zhangsan } from '@/test/helpers'
import { problemError } from '@/test/problems'
import StartCatalogView from './StartCatalogView.vue'

vi.mock('@/api/processes', () => ({ processesApi: { list: vi.fn() } }))

const list = vi.mocked(processesApi.list)

async function mountCatalog() {
  const app = setup(zhangsan)
  await app.router.push('/start')
  const wrapper = mountWith(StartCatalogView, app)
  await flushPromises()
  return { wrapper, router: app.router }
}

describe('StartCatalogView', () => {
  beforeEach(() => {
    resetLocale()
    list.mockReset()
  })

  it('shows each process the user may start as a card with its description', async () => {
    list.mockResolvedValue([
      {
        key: 'practicalHelp',
        name: '为干警办实事',
        description: '干警提出困难诉求，支部审核、机关党委审批后指定承办人办理。',
        version: 3,
      },
      { key: 'membershipIntake', name: '入党申请', version: 1 },
    ])

    const { wrapper } = await mountCatalog()

    const cards = wrapper.findAll('.rh-start__card')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.text()).toContain('为干警办实事')
    expect(cards[0]!.text()).toContain('支部审核、机关党委审批')
    expect(cards[1]!.find('.rh-start__description').exists()).toBe(false)
  })

  it('opens the start form of the chosen process', async () => {
    list.mockResolvedValue([{ key: 'practicalHelp', name: '为干警办实事', version: 3 }])
    const { wrapper, router } = await mountCatalog()

    await wrapper.find('[data-test="process-practicalHelp"]').trigger('click')

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/start/practicalHelp'))
  })

  it('says so when there is nothing to start', async () => {
    list.mockResolvedValue([])

    const { wrapper } = await mountCatalog()

    expect(wrapper.find('[data-test="catalog-empty"]').text()).toContain('暂无可发起的事项')
  })

  it('shows the server explanation when the catalogue cannot be loaded', async () => {
    list.mockRejectedValue(problemError({ status: 503, detail: '流程引擎暂不可用' }))

    const { wrapper } = await mountCatalog()

    expect(wrapper.find('[data-test="catalog-error"]').text()).toContain('流程引擎暂不可用')
  })
})
