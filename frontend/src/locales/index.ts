import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN, { type MessageSchema } from './zh-CN'

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]

export const LOCALE_STORAGE_KEY = 'ronghe.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return LOCALES.includes(value as AppLocale)
}

/** The language the user chose last time, else Chinese. */
export function storedLocale(): AppLocale {
  const saved = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY)
  return isAppLocale(saved) ? saved : 'zh-CN'
}

export function createAppI18n(locale: AppLocale = storedLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en } satisfies Record<AppLocale, MessageSchema>,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/** The app's one i18n instance; the locale store switches its language. */
export const i18n = createAppI18n()
