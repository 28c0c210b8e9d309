import { flushPromises, mount } from '@vue/test-utils'
import { ElSelect } from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { usersApi } from '@/api/users'
import { i18n } from '@/locales'
import { resetLocale } from '@/test/helpers'
import PersonPicker from './PersonPicker.vue'

vi.mock('@/api/users', () => ({ usersApi: { search: vi.fn() } }))

const people = [
  { username: 'lisi', displayName: '李四' },
  { username: 'liqiang', displayName: '李强' },
]

function mountPicker(multiple = false) {
  return mount(PersonPicker, {
    props: { modelValue: multiple ? [] : '', multiple },
    global: { plugins: [i18n] },
  })
}

async function typeIn(wrapper: ReturnType<typeof mountPicker>, text: string) {
  const remoteMethod = wrapper.findComponent(ElSelect).props('remoteMethod') as (
    q: string,
  ) => Promise<void>
  await remoteMethod(text)
  await flushPromises()
}

describe('PersonPicker', () => {
  beforeEach(() => {
    resetLocale()
    vi.mocked(usersApi.search).mockReset().mockResolvedValue(people)
  })

  it('asks the server for people matching what was typed and offers them', async () => {
    const wrapper = mountPicker()

    await typeIn(wrapper, ' 李 ')

    expect(usersApi.search).toHaveBeenCalledWith('李')
    const labels = wrapper.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))
    expect(labels).toEqual(['李四（lisi）', '李强（liqiang）'])
  })

  it('shows those already chosen by name before any search', async () => {
    const wrapper = mount(PersonPicker, {
      props: { modelValue: 'lisi', initial: [{ username: 'lisi', displayName: '李四' }] },
      global: { plugins: [i18n] },
    })
    await flushPromises()

    expect(usersApi.search).not.toHaveBeenCalled()
    expect(wrapper.find('.el-select__placeholder span').text()).toBe('李四（lisi）')
  })

  it('does not search for blanks', async () => {
    const wrapper = mountPicker()

    await typeIn(wrapper, '   ')

    expect(usersApi.search).not.toHaveBeenCalled()
  })

  it('reports the chosen people with their names', async () => {
    const wrapper = mountPicker(true)
    await typeIn(wrapper, '李')

    wrapper.findComponent(ElSelect).vm.$emit('change', ['liqiang', 'lisi'])

    expect(wrapper.emitted('people')).toEqual([
      [
        [
          { username: 'liqiang', displayName: '李强' },
          { username: 'lisi', displayName: '李四' },
        ],
      ],
    ])
  })
})
