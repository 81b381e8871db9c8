// The agencies × indicators grid of a round: its column headers (groups over their leaves), each cell's score, and
// what a measure found, put in words (3/4, 2 项) for the cell and its popover.
import type { Indicator, MeasuredValue, Score } from '@/api/assessments'

export interface LeafColumn {
  code: string
  name: string
  max_score: string
  kind: string
  measure: string | null
}

export interface ColumnGroup {
  code: string
  name: string
  max_score: string
  /** a top-level leaf has itself as its one column */
  leaf: boolean
  columns: LeafColumn[]
}

function leavesOf(node: Indicator): LeafColumn[] {
  if (node.kind !== 'group') return [{ code: node.code, name: node.name, max_score: node.max_score, kind: node.kind, measure: node.measure }]
  return node.children.flatMap(leavesOf)
}

/** The header: each top-level indicator over the leaves below it (however deep). */
export function columnGroups(indicators: readonly Indicator[]): ColumnGroup[] {
  return indicators.map((n) => ({ code: n.code, name: n.name, max_score: n.max_score, leaf: n.kind !== 'group', columns: leavesOf(n) }))
}

export function allLeaves(indicators: readonly Indicator[]): LeafColumn[] {
  return indicators.flatMap(leavesOf)
}

export const cellKey = (agencyId: number, code: string) => `${agencyId}:${code}`

export function scoresByCell(scores: readonly Score[]): Map<string, Score> {
  return new Map(scores.map((s) => [cellKey(s.agency_id, s.indicator_code), s]))
}

/** What a measure found, for the cell: a share (3/4), a count (2 项), a flag (met or not), or nothing to measure. */
export type Figure =
  | { kind: 'share'; numerator: number; denominator: number }
  | { kind: 'count'; count: number }
  | { kind: 'flag'; met: boolean }
  | { kind: 'none' }

export function figureOf(value: MeasuredValue | null | undefined, measureKind: string | undefined): Figure {
  if (!value) return { kind: 'none' }
  if (measureKind === 'flag') {
    if (!value.denominator) return { kind: 'none' }
    return { kind: 'flag', met: Number(value.numerator) >= Number(value.denominator) }
  }
  if (measureKind === 'count' || (value.denominator === undefined && value.count !== undefined)) {
    return value.count === null || value.count === undefined ? { kind: 'none' } : { kind: 'count', count: Number(value.count) }
  }
  if (!value.denominator) return { kind: 'none' }
  return { kind: 'share', numerator: Number(value.numerator ?? 0), denominator: Number(value.denominator) }
}

/** Whether a score fell short of the indicator's maximum (shown in the warning colour). */
export function lost(score: Score | undefined, maxScore: string): boolean {
  return !!score && Number(score.score) < Number(maxScore)
}

/** The agencies of the round in the order of their groups (as the service lists groups), then by name. */
export function groupOrder(codes: readonly string[]): (a: { group_code: string }, b: { group_code: string }) => number {
  const order = ['government', 'department', 'township', 'other']
  const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length + codes.indexOf(c))
  return (a, b) => rank(a.group_code) - rank(b.group_code)
}
