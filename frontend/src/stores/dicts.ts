import { defineStore } from 'pinia'
import { ref } from 'vue'
import { platformApi, type DictionaryItem, type ServiceName } from '@/api/platform'

/** The services with a dictionary endpoint: the three services and the gateway (auth). */
export type DictService = ServiceName
type Service = DictService

/** Dictionaries of enumerations (codes with Chinese/English labels), fetched once per service. */
export const useDictStore = defineStore('dicts', () => {
  const byService = ref<Partial<Record<Service, Record<string, DictionaryItem[]>>>>({})
  const pending = new Map<Service, Promise<void>>()

  function ensure(service: Service): Promise<void> {
    if (byService.value[service]) return Promise.resolve()
    let p = pending.get(service)
    if (!p) {
      p = platformApi
        .dictionaries(service)
        .then((d) => {
          byService.value[service] = d
        })
        .finally(() => pending.delete(service))
      pending.set(service, p)
    }
    return p
  }

  function items(service: Service, name: string): DictionaryItem[] {
    return byService.value[service]?.[name] ?? []
  }

  /** The label in `locale`; a code the dictionary does not know (or not yet: it is loading) is shown as it is. */
  function label(service: Service, name: string, code: string | null | undefined, locale: string): string {
    if (code == null) return ''
    const item = items(service, name).find((i) => i.code === code)
    if (!item) return String(code)
    return (locale.startsWith('en') ? item.label_en : item.label) || String(code)
  }

  /** Whether the dictionary has a label for `code`. */
  function known(service: Service, name: string, code: string | null | undefined): boolean {
    return code != null && items(service, name).some((i) => i.code === code)
  }

  return { byService, ensure, items, label, known }
})
