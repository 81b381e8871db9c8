import { describe, expect, test } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus, { ElForm } from 'element-plus'
import { defineComponent, h, reactive } from 'vue'
import { i18n } from '@/i18n'
import { consoleChildren } from '@/router/routes'
import { buildMenu } from '@/layouts/menu'
import { useDictStore } from '@/stores/dicts'
import type { Indicator, Measure, RoundResults } from '@/api/assessments'
import {
  childrenSum, fromIndicators, imbalances, move, newNode, nodeAt, nodeSnapshot, placeErrors, rulePayload, setKind, setMeasure,
  structureOf, sumScores, toPayload,
} from './indicatorTree'
import { evidenceErrors, evidencePayload, fromStored, newEvidence, uploading, validUrl } from './evidence'
import { roundBody, subtreeIds, type RoundForm } from './roundForm'
import { columnGroups, figureOf, lost } from './roundGrid'
import { change, percent, rankings, totalsChart } from './results'
import { quarterOf, quarterRange } from './labels'
import IndicatorNode from './IndicatorNode.vue'
import EvidenceEditor from './EvidenceEditor.vue'

// the example system's shape as the service returns it (decimal strings)
const leaf = (code: string, name: string, max: string, extra: Partial<Indicator> = {}): Indicator => ({
  code, name, description: null, kind: 'manual', max_score: max, measure: null, params: {}, rule: null, category: null, children: [], ...extra,
})
const TREE: Indicator[] = [
  { ...leaf('1', '组织保障', '10.00'), kind: 'group', children: [leaf('1.1', '工作机构和人员', '5.00'), leaf('1.2', '业务培训', '5.00')] },
  { ...leaf('2', '主动公开', '40.00'), kind: 'group', children: [
    leaf('2.1', '主动公开及时率', '12.00', { kind: 'automatic', measure: 'publication_timeliness', rule: { type: 'ratio', zero_at: 0.6, full_at: 1, when_empty: 'full' } }),
    leaf('2.2', '政策解读同步', '28.00', { kind: 'automatic', measure: 'interpretation_timeliness', params: { within_working_days: 10 },
      rule: { type: 'thresholds', on: 'ratio', bands: [{ at_least: 1, score: 28 }, { at_least: 0.8, score: 10 }], when_empty: 'full' } }),
  ] },
  leaf('3', '复议纠错', '50.00', { kind: 'automatic', measure: 'appeals_corrected', rule: { type: 'deduction', per: 2, cap: 4, when_empty: 'full' } }),
]
const MEASURES: Measure[] = [
  { code: 'interpretation_timeliness', label: '规范性文件政策解读同步率', label_en: 'Policies interpreted in time', kind: 'ratio', category: 'missing_interpretation',
    rules: ['ratio', 'thresholds_ratio'], params: { within_working_days: { default: 10, min: 1, max: 60, label: '解读发布期限（工作日）', label_en: 'working days' } } },
  { code: 'overdue_open', label: '逾期未办结的申请', label_en: 'Overdue', kind: 'count', category: 'overdue_request', rules: ['deduction', 'thresholds_count', 'veto'], params: {} },
]

describe('the indicator tree editor', () => {
  test('reads the service tree and sends it back with codes from the position and only each rule type\'s fields', () => {
    const nodes = fromIndicators(TREE)
    expect(nodes[1].children[1].rule).toMatchObject({ key: 'thresholds_ratio', ratio_bands: [{ at_least: 1, score: 28 }, { at_least: 0.8, score: 10 }] })
    move(nodes[0].children, 1, -1) // 业务培训 first: the codes follow the order
    const body = toPayload(nodes)
    expect(body[0].children!.map((c) => [c.code, c.name])).toEqual([['1.1', '业务培训'], ['1.2', '工作机构和人员']])
    expect(body[1].children![1]).toEqual({
      code: '2.2', name: '政策解读同步', kind: 'automatic', max_score: 28, measure: 'interpretation_timeliness', params: { within_working_days: 10 },
      rule: { type: 'thresholds', on: 'ratio', bands: [{ at_least: 1, score: 28 }, { at_least: 0.8, score: 10 }], when_empty: 'full' },
    })
    expect(body[2]).toMatchObject({ code: '3', rule: { type: 'deduction', per: 2, cap: 4, when_empty: 'full' } })
    expect(body[2]).not.toHaveProperty('children')
    expect(body[0].children![0]).not.toHaveProperty('rule') // manual: no measure, no rule
  })

  test('running sums show where children do not add up, to the cent', () => {
    const nodes = fromIndicators(TREE)
    expect(sumScores([0.1, 0.2])).toBe(0.3)
    expect(childrenSum(nodes[1])).toBe(40)
    expect(imbalances(nodes, 100)).toEqual([])
    nodes[1].children[0].max_score = 11.5
    nodes[0].max_score = 12
    expect(imbalances(nodes, 100)).toEqual([
      { path: 'indicators', code: '', sum: 102, expected: 100 },
      { path: 'indicators.0', code: '1', sum: 10, expected: 12 },
      { path: 'indicators.1', code: '2', sum: 39.5, expected: 40 },
    ])
  })

  test('a measure keeps a rule that suits it, otherwise takes the first that does; its parameters start at their defaults', () => {
    const node = newNode('automatic', 5)
    setMeasure(node, MEASURES[0])
    expect(node.params).toEqual({ within_working_days: 10 })
    expect(node.rule?.key).toBe('ratio')
    node.rule = { ...node.rule!, key: 'thresholds_ratio' }
    setMeasure(node, MEASURES[0])
    expect(node.rule.key).toBe('thresholds_ratio')
    setMeasure(node, MEASURES[1]) // a count: ratio rules do not suit it
    expect(node.params).toEqual({})
    expect(node.rule?.key).toBe('deduction')
    expect(rulePayload(node.rule!)).toEqual({ type: 'deduction', per: 1, cap: 5, when_empty: 'full' })
    setKind(node, 'manual')
    expect([node.measure, node.rule]).toEqual([null, null])
  })

  test('the service\'s 422 errors go to the node and field that caused them', () => {
    const placed = placeErrors({
      'indicators.0.children.1.rule': '该计分规则不适用于此测量项',
      'indicators.2.rule.ratio.full_at': '满分比例应高于零分比例',
      'indicators.1.max_score': '下级指标分值合计 39.5，与本项分值 40 不一致。',
      'indicators.1.children.0.params': '解读发布期限应为 1–60 之间的整数',
      indicators: '一级指标分值合计 102，与总分 100 不一致。',
      name: '不能为空',
    })
    expect(placed.nodes).toEqual({
      'indicators.0.children.1': { rule: '该计分规则不适用于此测量项' },
      'indicators.2': { rule: '满分比例应高于零分比例' },
      'indicators.1': { max_score: '下级指标分值合计 39.5，与本项分值 40 不一致。' },
      'indicators.1.children.0': { params: '解读发布期限应为 1–60 之间的整数' },
    })
    expect(placed.system).toEqual({ indicators: '一级指标分值合计 102，与总分 100 不一致。', name: '不能为空' })
  })

  test('an edit in place is told from a change of shape (which decides which messages go)', () => {
    const nodes = fromIndicators(TREE)
    const shape = structureOf(nodes)
    const before = nodeSnapshot(nodeAt(nodes, 'indicators.1')!)
    nodes[1].children[0].max_score = 20 // a child's score: the group's message about its sum is stale
    expect(nodeSnapshot(nodeAt(nodes, 'indicators.1')!)).not.toBe(before)
    expect(structureOf(nodes)).toBe(shape)
    move(nodes, 0, 1)
    expect(structureOf(nodes)).not.toBe(shape)
    expect(nodeAt(nodes, 'indicators.0.children.1')?.name).toBe('政策解读同步')
    expect(nodeAt(nodes, 'indicators.5')).toBeUndefined()
  })
})

describe('evidence', () => {
  test('only filled-in items are sent, and errors come back to the item the user sees', () => {
    const items = [newEvidence('note', { text: '  ' }), newEvidence('url', { url: 'ftp://x' }), newEvidence('file', { file_id: 'f-1', filename: '截图.png', progress: 100 }),
      newEvidence('file', { filename: '坏.exe', progress: 30, error: '不支持的文件类型' }), newEvidence('note', { text: '整改前后对比' })]
    const { evidence, indexes } = evidencePayload(items)
    expect(evidence).toEqual([{ kind: 'url', url: 'ftp://x' }, { kind: 'file', file_id: 'f-1' }, { kind: 'note', text: '整改前后对比' }])
    expect(indexes).toEqual([1, 2, 4])
    expect(evidenceErrors({ 'evidence.0.url': '网址应以 http:// 或 https:// 开头', 'evidence.2': '请填写证据内容', text: '必填' }, indexes))
      .toEqual({ 1: '网址应以 http:// 或 https:// 开头', 4: '请填写证据内容' })
    expect(validUrl('ftp://x')).toBe(false)
    expect(validUrl('https://example.gov.cn/gk/')).toBe(true)
    expect(uploading(items)).toBe(false)
    expect(uploading([newEvidence('file', { progress: 40 })])).toBe(true)
  })

  test('stored evidence reads back as items; unknown kinds are left out', () => {
    const items = fromStored([{ kind: 'note', text: '现场核查' }, { kind: 'url', url: 'https://a.gov.cn' }, { kind: 'file', file_id: 'u-1' }, { kind: 'video' }])
    expect(items.map((e) => [e.kind, e.text || e.url || e.file_id])).toEqual([['note', '现场核查'], ['url', 'https://a.gov.cn'], ['file', 'u-1']])
  })
})

describe('opening a round', () => {
  const tree = [{ id: 1, children: [{ id: 8, children: [{ id: 9 }, { id: 10, children: [{ id: 11 }] }] }, { id: 13 }] }]
  const form: RoundForm = {
    system_id: 3, name: ' 2026年第四季度测评 ', kind: 'quarterly', period: ['2026-10-01', '2026-12-31'], mode: 'subtree', subtree_of: 8,
    include_root: true, agency_ids: [], recheck_of_id: 5, previous_round_id: null, issue_deadline_days: 15,
  }
  test('a county with or without the agencies below it is sent as subtree_of; picked agencies as a list', () => {
    expect(subtreeIds(tree, 8, true)).toEqual([8, 9, 10, 11])
    expect(subtreeIds(tree, 8, false)).toEqual([9, 10, 11])
    expect(subtreeIds(tree, 99, true)).toEqual([])
    expect(roundBody(form, tree)).toEqual({
      system_id: 3, name: '2026年第四季度测评', kind: 'quarterly', period_start: '2026-10-01', period_end: '2026-12-31', issue_deadline_days: 15,
      subtree_of: 8, include_root: true,
    })
    expect(roundBody({ ...form, include_root: false }, tree)).toMatchObject({ subtree_of: 8, include_root: false })
    expect(roundBody({ ...form, mode: 'picked', agency_ids: [9, 13] }, tree).agency_ids).toEqual([9, 13])
  })
  test('only a re-check names the round it re-checks', () => {
    expect(roundBody(form, tree)).not.toHaveProperty('recheck_of_id')
    expect(roundBody({ ...form, kind: 'recheck' }, tree).recheck_of_id).toBe(5)
  })
  test('quarters', () => {
    expect(quarterRange(2026, 1)).toEqual(['2026-01-01', '2026-03-31'])
    expect(quarterRange(2024, 1)).toEqual(['2024-01-01', '2024-03-31'])
    expect(quarterRange(2026, 4)).toEqual(['2026-10-01', '2026-12-31'])
    expect(quarterOf('2026-12-08')).toBe(4)
    expect(quarterOf('2026-04-01')).toBe(2)
  })
})

describe('the score grid', () => {
  test('groups head their leaves; a top-level leaf is its own column', () => {
    expect(columnGroups(TREE).map((g) => [g.code, g.leaf, g.columns.map((c) => c.code)])).toEqual([
      ['1', false, ['1.1', '1.2']], ['2', false, ['2.1', '2.2']], ['3', true, ['3']],
    ])
  })
  test('what a measure found, in words: a share, a count, a flag, or nothing to measure', () => {
    expect(figureOf({ numerator: 3, denominator: 4, ratio: 0.75, count: 1 }, 'ratio')).toEqual({ kind: 'share', numerator: 3, denominator: 4 })
    expect(figureOf({ numerator: 0, denominator: 0, ratio: null, count: 0 }, 'ratio')).toEqual({ kind: 'none' })
    expect(figureOf({ count: 2, details: [] }, 'count')).toEqual({ kind: 'count', count: 2 })
    expect(figureOf({ count: null, details: [] }, 'count')).toEqual({ kind: 'none' })
    expect(figureOf({ numerator: 0, denominator: 1, ratio: 0 }, 'flag')).toEqual({ kind: 'flag', met: false })
    expect(figureOf(null, 'ratio')).toEqual({ kind: 'none' })
    const score = { agency_id: 1, indicator_code: '2.1', score: '9.50', source: 'automatic', veto: false, note: null, evidence: [], scored_by_name: null, scored_at: '', version: 1 }
    expect(lost(score, '12.00')).toBe(true)
    expect(lost({ ...score, score: '12.00' }, '12.00')).toBe(false)
  })
})

describe('results', () => {
  const agency = (id: number, name: string, group: string, total: string, rank: number, change: string | null) => ({
    agency_id: id, agency_name: name, group_code: group, group_name: '', total, vetoed: false, rank, previous_total: null, change,
    unscored: 0, by_indicator: {}, issues: 0, issues_closed: 0,
  })
  const results: RoundResults = {
    round_id: 1, status: 'open', total_score: '100.00', indicators: TREE, groups: [{ group_code: 'township', average: '63.50' }, { group_code: 'government', average: '37.00' }],
    agencies: [agency(2, '城关镇', 'township', '62.00', 2, '-1.5'), agency(3, '青石乡', 'township', '65.00', 1, '3'), agency(1, '东湖县', 'government', '37.00', 1, null)],
    frequent_issues: [{ category: 'handover', count: 2 }], issues_total: 3, issues_closed: 1, closure_rate: 0.3333,
  }
  test('one ranking per group, each in rank order, with the group\'s average', () => {
    expect(rankings(results).map((g) => [g.code, g.average, g.agencies.map((a) => a.agency_name)])).toEqual([
      ['township', '63.50', ['青石乡', '城关镇']], ['government', '37.00', ['东湖县']],
    ])
  })
  test('change against the previous round, the closure rate, and the chart\'s series per group', () => {
    expect([change('3'), change('-1.5'), change('0'), change(null)]).toEqual([
      { text: '+3.00', trend: 'up' }, { text: '-1.50', trend: 'down' }, { text: '0.00', trend: 'same' }, { text: '—', trend: 'none' },
    ])
    expect(percent(0.3333)).toBe('33.3%')
    expect(percent(null)).toBe('—')
    const chart = totalsChart(results, (c) => ({ township: '乡镇（街道）', government: '县（市、区）政府' })[c] ?? c, '总分')
    expect(chart.xAxis.data).toEqual(['青石乡', '城关镇', '东湖县'])
    expect(chart.series.map((s) => [s.name, s.data])).toEqual([['乡镇（街道）', [65, 62, null]], ['县（市、区）政府', [null, null, 37]]])
  })
})

describe('the assessment menu', () => {
  const items = (perms: string[]) => buildMenu(consoleChildren, perms, '/console').find((g) => g.title === 'assessment.menu.group')?.children?.map((c) => c.title)
  test('follows the built-in roles: supervisor, inspector, clerk', () => {
    expect(items(['statistics.assessment:read', 'statistics.assessment:manage', 'statistics.assessment:score'])).toEqual([
      'assessment.menu.systems', 'assessment.menu.rounds', 'assessment.menu.issues', 'assessment.menu.monitors', 'assessment.menu.selfInspection',
    ])
    expect(items(['statistics.assessment:read', 'statistics.assessment:score'])).toEqual(['assessment.menu.rounds', 'assessment.menu.issues'])
    expect(items(['statistics.assessment:read', 'statistics.assessment:answer'])).toEqual([
      'assessment.menu.rounds', 'assessment.menu.myIssues', 'assessment.menu.selfInspection',
    ])
    expect(items(['statistics.report:read'])).toBeUndefined()
  })
})

describe('components', () => {
  function mountWith<T>(component: T, props: Record<string, unknown>) {
    const pinia = createPinia()
    setActivePinia(pinia)
    useDictStore().byService.statistics = {
      indicator_kinds: [{ code: 'group', label: '指标分组', label_en: 'Group' }, { code: 'automatic', label: '自动测量', label_en: 'Automatic' }, { code: 'manual', label: '人工评分', label_en: 'Manual' }],
      assessment_measures: [{ code: 'interpretation_timeliness', label: '规范性文件政策解读同步率', label_en: 'Policies interpreted in time', kind: 'ratio' }],
      issue_categories: [{ code: 'missing_interpretation', label: '政策文件未同步解读', label_en: 'Policy without interpretation' }],
    }
    // inside a form, as on the page (a form item shows its error only in a form)
    const Wrapper = defineComponent({ setup: () => () => h(ElForm, { labelPosition: 'top' }, () => h(component as never, props)) })
    return mount(Wrapper, { global: { plugins: [pinia, ElementPlus, i18n] } })
  }

  test('a group shows what its children add up to, and the service\'s message beside the field that caused it', async () => {
    const nodes = fromIndicators(TREE)
    nodes[1].children[1].max_score = 20
    const w = mountWith(IndicatorNode, {
      node: nodes[1], siblings: nodes, indexes: [1], measures: MEASURES, editable: true,
      errors: { 'indicators.1.children.1': { rule: '分档得分 28 超过本项分值 20。' } },
    })
    expect(w.find('[data-test=indicator-sum]').text()).toContain('下级合计 32.00 / 40.00')
    expect(w.find('[data-test=indicator-sum]').text()).toContain('不一致')
    await new Promise((r) => setTimeout(r, 150)) // Element Plus shows a form item's error after a short debounce
    const child = w.find('[data-test="indicator-2.2"]')
    const ruleItem = child.findAll('.el-form-item').find((f) => f.find('.el-form-item__label').text() === '计分规则')!
    expect(ruleItem.classes()).toContain('is-error') // the field is marked, its message spelled out under its row
    expect(child.find('[data-test=indicator-error]').text()).toBe('计分规则：分档得分 28 超过本项分值 20。')
    expect(w.findAll('[data-test=indicator-error]').length).toBe(1)
    // the measure's parameter with its range, and only the rules that suit the measure
    expect(child.text()).toContain('解读发布期限（工作日）')
    expect(child.text()).toContain('（1–60）')
    expect(w.find('[data-test="indicator-2.1"]').text()).not.toContain('解读发布期限')
  })

  test('the evidence editor adds notes and addresses and shows an item\'s error beside it', async () => {
    const model = reactive([newEvidence('url', { url: 'ftp://x' })])
    const w = mountWith(EvidenceEditor, { modelValue: model, errors: { 0: '网址应以 http:// 或 https:// 开头' } })
    expect(w.find('[role=alert]').text()).toBe('网址应以 http:// 或 https:// 开头')
    await w.find('[data-test=evidence-add-note]').trigger('click')
    expect(model.map((e) => e.kind)).toEqual(['url', 'note'])
    expect(w.findAll('[data-test=evidence-note]').length).toBe(1)
  })
})
