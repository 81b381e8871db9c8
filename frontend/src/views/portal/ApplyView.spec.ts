import { beforeEach, describe, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/i18n'
import { ApiError } from '@/api/http'
import { useDictStore } from '@/stores/dicts'
import ApplyView from './ApplyView.vue'

const api = vi.hoisted(() => ({ acceptingAgencies: vi.fn(), submit: vi.fn(), uploadAttachment: vi.fn() }))
vi.mock('@/api/applications', async (importOriginal) => ({ ...(await importOriginal<object>()), applicationsApi: api }))

function mountForm() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const dicts = useDictStore()
  dicts.byService.applications = {} // loaded: nothing to fetch
  return mount(ApplyView, { global: { plugins: [pinia, i18n], stubs: { RouterLink: true } } })
}
const errorOf = (w: ReturnType<typeof mountForm>, id: string) => w.find(`#${id}-error`)
async function type(w: ReturnType<typeof mountForm>, id: string, value: string) {
  await w.find(`#${id}`).setValue(value)
  await flushPromises()
}

describe('the application form (portal)', () => {
  beforeEach(() => {
    Object.values(api).forEach((f) => f.mockReset())
    api.acceptingAgencies.mockResolvedValue({ items: [{ id: 7, name: '江城市教育局', accepts_requests: true, is_active: true }], total: 1, page: 1, size: 100 })
  })

  test('“required” goes from under a field as soon as it is filled in, and the summary with the last one', async () => {
    const w = mountForm()
    await flushPromises()
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(api.submit).not.toHaveBeenCalled()
    for (const id of ['ap-agency', 'ap-name', 'ap-idnumber', 'ap-phone', 'ap-item-0-title', 'ap-item-0-desc']) {
      expect(errorOf(w, id).text()).toBe('此项为必填项')
    }
    expect(w.find('[role=alert]').exists()).toBe(true)

    await type(w, 'ap-name', '张三')
    expect(errorOf(w, 'ap-name').exists()).toBe(false)
    expect(errorOf(w, 'ap-phone').exists()).toBe(true) // the others stay until they are filled in
    await type(w, 'ap-item-0-title', '   ')
    expect(errorOf(w, 'ap-item-0-title').text()).toBe('此项为必填项') // spaces are still empty

    await w.find('#ap-agency').setValue('7')
    await type(w, 'ap-idnumber', '110101199003071234')
    await type(w, 'ap-phone', '13800000000')
    await type(w, 'ap-item-0-title', '2026 年校车采购合同')
    await type(w, 'ap-item-0-desc', '江城市教育局 2026 年校车采购合同及验收报告')
    expect(w.findAll('.pf-error').length).toBe(0)
    expect(w.find('[role=alert]').exists()).toBe(false)
  })

  test('the server’s message on a field goes as soon as the applicant edits that field', async () => {
    api.submit.mockRejectedValue(new ApiError({ title: '请求参数有误', status: 422, code: 'validation_error', errors: [
      { field: 'items.0.description', message: '至少 5 个字' }, { field: 'applicant.phone', message: '电话号码格式不正确' },
    ] }))
    const w = mountForm()
    await flushPromises()
    await w.find('#ap-agency').setValue('7')
    await type(w, 'ap-name', '张三')
    await type(w, 'ap-idnumber', '110101199003071234')
    await type(w, 'ap-phone', '1380')
    await type(w, 'ap-item-0-title', '校车合同')
    await type(w, 'ap-item-0-desc', '合同')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(api.submit).toHaveBeenCalledOnce()
    expect(errorOf(w, 'ap-item-0-desc').text()).toBe('至少 5 个字')
    expect(errorOf(w, 'ap-phone').text()).toBe('电话号码格式不正确')

    await type(w, 'ap-item-0-desc', '2026 年校车采购合同')
    expect(errorOf(w, 'ap-item-0-desc').exists()).toBe(false)
    expect(errorOf(w, 'ap-phone').text()).toBe('电话号码格式不正确')
    await type(w, 'ap-phone', '')
    expect(errorOf(w, 'ap-phone').text()).toBe('此项为必填项') // edited to empty: the browser's own check speaks
  })
})
