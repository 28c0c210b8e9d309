import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { defineComponent, type Component } from 'vue'
import { createMemoryHistory, createRouter, type RouteRecordRaw, type Router } from 'vue-router'
import type { CurrentUser } from '@/api/auth'
import { i18n } from '@/locales'
import { routes } from '@/router'
import { installAuthGuards } from '@/router/guards'
import { useAuthStore } from '@/stores/auth'

export const wangwei: CurrentUser = {
  username: 'wangwei',
  displayName: '王伟',
  roles: ['party-committee', 'staff'],
  branch: { id: 1, name: '第一党支部' },
  passwordMustChange: false,
}

export const zhangsan: CurrentUser = {
  username: 'zhangsan',
  displayName: '张三',
  roles: ['staff'],
  branch: { id: 1, name: '第一党支部' },
  passwordMustChange: false,
}

export const admin: CurrentUser = {
  username: 'admin',
  displayName: '系统管理员',
  roles: ['admin'],
  branch: null,
  passwordMustChange: false,
}

const EmptyView = defineComponent({ render: () => null })

/** The app's routes with empty views: tests mount the component they test themselves. */
function withEmptyViews(records: RouteRecordRaw[]): RouteRecordRaw[] {
  return records.map(
    (record) =>
      ({
        ...record,
        component: EmptyView,
        children: record.children && withEmptyViews(record.children),
      }) as RouteRecordRaw,
  )
}

/** A fresh Pinia (optionally with a signed-in user) and the app's routes in memory history. */
export function setup(user: CurrentUser | null = null): { pinia: Pinia; router: Router } {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore()
  auth.user = user
  auth.checked = true
  const router = createRouter({ history: createMemoryHistory(), routes: withEmptyViews(routes) })
  installAuthGuards(router)
  return { pinia, router }
}

export function mountWith(
  component: Component,
  { pinia, router }: { pinia: Pinia; router: Router },
) {
  return mount(component, { global: { plugins: [pinia, router, i18n] } })
}

export function resetLocale() {
  localStorage.clear()
  i18n.global.locale.value = 'zh-CN'
}
