import { flushPromises, mount } from '@vue/test-utils'
import { init } from 'echarts/core'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import EChart from './EChart.vue'

// happy-dom has no canvas to draw on: the chart instance is a stand-in that records the calls.
const chart = vi.hoisted(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }))
vi.mock('echarts/core', async (importOriginal) => ({
  ...(await importOriginal<typeof import('echarts/core')>()),
  init: vi.fn(() => chart),
}))

/**
 * ECharts is imported when the chart mounts: waits until it has drawn. The first import of the
 * library takes seconds on a busy machine, more than `waitFor`'s default second.
 */
async function drawn() {
  await vi.waitFor(() => expect(chart.setOption).toHaveBeenCalled(), { timeout: 15_000 })
}

describe('EChart', () => {
  beforeEach(() => {
    vi.mocked(init).mockClear()
    chart.setOption.mockReset()
    chart.resize.mockReset()
    chart.dispose.mockReset()
  })

  it('draws the option on mount, replaces it on change and disposes of the chart', async () => {
    const first = { series: [{ type: 'bar', data: [1, 2] }] }
    const second = { series: [{ type: 'bar', data: [3] }] }

    const wrapper = mount(EChart, { props: { option: first, label: '各支部覆盖情况' } })
    await drawn()

    expect(vi.mocked(init)).toHaveBeenCalledWith(wrapper.element)
    expect(chart.setOption).toHaveBeenCalledExactlyOnceWith(first, true)
    expect(wrapper.attributes('role')).toBe('img')
    expect(wrapper.attributes('aria-label')).toBe('各支部覆盖情况')
    expect((wrapper.element as HTMLElement).style.height).toBe('280px')

    await wrapper.setProps({ option: second })
    expect(chart.setOption).toHaveBeenLastCalledWith(second, true)

    wrapper.unmount()
    expect(chart.dispose).toHaveBeenCalledOnce()
  })

  it('resizes the chart when its box changes size', async () => {
    let onResize: ResizeObserverCallback = () => {}
    const observe = vi.fn()
    const disconnect = vi.fn()
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          onResize = callback
        }
        observe = observe
        disconnect = disconnect
      },
    )
    try {
      const wrapper = mount(EChart, { props: { option: {}, label: 'x', height: '120px' } })
      await drawn()
      expect(observe).toHaveBeenCalledWith(wrapper.element)

      onResize([], {} as ResizeObserver)
      expect(chart.resize).toHaveBeenCalledOnce()

      wrapper.unmount()
      expect(disconnect).toHaveBeenCalledOnce()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('draws nothing when taken away before ECharts has arrived', async () => {
    const wrapper = mount(EChart, { props: { option: {}, label: 'x' } })
    wrapper.unmount()
    await import('./echarts')
    await flushPromises()

    expect(vi.mocked(init)).not.toHaveBeenCalled()
    expect(chart.setOption).not.toHaveBeenCalled()
  })
})
