import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useAuthStore } from './auth'
import { usePrefsStore } from './prefs'

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}
const tokens = (n: number) => ({ access_token: `a${n}`, refresh_token: `r${n}`, expires_in: 900, token_type: 'bearer', scope: '' })
const me = { id: 'u1', kind: 'staff', username: 'edu_clerk', display_name: '李明', roles: ['clerk'], permissions: ['catalog.agency:read'],
  data_scope: 'own', agency_id: 4, agency_path: '1.4', agency_name: '江城市教育局' }

describe('auth store', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  test('login keeps the tokens for this tab and loads the profile with its permissions', async () => {
    const fetch = vi.fn(async (url: string, _init?: RequestInit) => (url.endsWith('/token') ? json(200, tokens(1)) : json(200, me)))
    vi.stubGlobal('fetch', fetch)
    const auth = useAuthStore()
    await auth.login('edu_clerk', 'Demo@2026')
    expect(auth.isAuthenticated).toBe(true)
    expect(auth.can('catalog.agency:read')).toBe(true)
    expect(auth.can('catalog.agency:write')).toBe(false)
    expect(JSON.parse(sessionStorage.getItem('gongkai.session')!)).toMatchObject({ accessToken: 'a1', refreshToken: 'r1' })
    const body = String((fetch.mock.calls[0][1] as RequestInit).body)
    expect(body).toContain('grant_type=password')
  })

  test('concurrent refreshes share one rotation of the refresh token', async () => {
    let calls = 0
    vi.stubGlobal('fetch', vi.fn(async () => {
      calls += 1
      await new Promise((r) => setTimeout(r, 5))
      return json(200, tokens(2))
    }))
    const auth = useAuthStore()
    auth.session = { accessToken: 'a1', refreshToken: 'r1', expiresAt: 0 }
    const results = await Promise.all([auth.refresh(), auth.refresh(), auth.refresh()])
    expect(results).toEqual([true, true, true])
    expect(calls).toBe(1)
    expect(auth.session).toMatchObject({ accessToken: 'a2', refreshToken: 'r2' })
  })

  test('a refused refresh signs out; logout revokes the refresh token and forgets the session', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { title: 'invalid_grant', status: 400 })))
    const auth = useAuthStore()
    auth.session = { accessToken: 'a1', refreshToken: 'r1', expiresAt: 0 }
    expect(await auth.refresh()).toBe(false)
    expect(auth.isAuthenticated).toBe(false)

    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetch)
    auth.session = { accessToken: 'a1', refreshToken: 'r9', expiresAt: 0 }
    await auth.logout()
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/auth/revoke')
    expect(JSON.parse(String((fetch.mock.calls[0][1] as RequestInit).body))).toEqual({ refresh_token: 'r9' })
    expect(sessionStorage.getItem('gongkai.session')).toBeNull()
  })
})

describe('prefs store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  test('large text and language apply to the document and persist', async () => {
    const prefs = usePrefsStore()
    expect(document.documentElement.classList.contains('large-text')).toBe(false)
    prefs.toggleLargeText()
    prefs.setLocale('en-US')
    await nextTick()
    expect(document.documentElement.classList.contains('large-text')).toBe(true)
    expect(document.documentElement.lang).toBe('en-US')
    setActivePinia(createPinia())
    const again = usePrefsStore()
    expect(again.largeText).toBe(true)
    expect(again.locale).toBe('en-US')
  })
})
