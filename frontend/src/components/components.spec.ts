import { describe, expect, test } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { useDictStore } from '@/stores/dicts'
import ProblemAlert from './ProblemAlert.vue'
import DictTag from './DictTag.vue'

describe('components', () => {
  test('ProblemAlert shows title, detail and request id as an alert', () => {
    const w = mount(ProblemAlert, {
      props: { problem: { title: '机关不存在', status: 404, detail: '找不到编号为 9 的机关', request_id: 'req-1' } },
      global: { plugins: [ElementPlus, i18n] },
    })
    expect(w.find('[role=alert]').exists()).toBe(true)
    expect(w.text()).toContain('机关不存在')
    expect(w.text()).toContain('找不到编号为 9 的机关')
    expect(w.text()).toContain('请求编号：req-1')
    expect(mount(ProblemAlert, { props: { problem: null }, global: { plugins: [ElementPlus, i18n] } }).html()).not.toContain('alert')
  })

  test('DictTag shows the dictionary label in the current language, or the code when unknown', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const dicts = useDictStore()
    dicts.byService.catalog = { agency_level: [{ code: 'county', label: '县级', label_en: 'County' }] }
    const w = mount(DictTag, { props: { service: 'catalog', dict: 'agency_level', code: 'county' }, global: { plugins: [pinia, ElementPlus, i18n] } })
    expect(w.text()).toBe('县级')
    i18n.global.locale.value = 'en-US'
    await w.vm.$nextTick()
    expect(w.text()).toBe('County')
    i18n.global.locale.value = 'zh-CN'
    await w.setProps({ code: 'galaxy' })
    expect(w.text()).toBe('galaxy')
  })
})
