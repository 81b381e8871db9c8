import { onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDictStore, type DictService as Service } from '@/stores/dicts'

/** `label(dict, code)` in the current language, from the service's dictionary endpoint (loaded on mount). */
export function useDictLabel(service: Service) {
  const dicts = useDictStore()
  const { locale } = useI18n()
  onMounted(() => dicts.ensure(service).catch(() => undefined))
  return {
    label: (dict: string, code: string | null | undefined) => dicts.label(service, dict, code, locale.value),
    items: (dict: string) => dicts.items(service, dict),
    known: (dict: string, code: string | null | undefined) => dicts.known(service, dict, code),
  }
}
