// The results of a round as the results page shows them: the ranking of each group, the bar chart of totals per
// group, the chart of the most frequent issue types, the closure rate. Labels come from the caller (dictionaries).
import type { AgencyResult, RoundResults } from '@/api/assessments'
import { PALETTE } from '../charts'

export interface GroupRanking {
  code: string
  agencies: AgencyResult[]
  average: string | null
}

/** One ranking per group, in the service's order, each ranked as the service ranked it. */
export function rankings(results: RoundResults): GroupRanking[] {
  const out: GroupRanking[] = []
  for (const a of results.agencies) {
    let g = out.find((x) => x.code === a.group_code)
    if (!g) {
      const info = results.groups.find((x) => x.group_code === a.group_code)
      g = { code: a.group_code, agencies: [], average: info?.average != null ? String(info.average) : null }
      out.push(g)
    }
    g.agencies.push(a)
  }
  for (const g of out) g.agencies.sort((a, b) => a.rank - b.rank || a.agency_name.localeCompare(b.agency_name, 'zh'))
  return out
}

/** +1.50 / -2.00 / 0.00, or — when there is no earlier round to compare with. */
export function change(value: string | null): { text: string; trend: 'up' | 'down' | 'same' | 'none' } {
  if (value === null || value === undefined) return { text: '—', trend: 'none' }
  const n = Number(value)
  if (n > 0) return { text: `+${n.toFixed(2)}`, trend: 'up' }
  if (n < 0) return { text: n.toFixed(2), trend: 'down' }
  return { text: '0.00', trend: 'same' }
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}

/** A bar per agency, one series (colour) per group, agencies ordered by group then rank. */
export function totalsChart(results: RoundResults, groupLabel: (code: string) => string, totalLabel: string) {
  const groups = rankings(results)
  const names = groups.flatMap((g) => g.agencies.map((a) => a.agency_name))
  return {
    color: PALETTE,
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: names.length > 8 ? 96 : 56 },
    // long agency names wrap under their bar (many agencies: turned, and cut short)
    xAxis: {
      type: 'category', data: names,
      axisLabel: names.length > 8 ? { interval: 0, rotate: 35, width: 110, overflow: 'truncate' } : { interval: 0, width: Math.max(60, Math.floor(640 / Math.max(1, names.length))), overflow: 'break', lineHeight: 14 },
    },
    yAxis: { type: 'value', name: totalLabel, max: Number(results.total_score) || undefined },
    series: groups.map((g) => ({
      name: groupLabel(g.code),
      type: 'bar',
      barMaxWidth: 36,
      label: { show: true, position: 'top' },
      data: names.map((n) => {
        const a = g.agencies.find((x) => x.agency_name === n)
        return a ? Number(a.total) : null
      }),
    })),
  }
}

/** The issue types found most often (at most eight bars, the most frequent first). */
export function categoriesChart(results: RoundResults, categoryLabel: (code: string) => string) {
  const top = results.frequent_issues.slice(0, 8)
  // the counts on the ring, the (long) names in the legend below it
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    legend: { type: 'scroll', orient: 'vertical', bottom: 0, left: 'center', itemHeight: 10, textStyle: { fontSize: 12 } },
    series: [{
      type: 'pie', radius: ['32%', '58%'], center: ['50%', '36%'],
      label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold' },
      data: top.map((f) => ({ name: categoryLabel(f.category), value: f.count })),
    }],
  }
}
