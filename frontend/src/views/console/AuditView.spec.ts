import { describe, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import AuditView from './AuditView.vue'

const api = vi.hoisted(() => ({ audit: vi.fn(), dictionaries: vi.fn() }))
vi.mock('@/api/platform', async (importOriginal) => ({ ...(await importOriginal<object>()), platformApi: api }))

const entry = (id: number, action: string, entity_type: string) => ({
  id, at: '2026-06-01T01:02:03Z', service: 'identity', actor_id: '1', actor_name: '系统管理员', actor_kind: 'staff', roles: [],
  agency_id: null, action, entity_type, entity_id: String(id), before: null, after: null, source_ip: '127.0.0.1', request_id: 'r',
})

describe('audit log', () => {
  test('actions and entity types read as words from the gateway’s dictionaries; an unknown code shows as it is', async () => {
    if (!('ResizeObserver' in globalThis)) {
      ;(globalThis as Record<string, unknown>).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} }
    }
    api.audit.mockResolvedValue({ items: [entry(1, 'auth.login', 'user'), entry(2, 'client.created', 'client'), entry(3, 'auth.future', 'gadget')],
      total: 3, page: 1, size: 20 })
    api.dictionaries.mockImplementation(async (service: string) => (service !== 'auth' ? {} : {
      audit_actions: [{ code: 'auth.login', label: '登录', label_en: 'Signed in' },
        { code: 'client.created', label: '新建对接平台（API 客户端）', label_en: 'API client created' }],
      audit_entities: [{ code: 'user', label: '账号', label_en: 'Account' }, { code: 'client', label: '对接平台（API 客户端）', label_en: 'API client' }],
      actor_kinds: [{ code: 'staff', label: '工作人员', label_en: 'Staff' }],
    }))
    const pinia = createPinia()
    setActivePinia(pinia)
    const w = mount(AuditView, { global: { plugins: [pinia, ElementPlus, i18n] } })
    await flushPromises()
    expect(api.dictionaries).toHaveBeenCalledWith('auth')
    const labels = w.findAll('[data-test=audit-action-label]').map((c) => c.text())
    expect(labels).toEqual(['登录', '新建对接平台（API 客户端）', 'auth.future'])
    expect(w.text()).toContain('账号')
    expect(w.text()).not.toContain('client.created')
    i18n.global.locale.value = 'en-US'
    await flushPromises()
    expect(w.findAll('[data-test=audit-action-label]').map((c) => c.text())).toEqual(['Signed in', 'API client created', 'auth.future'])
    i18n.global.locale.value = 'zh-CN'
    w.unmount()
  })
})
