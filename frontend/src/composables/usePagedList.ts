import { reactive, ref, shallowRef, type Ref } from 'vue'
import { ApiError, type Page, type ProblemBody } from '@/api/http'

/** What a list page and its pager share (see components/ListPager.vue). */
export interface PagedList {
  page: Ref<number>
  pageSize: Ref<number>
  total: Ref<number>
  load: () => Promise<void>
  search: () => Promise<void>
}

/** A server-side paginated table: the search form's values, the page, and the rows with their total. */
export function usePagedList<T, F extends object>(fetchPage: (filters: F, page: number, size: number) => Promise<Page<T>>, initial: F, size = 20) {
  const filters = reactive({ ...initial }) as F
  const page = ref(1)
  const pageSize = ref(size)
  const rows = shallowRef<T[]>([])
  const total = ref(0)
  const loading = ref(false)
  const problem = ref<ProblemBody | null>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    problem.value = null
    try {
      const result = await fetchPage({ ...filters } as F, page.value, pageSize.value)
      if (mine !== seq) return
      rows.value = result.items
      total.value = result.total
    } catch (err) {
      if (mine !== seq) return
      if (err instanceof ApiError) problem.value = err.problem
      else throw err
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(filters, initial)
    return search()
  }

  return { filters, page, pageSize, rows, total, loading, problem, load, search, reset }
}
