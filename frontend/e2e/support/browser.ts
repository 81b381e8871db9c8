// Drives the system Chromium (Debian package, /usr/bin/chromium) with playwright-core. Never a downloaded browser.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-results', 'screenshots')

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--font-render-hinting=none',
]

export interface Session {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

/**
 * When the browser's clock reads: half past midnight in Beijing on the platform's today. The browser runs on UTC, so
 * its own local date is still yesterday — as for anyone on UTC from 16:00 to 24:00 — and a page that dates anything
 * by the browser's zone or clock shows the wrong day. The platform's today comes from the platform.
 */
async function beijingJustAfterMidnight(): Promise<number> {
  const resp = await fetch(`${baseUrl()}/api/v1/time`)
  if (!resp.ok) throw new Error(`GET /api/v1/time: ${resp.status}`)
  const { today } = (await resp.json()) as { today: string }
  return Date.parse(`${today}T00:30:00+08:00`)
}

/**
 * A fresh browser profile (its own user-data-dir) per session, so no state leaks between tests. The browser's time
 * zone is UTC and its clock starts just after midnight in Beijing (pass `realClock: true` to keep the machine's).
 */
export async function openSession(options: BrowserContextOptions & { realClock?: boolean } = {}): Promise<Session> {
  const { realClock, ...contextOptions } = options
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run make test (it installs the Debian package)`)
  const profile = mkdtempSync(join(tmpdir(), 'gongkai-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
    timezoneId: 'UTC', // never the platform's zone: every date on screen must come from the platform (src/api/clock.ts)
    viewport: { width: 1440, height: 900 },
    baseURL: baseUrl(),
    ...contextOptions,
  })
  if (!realClock) await context.clock.install({ time: await beijingJustAfterMidnight() }) // runs on from there
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(15_000)
  return {
    context,
    page,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export function baseUrl(): string {
  return inject('baseUrl')
}

/** Saves a full-page screenshot under test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}


/** For afterEach: keeps a screenshot of the page a failed test left behind, then closes the session. */
export async function closeSession(session: Session | null, task: { name: string; result?: { state?: string } }): Promise<void> {
  if (!session) return
  if (task.result?.state === 'fail') {
    await screenshot(session.page, `FAILED-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}`).catch(() => undefined)
  }
  await session.close()
}
