import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi, type Me, type TokenResponse } from '@/api/auth'
import { satisfies, type Requirement } from './permissions'

const STORAGE_KEY = 'gongkai.session'

interface StoredSession {
  accessToken: string
  refreshToken: string | null
  expiresAt: number
}

function load(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as StoredSession) : null
  } catch {
    return null
  }
}

/** The signed-in account: tokens (kept for this browser tab only), the profile from /auth/me and its permissions. */
export const useAuthStore = defineStore('auth', () => {
  const session = ref<StoredSession | null>(load())
  const me = ref<Me | null>(null)
  let refreshing: Promise<boolean> | null = null

  const isAuthenticated = computed(() => session.value !== null)
  const permissions = computed<string[]>(() => me.value?.permissions ?? [])
  const isStaff = computed(() => me.value?.kind === 'staff')

  function save(tokens: TokenResponse, previousRefresh: string | null = null): void {
    session.value = {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? previousRefresh,
      expiresAt: Date.now() + tokens.expires_in * 1000,
    }
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session.value))
  }

  function clear(): void {
    session.value = null
    me.value = null
    sessionStorage.removeItem(STORAGE_KEY)
  }

  async function login(username: string, password: string): Promise<Me> {
    save(await authApi.passwordLogin(username, password))
    return loadMe()
  }

  async function loadMe(): Promise<Me> {
    me.value = await authApi.me()
    return me.value
  }

  /** One refresh at a time: concurrent 401s wait for the same rotation (the server rotates refresh tokens). */
  function refresh(): Promise<boolean> {
    const token = session.value?.refreshToken
    if (!token) return Promise.resolve(false)
    refreshing ??= authApi
      .refresh(token)
      .then((tokens) => {
        save(tokens, token)
        return true
      })
      .catch(() => {
        clear()
        return false
      })
      .finally(() => {
        refreshing = null
      })
    return refreshing
  }

  async function logout(): Promise<void> {
    const token = session.value?.refreshToken
    clear()
    if (token) await authApi.revoke(token).catch(() => undefined)
  }

  function can(need: Requirement): boolean {
    return satisfies(permissions.value, need)
  }

  return { session, me, isAuthenticated, isStaff, permissions, login, loadMe, refresh, logout, clear, can }
})
