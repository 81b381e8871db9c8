import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

// The four specifications of the top-bar dropdown (gateway/docs.py SPECS), each with one operation it must list.
const SPECS = [
  { key: 'gateway', name: '身份认证与账号 Identity (gateway)', url: '/api/v1/auth/openapi.json', path: '/api/v1/auth/token' },
  { key: 'catalog', name: '公开目录 Catalog', url: '/api/v1/catalog/openapi.json', path: '/api/v1/catalog/search' },
  { key: 'applications', name: '依申请公开 Applications', url: '/api/v1/applications/openapi.json', path: '/api/v1/applications/selfservice/lookup' },
  { key: 'statistics', name: '统计与年报 Statistics', url: '/api/v1/statistics/openapi.json', path: '/api/v1/statistics/reports' },
]

describe('API documentation', () => {
  test('/docs renders every service\'s operations, with assets from the gateway only', async () => {
    s = await openSession()
    const page = s.page
    const origin = new URL(baseUrl()).origin
    const foreign: string[] = []
    const errors: string[] = []
    page.on('request', (req) => {
      const url = new URL(req.url())
      if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(req.url())
    })
    page.on('pageerror', (err) => errors.push(String(err)))

    await page.goto('/docs')
    const select = page.locator('.topbar select')
    await select.waitFor()
    expect(await select.locator('option').allInnerTexts()).toEqual(SPECS.map((spec) => spec.name))
    // the page opens on the first specification
    await page.locator(`.opblock-summary-path[data-path="${SPECS[0].path}"]`).first().waitFor()

    // switch to each of the others, then back to the first
    for (const spec of [...SPECS.slice(1), SPECS[0]]) {
      await select.selectOption({ label: spec.name })
      await page.locator(`.opblock-summary-path[data-path="${spec.path}"]`).first().waitFor()
      expect(await select.inputValue()).toBe(spec.url)
      expect(await page.getByText('Unable to render this definition').count()).toBe(0)
      expect(await page.locator('.opblock').count()).toBeGreaterThan(0)
      // only this specification's operations are listed
      const paths = await page.locator('.opblock-summary-path').evaluateAll((els) => els.map((el) => el.getAttribute('data-path') ?? ''))
      const prefix = spec.path.split('/').slice(0, 4).join('/')
      expect(paths.filter((p) => p.startsWith('/api/v1/') && !p.startsWith(prefix) && p !== '/api/v1/time')).toEqual([])
      await screenshot(page, `docs-${spec.key}`)
    }

    expect(await page.evaluate(() => (window as unknown as { versions?: { swaggerUI?: { version?: string } } }).versions?.swaggerUI?.version)).toMatch(/^([5-9]|\d{2,})\./)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
