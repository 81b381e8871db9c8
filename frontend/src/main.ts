import { createApp, watch } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './styles/main.css'
import App from './App.vue'
import { i18n } from './i18n'
import { makeRouter } from './router'
import { installSessionHooks } from './api/http'
import { syncClock } from './api/clock'
import { useAuthStore } from './stores/auth'
import { usePrefsStore } from './stores/prefs'

// statutory dates follow the platform's clock and zone, not the browser's (api/clock.ts); not awaited: until the
// answer arrives the browser's clock is read in the platform's zone
void syncClock().catch(() => undefined)

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
const router = makeRouter()

const auth = useAuthStore()
const prefs = usePrefsStore()
i18n.global.locale.value = prefs.locale
watch(() => prefs.locale, (l) => (i18n.global.locale.value = l))

installSessionHooks({
  accessToken: () => auth.session?.accessToken ?? null,
  refresh: () => auth.refresh(),
  expired: () => {
    auth.clear()
    const current = router.currentRoute.value
    if (current.matched.some((r) => r.meta.staff)) {
      void router.push({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
    }
  },
  language: () => prefs.locale,
})

app.use(router)
app.mount('#app')
