import { beforeEach, describe, expect, it } from 'vitest'
import { mountWith, resetLocale, setup } from '@/test/helpers'
import NotFoundView from './NotFoundView.vue'

describe('NotFoundView', () => {
  beforeEach(resetLocale)

  it('says the page does not exist and links back home', async () => {
    const app = setup()
    await app.router.push('/nowhere')
    const wrapper = mountWith(NotFoundView, app)

    expect(wrapper.text()).toContain('404')
    expect(wrapper.text()).toContain('页面不存在')
    const back = wrapper.find('[data-test="back-home"]')
    expect(back.text()).toBe('返回首页')
    expect(back.attributes('href')).toBe('/')
  })
})
