import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

export type Locale = 'zh-CN' | 'en-US'
const KEY = 'gongkai.prefs'

interface Prefs {
  locale: Locale
  largeText: boolean
}

function load(): Prefs {
  try {
    const raw = localStorage.getItem(KEY)
    if (raw) {
      const p = JSON.parse(raw) as Partial<Prefs>
      return { locale: p.locale === 'en-US' ? 'en-US' : 'zh-CN', largeText: Boolean(p.largeText) }
    }
  } catch {
    /* defaults */
  }
  return { locale: 'zh-CN', largeText: false }
}

/** Reader preferences kept in this browser: language and the large-text mode (适老化大字版). */
export const usePrefsStore = defineStore('prefs', () => {
  const initial = load()
  const locale = ref<Locale>(initial.locale)
  const largeText = ref(initial.largeText)

  function apply(): void {
    document.documentElement.lang = locale.value
    document.documentElement.classList.toggle('large-text', largeText.value)
  }
  watch([locale, largeText], () => {
    localStorage.setItem(KEY, JSON.stringify({ locale: locale.value, largeText: largeText.value }))
    apply()
  })
  apply()

  return {
    locale,
    largeText,
    setLocale: (l: Locale) => (locale.value = l),
    toggleLargeText: () => (largeText.value = !largeText.value),
  }
})
