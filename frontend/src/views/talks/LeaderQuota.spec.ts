import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { TalkQuota } from '@/api/talks'
import { i18n } from '@/locales'
import { categoriesOf, EChartStub, seriesOf } from '@/test/echartStub'
import { quota2026 } from '@/test/fixtures/talks'
import { resetLocale, setup, wangwei } from '@/test/helpers'
import LeaderQuota from './LeaderQuota.vue'

vi.mock('@/components/EChart.vue', async () => ({
  default: (await import('@/test/echartStub')).EChartStub,
}))

async function mountQuota(quota: TalkQuota = quota2026) {
  const app = setup(wangwei)
  await app.router.push('/talks')
  const wrapper = mount(LeaderQuota, {
    props: { quota },
    global: { plugins: [app.pinia, app.router, i18n] },
  })
  await flushPromises()
  return wrapper
}

describe('LeaderQuota', () => {
  beforeEach(resetLocale)

  it('charts each leader’s talks held over those due', async () => {
    const wrapper = await mountQuota()

    const chart = wrapper.getComponent(EChartStub)
    expect(chart.props('label')).toBe('2026 年领导干部谈话进度')
    expect(categoriesOf(chart.props('option'))).toEqual(['黄志明', '孙丽'])
    expect(seriesOf(chart.props('option')).map((s) => [s.name, s.data])).toEqual([
      ['应谈', [6, 0]],
      ['已谈', [3, 0]],
    ])
    expect(wrapper.text()).toContain('领导干部每年与分管部门的每名干部谈话不少于 2 次')
  })

  it('lists each leader’s cadres with talks held of the quota, a late one flagged', async () => {
    const wrapper = await mountQuota()

    const [huang] = wrapper.findAll('[data-test="leader"]')
    expect(huang!.find('.el-collapse-item__header').text()).toContain('第一党支部（审判业务）')
    expect(huang!.get('[data-test="leader-progress"]').text()).toBe(
      '已谈 3 / 应谈 6 次 · 1 / 3 人已谈满',
    )
    const rows = huang!.findAll('.el-table__body tr')
    expect(rows.map((tr) => tr.findAll('td').map((td) => td.text()))).toEqual([
      ['李强', '已谈 2 / 2', '—'],
      ['张三', '已谈 1 / 2逾期', '—'],
      ['刘洋', '已谈 0 / 2', '1 次'],
    ])
    const tags = rows.map((tr) => tr.get('[data-test="cadre-held"]').classes())
    expect(tags[0]).toContain('el-tag--success')
    expect(tags[1]).toContain('el-tag--danger')
    expect(tags[2]).toContain('rh-talk-tag--planned')
    expect(rows[1]!.classes()).toContain('rh-quota__row--overdue')
    expect(rows[1]!.get('[data-test="cadre-overdue"]').text()).toBe('逾期')
    expect(rows[0]!.find('[data-test="cadre-overdue"]').exists()).toBe(false)
  })

  it('says so when a leader has no organisation assigned, and lists no one', async () => {
    const wrapper = await mountQuota()

    const sun = wrapper.findAll('[data-test="leader"]')[1]!
    expect(sun.get('[data-test="leader-no-org"]').text()).toBe('未指定分管部门')
    expect(sun.find('[data-test="leader-progress"]').exists()).toBe(false)
    expect(sun.find('[data-test="cadres"]').exists()).toBe(false)
  })

  it('speaks English too', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = await mountQuota()

    const [huang, sun] = wrapper.findAll('[data-test="leader"]')
    expect(huang!.get('[data-test="leader-progress"]').text()).toBe(
      '3 of 6 talks held · 1 of 3 cadres done',
    )
    expect(sun!.get('[data-test="leader-no-org"]').text()).toBe('No department assigned')
  })
})
