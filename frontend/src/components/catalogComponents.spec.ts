import { describe, expect, test } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import { useDictStore } from '@/stores/dicts'
import { columnPath, useTaxonomyStore } from '@/stores/taxonomy'
import HighlightText from './HighlightText.vue'
import EntryMeta from './EntryMeta.vue'

describe('catalog components', () => {
  test('HighlightText marks the matched words and renders everything else as text', () => {
    const w = mount(HighlightText, { props: { fragment: '&lt;img src=x onerror=alert(1)&gt;关于<em>校车</em>安全' } })
    expect(w.findAll('mark').map((m) => m.text())).toEqual(['校车'])
    expect(w.find('img').exists()).toBe(false)
    expect(w.text()).toBe('<img src=x onerror=alert(1)>关于校车安全')
    const plain = mount(HighlightText, { props: { text: '校车安全管理办法', query: '校车 管理' } })
    expect(plain.findAll('mark').map((m) => m.text())).toEqual(['校车', '管理'])
  })

  test('EntryMeta shows the statutory metadata with dictionary labels, and says when no index number exists yet', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    useDictStore().byService.catalog = {
      genre: [{ code: 'measures', label: '办法', label_en: 'Measures' }],
      validity: [{ code: 'abolished', label: '废止', label_en: 'Abolished' }],
      disclosure_attribute: [{ code: 'proactive', label: '主动公开', label_en: 'Proactive disclosure' }],
    }
    const meta = {
      title: '江城市中小学校车安全管理办法', index_number: null, agency_name: '江城市教育局', written_on: '2026-03-02',
      published_at: '2026-03-05T02:00:00Z', document_number: '江教规〔2026〕1号', theme_name: '科技、教育 / 教育', genre: 'measures',
      validity: 'abolished', abolished_on: '2026-09-01', keywords: ['校车', '安全'], disclosure_attribute: 'proactive',
    }
    const w = mount(EntryMeta, { props: { meta, showTitle: true }, global: { plugins: [pinia, ElementPlus, i18n] } })
    const pairs = Object.fromEntries(w.findAll('.pair').map((p) => [p.find('dt').text(), p.find('dd').text()]))
    expect(pairs).toMatchObject({
      名称: '江城市中小学校车安全管理办法', 索引号: '（发布时分配索引号）', 发布机构: '江城市教育局', 成文日期: '2026-03-02',
      发布日期: '2026-03-05', 文号: '江教规〔2026〕1号', 主题分类: '科技、教育 / 教育', 体裁分类: '办法', 有效性: '废止（废止日期 2026-09-01）',
      公开方式: '主动公开', 关键词: '校车　安全',
    })
    i18n.global.locale.value = 'en-US'
    await w.vm.$nextTick()
    expect(w.text()).toContain('Index number')
    expect(w.text()).toContain('Measures')
    i18n.global.locale.value = 'zh-CN'
  })

  test('theme and column names are looked up in the reference lists', () => {
    setActivePinia(createPinia())
    const tx = useTaxonomyStore()
    tx.themes = [{ code: '11', parent_code: null, name: '科技、教育', name_en: 'Science and education', sort_order: 1, is_active: true, version: 1,
      children: [{ code: '11.02', parent_code: '11', name: '教育', name_en: 'Education', sort_order: 2, is_active: true, version: 1 }] }]
    expect(tx.themeName('11.02')).toBe('科技、教育 / 教育')
    expect(tx.themeName('11.02', 'en-US', false)).toBe('Education')
    expect(tx.themeName('99')).toBe('99')
    const cols = [{ id: 1, parent_id: null, name: '政策文件', purpose: null, description: null, sort_order: 1, is_active: true, version: 1, live_entries: 3,
      children: [{ id: 2, parent_id: 1, name: '规范性文件', purpose: null, description: null, sort_order: 1, is_active: true, version: 1, live_entries: 1, children: [] }] }]
    expect(columnPath(cols, 2)).toBe('政策文件 / 规范性文件')
    expect(columnPath(cols, 9)).toBeUndefined()
  })
})
