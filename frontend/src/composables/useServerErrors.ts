import { reactive, ref, watch } from 'vue'
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

  /**
   * Takes a field's message away as soon as it no longer applies. A message's key is a path into `source()` (`title`,
   * `applicant.name`, `items.0.title`; a key the source does not hold is left alone).
   *
   * - A message from the server goes as soon as the user edits that field (with `check`, the edited field is checked
   *   again and keeps the browser's message while it is still not valid).
   * - A message from the browser's `check(key)` is checked again on every change of the form, so it goes as soon as
   *   the field is valid — also when another field makes it so (a delivery method that no longer needs an address).
   *
   * Call it in a component's setup.
   */
  function clearOnEdit(source: () => unknown, check?: (key: string) => string | null | undefined): void {
    // each message's field value (as a snapshot) when the message was set, and whether `check` set it
    const seen = new Map<string, { value: string; checked: boolean }>()
    const valueOf = (key: string) => snapshot(pathValue(source(), key))
    watch(() => Object.keys(fields), (keys) => {
      for (const key of [...seen.keys()]) if (!keys.includes(key)) seen.delete(key)
      for (const key of keys) {
        if (!seen.has(key)) seen.set(key, { value: valueOf(key), checked: !!check && check(key) === fields[key] })
      }
    }, { flush: 'sync', immediate: true })
    watch(source, () => {
      for (const [key, was] of [...seen]) {
        const now = valueOf(key)
        if (!was.checked && now === was.value) continue
        const message = check?.(key)
        if (!message) {
          delete fields[key]
          continue
        }
        if (fields[key] !== message) fields[key] = message
        seen.set(key, { value: now, checked: true })
      }
    }, { deep: true })
  }

  return { fields, problem, clear, capture, run, clearOnEdit }
}

function pathValue(root: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node != null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root)
}

// values are compared by content; files and other non-plain objects by identity
const identities = new WeakMap<object, number>()
let nextIdentity = 0
function snapshot(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) {
      if (!identities.has(v)) identities.set(v, ++nextIdentity)
      return `#${identities.get(v)}`
    }
    return v
  }) ?? 'undefined'
}
