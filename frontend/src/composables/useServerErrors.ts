import { reactive, ref } from 'vue'
import { ApiError, type ProblemBody } from '@/api/http'

/**
 * Problem+json errors for one form: field messages go next to the field that caused them (el-form-item `:error`),
 * anything else (or a field the form does not show) goes into `problem`, shown above the form.
 */
export function useServerErrors(knownFields: readonly string[] = []) {
  const fields = reactive<Record<string, string>>({})
  const problem = ref<ProblemBody | null>(null)

  function clear(): void {
    for (const key of Object.keys(fields)) delete fields[key]
    problem.value = null
  }

  /** Takes an error thrown by the API client; returns false for anything that is not an API problem (rethrow it). */
  function capture(err: unknown): boolean {
    clear()
    if (!(err instanceof ApiError)) return false
    const byField = err.fieldErrors
    const unplaced: string[] = []
    for (const [field, message] of Object.entries(byField)) {
      const key = knownFields.find((f) => field === f || field.startsWith(`${f}.`))
      if (key) fields[key] = fields[key] ? `${fields[key]}；${message}` : message
      else unplaced.push(field ? `${field}：${message}` : message)
    }
    const placedAll = Object.keys(byField).length > 0 && unplaced.length === 0
    if (!placedAll) {
      problem.value = unplaced.length ? { ...err.problem, detail: unplaced.join('；') } : err.problem
    }
    return true
  }

  /** Runs `action`; API problems are captured (returns undefined), other errors propagate. */
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    clear()
    try {
      return await action()
    } catch (err) {
      if (capture(err)) return undefined
      throw err
    }
  }

  return { fields, problem, clear, capture, run }
}
