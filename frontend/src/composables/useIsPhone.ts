import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Below this width the app lays itself out for a phone. */
export const PHONE_QUERY = '(max-width: 767px)'

/** True while the window is phone-width (< 768px); follows resizing. */
export function useIsPhone(): Ref<boolean> {
  const media = typeof window !== 'undefined' && window.matchMedia?.(PHONE_QUERY)
  const isPhone = ref(media ? media.matches : false)
  if (media) {
    const update = (event: MediaQueryListEvent) => (isPhone.value = event.matches)
    media.addEventListener('change', update)
    onBeforeUnmount(() => media.removeEventListener('change', update))
  }
  return isPhone
}
