// Tag colours of the assessment workflows' statuses (their words come from the statistics dictionaries) and the
// period a system or round covers, in words.
type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'
type Translate = (key: string, values?: Record<string, unknown>) => string

export const SYSTEM_STATUS_TYPES: Record<string, TagType> = { draft: 'info', active: 'success', retired: 'warning' }
export const ROUND_STATUS_TYPES: Record<string, TagType> = { open: 'primary', closed: 'warning', reviewed: 'info', published: 'success' }
export const ISSUE_STATUS_TYPES: Record<string, TagType> = { open: 'warning', answered: 'primary', returned: 'danger', closed: 'success', cancelled: 'info' }

/** The quarters as Chinese writes them in names (第一季度 …). */
export const QUARTERS_ZH = ['一', '二', '三', '四']

/** 2026年第二季度 / 2026年度 */
export function periodLabel(t: Translate, year: number, quarter: number | null | undefined): string {
  return quarter ? t('assessment.yearQuarter', { y: year, q: quarter, qzh: QUARTERS_ZH[quarter - 1] }) : t('assessment.yearOnly', { y: year })
}

/** The first and last day (YYYY-MM-DD) of a quarter of a year. */
export function quarterRange(year: number, quarter: number): [string, string] {
  const first = 3 * (quarter - 1) + 1
  const last = first + 2
  const days = new Date(Date.UTC(year, last, 0)).getUTCDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(days)}`]
}

/** The quarter (1–4) a YYYY-MM-DD date falls in. */
export function quarterOf(isoDate: string): number {
  return Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1
}
