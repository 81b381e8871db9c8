// The indicator tree of an indicator system as the editor holds it: nodes with a stable key (so reordering keeps
// each node's inputs), codes numbered from the position (1, 1.2, 1.2.3 — what the service expects), the running
// sums of maximum scores, the request body, and the service's 422 errors put back on the node and field that caused
// them (`indicators.0.children.1.rule` → the second child of the first indicator, its rule).
import type { Indicator, Measure, SystemExample, SystemIn } from '@/api/assessments'

export type IndicatorKindCode = 'group' | 'automatic' | 'manual'
/** How a rule is chosen: `thresholds` on a ratio and on a count are different rules (the service's RULES_FOR keys). */
export type RuleKey = 'ratio' | 'thresholds_ratio' | 'thresholds_count' | 'deduction' | 'veto'
export const RULE_KEYS: RuleKey[] = ['ratio', 'thresholds_ratio', 'thresholds_count', 'deduction', 'veto']

export interface RatioBand { at_least: number; score: number }
export interface CountBand { at_most: number; score: number }
export interface RuleForm {
  key: RuleKey
  when_empty: 'full' | 'zero'
  zero_at: number
  full_at: number
  ratio_bands: RatioBand[]
  count_bands: CountBand[]
  per: number
  cap: number
  above: number
}

export interface TreeNode {
  key: number
  name: string
  description: string
  kind: IndicatorKindCode
  max_score: number
  measure: string | null
  params: Record<string, number>
  rule: RuleForm | null
  category: string | null
  children: TreeNode[]
}

let nextKey = 0
const newKey = () => ++nextKey

/** A number from the service's decimal strings ("12.00"), or 0. */
export function num(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : 0
}

/** Adds scores the way the service does (two decimals), without floating-point crumbs. */
export function sumScores(values: number[]): number {
  return Math.round(values.reduce((a, v) => a + Math.round(num(v) * 100), 0)) / 100
}

export function defaultRule(key: RuleKey, maxScore: number): RuleForm {
  return {
    key, when_empty: 'full', zero_at: 0, full_at: 1,
    ratio_bands: [{ at_least: 1, score: maxScore }],
    count_bands: [{ at_most: 0, score: maxScore }],
    per: 1, cap: maxScore, above: 0,
  }
}

function ruleKeyOf(rule: Record<string, unknown>): RuleKey | null {
  const type = String(rule.type ?? '')
  if (type === 'thresholds') return rule.on === 'count' ? 'thresholds_count' : 'thresholds_ratio'
  return (RULE_KEYS as string[]).includes(type) ? (type as RuleKey) : null
}

/** The editor's form of a rule from the service's JSON. */
export function ruleFormOf(rule: Record<string, unknown> | null | undefined, maxScore: number): RuleForm | null {
  if (!rule) return null
  const key = ruleKeyOf(rule)
  if (!key) return null
  const form = defaultRule(key, maxScore)
  form.when_empty = rule.when_empty === 'zero' ? 'zero' : 'full'
  if (key === 'ratio') Object.assign(form, { zero_at: num(rule.zero_at ?? 0), full_at: num(rule.full_at ?? 1) })
  if (key === 'thresholds_ratio') form.ratio_bands = ((rule.bands as RatioBand[]) ?? []).map((b) => ({ at_least: num(b.at_least), score: num(b.score) }))
  if (key === 'thresholds_count') form.count_bands = ((rule.bands as CountBand[]) ?? []).map((b) => ({ at_most: num(b.at_most), score: num(b.score) }))
  if (key === 'deduction') Object.assign(form, { per: num(rule.per), cap: num(rule.cap) })
  if (key === 'veto') form.above = num(rule.above ?? 0)
  return form
}

/** The service's JSON of a rule (only the fields of its type). */
export function rulePayload(form: RuleForm): Record<string, unknown> {
  const base = { when_empty: form.when_empty }
  switch (form.key) {
    case 'ratio': return { type: 'ratio', zero_at: form.zero_at, full_at: form.full_at, ...base }
    case 'thresholds_ratio': return { type: 'thresholds', on: 'ratio', bands: form.ratio_bands.map((b) => ({ ...b })), ...base }
    case 'thresholds_count': return { type: 'thresholds', on: 'count', bands: form.count_bands.map((b) => ({ ...b })), ...base }
    case 'deduction': return { type: 'deduction', per: form.per, cap: form.cap, ...base }
    case 'veto': return { type: 'veto', above: form.above, ...base }
  }
}

type SourceNode = Indicator | SystemExample['indicators'][number]

/** Editor nodes from the service's tree (a system, or the example template). */
export function fromIndicators(items: readonly SourceNode[]): TreeNode[] {
  return items.map((i) => {
    const max = num(i.max_score)
    const kind = (['group', 'automatic', 'manual'].includes(i.kind) ? i.kind : 'manual') as IndicatorKindCode
    return {
      key: newKey(), name: i.name, description: i.description ?? '', kind, max_score: max,
      measure: kind === 'automatic' ? i.measure ?? null : null,
      params: Object.fromEntries(Object.entries(i.params ?? {}).map(([k, v]) => [k, num(v)])),
      rule: kind === 'automatic' ? ruleFormOf((i.rule ?? null) as Record<string, unknown> | null, max) : null,
      category: i.category ?? null,
      children: fromIndicators((i.children ?? []) as SourceNode[]),
    }
  })
}

export function newNode(kind: IndicatorKindCode, maxScore = 0): TreeNode {
  return { key: newKey(), name: '', description: '', kind, max_score: maxScore, measure: null, params: {}, rule: null, category: null, children: [] }
}

/** Changes a node's kind, keeping what still applies (a group keeps its children only as a group). */
export function setKind(node: TreeNode, kind: IndicatorKindCode): void {
  node.kind = kind
  if (kind !== 'automatic') {
    node.measure = null
    node.params = {}
    node.rule = null
  }
  if (kind !== 'group') node.children = []
}

/** Picks a measure: its parameters start at their defaults, and the rule is kept only if it suits the measure. */
export function setMeasure(node: TreeNode, measure: Measure | undefined): void {
  node.measure = measure?.code ?? null
  node.params = Object.fromEntries(Object.entries(measure?.params ?? {}).map(([k, p]) => [k, node.params[k] ?? p.default]))
  for (const k of Object.keys(node.params)) if (!measure?.params[k]) delete node.params[k]
  const allowed = (measure?.rules ?? []) as RuleKey[]
  if (!node.rule || !allowed.includes(node.rule.key)) node.rule = allowed.length ? defaultRule(allowed[0], node.max_score) : null
}

/** The code of the node at `indexes` (positions from the root): 1, 1.2, 1.2.3. */
export function codeAt(indexes: readonly number[]): string {
  return indexes.map((i) => i + 1).join('.')
}

/** The service's field path of the node at `indexes`: indicators.0.children.1 */
export function pathAt(indexes: readonly number[]): string {
  return `indicators.${indexes.join('.children.')}`
}

/** The request body's tree, codes numbered from the position. */
export function toPayload(nodes: readonly TreeNode[], prefix: number[] = []): SystemIn['indicators'] {
  return nodes.map((n, i) => {
    const here = [...prefix, i]
    const out: SystemIn['indicators'][number] = {
      code: codeAt(here), name: n.name.trim(), kind: n.kind, max_score: n.max_score,
      ...(n.description.trim() ? { description: n.description.trim() } : {}),
      ...(n.category ? { category: n.category as SystemIn['indicators'][number]['category'] } : {}),
    }
    if (n.kind === 'automatic') {
      out.measure = n.measure
      out.params = { ...n.params }
      out.rule = n.rule ? (rulePayload(n.rule) as SystemIn['indicators'][number]['rule']) : null
    }
    if (n.kind === 'group') out.children = toPayload(n.children, here)
    return out
  })
}

/** The sum of the children's maximum scores. */
export function childrenSum(node: Pick<TreeNode, 'children'>): number {
  return sumScores(node.children.map((c) => c.max_score))
}

/** Whether a group's children add up to its own maximum score. */
export function groupBalanced(node: TreeNode): boolean {
  return node.kind !== 'group' || childrenSum(node) === sumScores([node.max_score])
}

export interface Imbalance { path: string; code: string; sum: number; expected: number }

/** Every place where the maximum scores do not add up: the top level against the total, each group against its own. */
export function imbalances(nodes: readonly TreeNode[], total: number): Imbalance[] {
  const out: Imbalance[] = []
  const top = sumScores(nodes.map((n) => n.max_score))
  if (top !== sumScores([total])) out.push({ path: 'indicators', code: '', sum: top, expected: sumScores([total]) })
  const walk = (list: readonly TreeNode[], prefix: number[]) => list.forEach((n, i) => {
    const here = [...prefix, i]
    if (n.kind === 'group') {
      if (!groupBalanced(n)) out.push({ path: pathAt(here), code: codeAt(here), sum: childrenSum(n), expected: sumScores([n.max_score]) })
      walk(n.children, here)
    }
  })
  walk(nodes, [])
  return out
}

/** Node fields an error can be shown next to. */
export const NODE_FIELDS = ['code', 'name', 'description', 'kind', 'max_score', 'measure', 'params', 'rule', 'category', 'children'] as const
export type NodeField = (typeof NODE_FIELDS)[number]

export interface PlacedErrors {
  /** by node path (indicators.0.children.1), then by field */
  nodes: Record<string, Partial<Record<NodeField, string>>>
  /** errors about the system itself (name, year, quarter, total_score, description, indicators) */
  system: Record<string, string>
}

/**
 * Puts the service's field errors (ApiError.fieldErrors: path → message) on the node and field they name.
 * `indicators.0.children.1.rule.ratio.full_at` → node `indicators.0.children.1`, field `rule`; `indicators` alone (the
 * top level does not add up) and the system's own fields stay with the system.
 */
export function placeErrors(fieldErrors: Record<string, string>): PlacedErrors {
  const out: PlacedErrors = { nodes: {}, system: {} }
  const add = (bag: Record<string, string>, key: string, message: string) => {
    bag[key] = bag[key] ? `${bag[key]}；${message}` : message
  }
  for (const [field, message] of Object.entries(fieldErrors)) {
    const parts = field.split('.')
    if (parts[0] !== 'indicators' || parts.length < 2 || !/^\d+$/.test(parts[1])) {
      add(out.system, parts[0] ?? '', message)
      continue
    }
    let i = 2
    const node = ['indicators', parts[1]]
    while (parts[i] === 'children' && /^\d+$/.test(parts[i + 1] ?? '')) {
      node.push('children', parts[i + 1])
      i += 2
    }
    const name = parts[i] as NodeField | undefined
    const fieldName: NodeField = name && (NODE_FIELDS as readonly string[]).includes(name) ? name : 'name'
    const bag = (out.nodes[node.join('.')] ??= {}) as Record<string, string>
    add(bag, fieldName, message)
  }
  return out
}

/** Moves the item at `index` one place up (-1) or down (+1) within its list. */
export function move<T>(list: T[], index: number, delta: -1 | 1): void {
  const to = index + delta
  if (to < 0 || to >= list.length) return
  const [item] = list.splice(index, 1)
  list.splice(to, 0, item)
}

/** How many leaves (scored indicators) the tree has. */
export function leafCount(nodes: readonly TreeNode[]): number {
  return nodes.reduce((n, node) => n + (node.kind === 'group' ? leafCount(node.children) : 1), 0)
}

/** The node at a field path (indicators.0.children.1), or undefined. */
export function nodeAt(nodes: readonly TreeNode[], path: string): TreeNode | undefined {
  const parts = path.split('.')
  let list: readonly TreeNode[] = nodes
  let node: TreeNode | undefined
  for (let i = 1; i < parts.length; i += 2) {
    node = list[Number(parts[i])]
    if (!node) return undefined
    list = node.children
  }
  return node
}

/** The tree's shape (which node sits where), to tell a structural change from an edit in place. */
export function structureOf(nodes: readonly TreeNode[]): string {
  return nodes.map((n) => `${n.key}(${structureOf(n.children)})`).join(',')
}

/** What an error on a node is about: its own fields and, for a group, its children's maximum scores. */
export function nodeSnapshot(node: TreeNode): string {
  const { children, ...own } = node
  return JSON.stringify({ ...own, childScores: children.map((c) => c.max_score) })
}
