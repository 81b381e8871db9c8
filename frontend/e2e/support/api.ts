// Direct API calls for preparing test data (what a test is not about is set up through the API, not the browser).
// Every call takes the platform's address (`baseUrl()` in a spec), so this module also runs outside the test runner.

export const DEMO_PASSWORD = 'Demo@2026'

async function call<T>(root: string, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const resp = await fetch(`${root}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await resp.text()
  if (!resp.ok) throw new Error(`${method} ${path}: ${resp.status} ${text}`)
  return (text ? JSON.parse(text) : undefined) as T
}

/** Today in the platform's time zone, as the platform says (GET /api/v1/time) — never this machine's date. */
export async function platformToday(root: string): Promise<string> {
  return ((await (await fetch(`${root}/api/v1/time`)).json()) as { today: string }).today
}

/** A YYYY-MM-DD date moved by whole days. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** An access token of a demo account. */
export async function token(root: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const resp = await fetch(`${root}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  })
  if (!resp.ok) throw new Error(`login ${username}: ${resp.status} ${await resp.text()}`)
  return ((await resp.json()) as { access_token: string }).access_token
}

/** The id of the agency with exactly this name. */
export async function agencyId(root: string, name: string): Promise<number> {
  const page = await call<{ items: Array<{ id: number; name: string }> }>(root, 'GET', `/api/v1/catalog/agencies?q=${encodeURIComponent(name)}&size=100`, null)
  const hit = page.items.find((a) => a.name === name)
  if (!hit) throw new Error(`no agency named ${name}`)
  return hit.id
}

export interface EntryDraft {
  title: string
  genre?: string
  summary?: string
  document_number?: string
  written_on?: string
  theme_code?: string
  keywords?: string[]
  body_html?: string
  [field: string]: unknown
}

/** Drafts an entry as `user` (password `password`) and submits it for review: returns the submitted entry. */
export async function submitEntry(root: string, draft: EntryDraft, user = 'edu_clerk', password = DEMO_PASSWORD): Promise<{ id: string; version: number; title: string }> {
  const c = await token(root, user, password)
  const today = await platformToday(root)
  const created = await call<{ id: string; version: number }>(root, 'POST', '/api/v1/catalog/entries', c, {
    genre: 'notice', disclosure_attribute: 'proactive', written_on: today, theme_code: '11.02', keywords: [],
    summary: draft.summary ?? draft.title, body_html: `<p>${draft.title}</p>`, ...draft,
  })
  return call(root, 'POST', `/api/v1/catalog/entries/${created.id}/submit`, c, { version: created.version })
}

/** Drafts an entry as `clerk`, submits it, and has `reviewer` approve it: returns the published entry. */
export async function publishEntry(root: string, draft: EntryDraft, clerk = 'edu_clerk', reviewer = 'edu_reviewer'): Promise<{ id: string; index_number: string; title: string }> {
  const c = await token(root, clerk)
  const r = await token(root, reviewer)
  const today = await platformToday(root)
  const created = await call<{ id: string; version: number }>(root, 'POST', '/api/v1/catalog/entries', c, {
    genre: 'notice', disclosure_attribute: 'proactive', written_on: today, theme_code: '11.02', keywords: [],
    summary: draft.summary ?? draft.title, body_html: `<p>${draft.title}</p>`, ...draft,
  })
  const submitted = await call<{ version: number }>(root, 'POST', `/api/v1/catalog/entries/${created.id}/submit`, c, { version: created.version })
  return call(root, 'POST', `/api/v1/catalog/entries/${created.id}/approve`, r, { version: submitted.version })
}
