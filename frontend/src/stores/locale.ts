import { defineStore } from 'pinia'
import { ref } from 'vue'
import { i18n, LOCALE_STORAGE_KEY, storedLocale, type AppLocale } from '@/locales'

function apply(locale: AppLocale) {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  document.title = i18n.global.t('app.fullTitle')
}

/** The UI language: Chinese unless the user picked English, remembered in localStorage. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<AppLocale>(storedLocale())
  apply(locale.value)

  function setLocale(next: AppLocale) {
    locale.value = next
    localStorage.setItem(LOCALE_STORAGE_KEY, next)
    apply(next)
  }

  return { locale, setLocale }
})
