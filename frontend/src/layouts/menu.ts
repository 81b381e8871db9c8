import type { RouteRecordRaw } from 'vue-router'
import { satisfies } from '@/stores/permissions'

export interface MenuItem {
  key: string
  title: string
  path: string
  icon?: string
  children?: MenuItem[]
}

/** The console's left menu: the routes marked `menu`, kept only when the user holds their permission, grouped. */
export function buildMenu(routes: readonly RouteRecordRaw[], permissions: readonly string[], base: string): MenuItem[] {
  const out: MenuItem[] = []
  const groups = new Map<string, MenuItem>()
  for (const r of routes) {
    const meta = r.meta ?? {}
    if (!meta.menu || !meta.title || !satisfies(permissions, meta.perm)) continue
    const item: MenuItem = { key: String(r.name ?? r.path), title: meta.title, path: r.path ? `${base}/${r.path}` : base, icon: meta.icon }
    if (!meta.group) {
      out.push(item)
      continue
    }
    let group = groups.get(meta.group)
    if (!group) {
      group = { key: meta.group, title: meta.group, path: '', icon: GROUP_ICONS[meta.group], children: [] }
      groups.set(meta.group, group)
      out.push(group)
    }
    group.children!.push(item)
  }
  return out
}

const GROUP_ICONS: Record<string, string> = {
  'menu.organisation': 'OfficeBuilding',
  'menu.system': 'Setting',
  'menu.catalog': 'Files',
  'menu.applications': 'Tickets',
  'menu.statistics': 'DataAnalysis',
  'assessment.menu.group': 'Medal',
}
