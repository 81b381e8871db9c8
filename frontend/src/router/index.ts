import { createRouter, createWebHistory, type Router } from 'vue-router'
import { routes } from './routes'
import { useAuthStore } from '@/stores/auth'
import { i18n } from '@/i18n'

/** Console guard: staff pages need a signed-in staff account, and each page its permission (meta.perm). */
export function installGuards(router: Router): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore()
    if (to.meta.signedIn && !auth.isAuthenticated) return { name: 'account-login', query: { redirect: to.fullPath } }
    if (!to.matched.some((r) => r.meta.staff)) return true
    if (!auth.isAuthenticated) return { name: 'login', query: { redirect: to.fullPath } }
    if (!auth.me) {
      try {
        await auth.loadMe()
      } catch {
        auth.clear()
        return { name: 'login', query: { redirect: to.fullPath } }
      }
    }
    // a citizen signed in on the portal is asked to sign in with a staff account
    if (!auth.isStaff) return { name: 'login', query: { redirect: to.fullPath } }
    if (!auth.can(to.meta.perm)) return { name: 'console-forbidden' }
    return true
  })
  router.afterEach((to) => {
    const { t } = i18n.global
    const title = to.meta.title ? t(to.meta.title) : ''
    const site = to.matched.some((r) => r.meta.staff) || to.name === 'login' ? t('app.consoleName') : t('app.portalName')
    document.title = title ? `${title} - ${site}` : site
  })
}

export function makeRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  installGuards(router)
  return router
}
