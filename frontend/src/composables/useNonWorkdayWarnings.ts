// A warning (never a refusal) under a date field when the date is not a working day on the official calendar:
// a receipt date on a weekend or holiday is possible (Art. 31: the day both sides confirm) but usually a slip.
import { reactive, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { applicationsApi } from '@/api/applications'
import { addDays } from '@/api/clock'

/** Warnings by field name for the (field name, date) pairs `dates()` gives, kept up to date as the dates change. */
export function useNonWorkdayWarnings(dates: () => Array<readonly [string, unknown]>): Record<string, string> {
  const { t } = useI18n()
  const warnings = reactive<Record<string, string>>({})
  const checked = new Map<string, boolean>() // date -> is a working day

  async function isWorkday(day: string): Promise<boolean | null> {
    if (!checked.has(day)) {
      try {
        checked.set(day, (await applicationsApi.workdaysBetween(addDays(day, -1), day)).working_days === 1)
      } catch {
        return null // the calendar could not be asked: say nothing rather than something wrong
      }
    }
    return checked.get(day)!
  }

  watch(
    dates,
    async (fields) => {
      for (const key of Object.keys(warnings)) delete warnings[key]
      for (const [name, value] of fields) {
        if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue
        const workday = await isWorkday(value)
        const still = dates().some(([n, v]) => n === name && v === value) // not changed meanwhile
        if (workday === false && still) warnings[name] = t('case.nonWorkday', { date: value })
      }
    },
    { immediate: true, deep: true },
  )
  return warnings
}
