import { defineStore } from 'pinia'
import { ref } from 'vue'
import { catalogApi, type ColumnNode, type ThemeNode } from '@/api/catalog'

/** Looks a column up in an agency's column tree. */
export function findColumn(nodes: readonly ColumnNode[], id: number | null | undefined): ColumnNode | undefined {
  if (id == null) return undefined
  for (const n of nodes) {
    if (n.id === id) return n
    const hit = findColumn(n.children ?? [], id)
    if (hit) return hit
  }
  return undefined
}

/** "一级 / 二级" path of a column, for labels where the tree is not shown. */
export function columnPath(nodes: readonly ColumnNode[], id: number | null | undefined, trail: string[] = []): string | undefined {
  if (id == null) return undefined
  for (const n of nodes) {
    if (n.id === id) return [...trail, n.name].join(' / ')
    const hit = columnPath(n.children ?? [], id, [...trail, n.name])
    if (hit) return hit
  }
  return undefined
}

/**
 * The two reference lists of the catalog that pages label codes with: the theme taxonomy (主题分类, one list for
 * the platform) and each agency's columns (组配分类). Fetched once and shared; `reload…` after editing them.
 */
export const useTaxonomyStore = defineStore('taxonomy', () => {
  const themes = ref<ThemeNode[]>([])
  const columnsByAgency = ref<Record<number, ColumnNode[]>>({})
  let themesPending: Promise<void> | null = null
  const columnsPending = new Map<number, Promise<void>>()

  function ensureThemes(): Promise<void> {
    if (themes.value.length) return Promise.resolve()
    themesPending ??= catalogApi
      .themes(true)
      .then((list) => {
        themes.value = list
      })
      .finally(() => {
        themesPending = null
      })
    return themesPending
  }

  function reloadThemes(): Promise<void> {
    themes.value = []
    return ensureThemes()
  }

  function ensureColumns(agencyId: number): Promise<void> {
    if (columnsByAgency.value[agencyId]) return Promise.resolve()
    let p = columnsPending.get(agencyId)
    if (!p) {
      p = catalogApi
        .columns(agencyId, true)
        .then((list) => {
          columnsByAgency.value = { ...columnsByAgency.value, [agencyId]: list }
        })
        .finally(() => columnsPending.delete(agencyId))
      columnsPending.set(agencyId, p)
    }
    return p
  }

  function reloadColumns(agencyId: number): Promise<void> {
    const { [agencyId]: _dropped, ...rest } = columnsByAgency.value
    columnsByAgency.value = rest
    return ensureColumns(agencyId)
  }

  function columns(agencyId: number | null | undefined): ColumnNode[] {
    return agencyId == null ? [] : columnsByAgency.value[agencyId] ?? []
  }

  /** Name of a theme code ("11" or "11.02"), with its top category for a subcategory: "科技、教育 / 教育". */
  function themeName(code: string | null | undefined, locale = 'zh-CN', full = true): string {
    if (!code) return ''
    const en = locale.startsWith('en')
    const name = (t: { name: string; name_en: string | null }) => (en && t.name_en ? t.name_en : t.name)
    for (const top of themes.value) {
      if (top.code === code) return name(top)
      const sub = top.children?.find((c) => c.code === code)
      if (sub) return full ? `${name(top)} / ${name(sub)}` : name(sub)
    }
    return code
  }

  function columnName(agencyId: number | null | undefined, id: number | null | undefined): string {
    if (id == null) return ''
    return columnPath(columns(agencyId), id) ?? `#${id}`
  }

  return { themes, columnsByAgency, ensureThemes, reloadThemes, ensureColumns, reloadColumns, columns, themeName, columnName }
})
