import { describe, expect, test } from 'vitest'
import { consoleChildren } from '@/router/routes'
import { buildMenu } from './menu'

const titles = (perms: string[]) =>
  buildMenu(consoleChildren, perms, '/console').map((m) => [m.title, ...(m.children ?? []).map((c) => c.title)])

describe('console menu', () => {
  test('a clerk sees the workbench, the agency directory and the calendar only', () => {
    expect(titles(['catalog.agency:read'])).toEqual([
      ['menu.workbench'],
      ['menu.organisation', 'menu.agencies'],
      ['menu.system', 'menu.calendar'],
    ])
  })

  test('an administrator ("*") sees every page, grouped, with paths under /console', () => {
    const menu = buildMenu(consoleChildren, ['*'], '/console')
    expect(menu.map((m) => m.title)).toEqual(['menu.workbench', 'menu.catalog', 'menu.applications', 'menu.statistics', 'assessment.menu.group', 'menu.organisation', 'menu.system'])
    expect(menu[1].children!.map((c) => c.path)).toEqual(['/console/entries', '/console/entries/new', '/console/review', '/console/timeliness',
      '/console/uninterpreted', '/console/columns', '/console/themes', '/console/standards', '/console/imports'])
    expect(menu[2].children!.map((c) => c.path)).toEqual(['/console/cases', '/console/cases/register', '/console/appeals'])
    expect(menu[3].children!.map((c) => c.path)).toEqual(['/console/dashboard', '/console/reports', '/console/report-deadlines', '/console/report-checker'])
    const org = menu[5].children!.map((c) => c.path)
    expect(org).toEqual(['/console/agencies', '/console/users', '/console/roles', '/console/clients'])
    expect(menu[0].path).toBe('/console')
  })

  test('a clerk of the request office sees the case list; pages without `menu` (case detail) never show', () => {
    expect(titles(['applications.case:read'])).toEqual([['menu.workbench'], ['menu.applications', 'menu.cases', 'menu.appeals'], ['menu.system', 'menu.calendar']])
  })

  test('catalog menus follow the catalog permissions of the built-in roles (gateway/identity/permissions.py)', () => {
    const clerk = ['catalog.agency:read', 'catalog.entry:read', 'catalog.entry:write', 'catalog.column:write', 'catalog.standard:write', 'catalog.exchange:read']
    const reviewer = ['catalog.agency:read', 'catalog.entry:read', 'catalog.entry:review', 'catalog.entry:revoke']
    const catalogGroup = (perms: string[]) => titles(perms).find((g) => g[0] === 'menu.catalog')?.slice(1)
    expect(catalogGroup(clerk)).toEqual(['menu.entries', 'menu.newEntry', 'menu.timeliness', 'menu.uninterpreted', 'menu.columns', 'menu.standards', 'menu.imports'])
    expect(catalogGroup(reviewer)).toEqual(['menu.entries', 'menu.review', 'menu.timeliness', 'menu.uninterpreted', 'menu.columns', 'menu.standards'])
    expect(catalogGroup(['catalog.taxonomy:write'])).toEqual(['menu.themes'])
    expect(catalogGroup(['catalog.agency:read'])).toBeUndefined()
  })

  test('a group with no visible page is left out; pages without `menu` never show', () => {
    const all = titles(['*']).flat()
    expect(all).not.toContain('menu.profile')
    expect(titles(['audit:read'])).toEqual([['menu.workbench'], ['menu.system', 'menu.calendar', 'menu.audit']])
  })
})
