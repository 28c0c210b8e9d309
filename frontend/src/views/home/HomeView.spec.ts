import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/locales'
import { mountWith, resetLocale, setup, wangwei } from '@/test/helpers'
import HomeView from './HomeView.vue'

describe('HomeView', () => {
  beforeEach(() => {
    resetLocale()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 10, 28, 15, 0))
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('greets the user by name for the time of day, with roles, branch and date', async () => {
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)

    expect(wrapper.find('[data-test="greeting"]').text()).toBe('王伟，下午好')
    expect(wrapper.find('[data-test="roles"]').text()).toContain('机关党委')
    expect(wrapper.find('[data-test="roles"]').text()).toContain('干警')
    expect(wrapper.find('[data-test="branch"]').text()).toBe('第一党支部')
    expect(wrapper.find('[data-test="today"]').text()).toContain('2026年11月28日')
  })

  it('greets in English when English is chosen', async () => {
    i18n.global.locale.value = 'en'
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)

    expect(wrapper.find('[data-test="greeting"]').text()).toBe('Good afternoon, 王伟')
    expect(wrapper.find('[data-test="roles"]').text()).toContain('Party committee')
  })

  it('offers the organisation page as a shortcut to those allowed to see it', async () => {
    const app = setup(wangwei)
    await app.router.push('/')
    const wrapper = mountWith(HomeView, app)

    expect(wrapper.find('a[href="/org"]').text()).toContain('组织与人员')
  })
})
