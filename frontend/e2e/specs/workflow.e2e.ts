// Role × status in the browser: on a case in each status the demo has, each demo role of 江城市教育局 (and the city's
// supervisor) sees exactly the buttons the service allows that user (CaseOut.allowed_actions, from the same workflow
// table the routes enforce), each labelled in words; and a button offered works — an approver returns a draft reply,
// the clerk is not offered that. (tests/applications/test_workflow.py walks every role × status through the API.)
import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { agencyId, platformToday, token } from '../support/api'
import { LoginPage } from '../pages/console'
import { CaseDetailPage, offeredCaseActions, residentId } from '../pages/applications'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const API = '/api/v1/applications'
interface CaseRow { id: string; status: string; version: number }

async function get<T>(path: string, bearer: string): Promise<T> {
  const resp = await fetch(`${baseUrl()}${path}`, { headers: { Authorization: `Bearer ${bearer}` } })
  if (!resp.ok) throw new Error(`GET ${path}: ${resp.status} ${await resp.text()}`)
  return (await resp.json()) as T
}

async function post<T>(path: string, bearer: string, body: unknown): Promise<T> {
  const resp = await fetch(`${baseUrl()}${path}`, {
    method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  })
  if (!resp.ok) throw new Error(`POST ${path}: ${resp.status} ${await resp.text()}`)
  return (await resp.json()) as T
}

describe('what each role is offered on a case is what the service allows it', () => {
  test('every demo role, every status of the demo’s cases: buttons = allowed actions, in words', { timeout: 240_000 }, async () => {
    const clerkToken = await token(baseUrl(), 'edu_clerk')
    // a case awaiting approval of its reply, besides the demo's own
    const open = await get<{ items: CaseRow[] }>(`${API}/cases?status=handling&size=1`, clerkToken)
    const drafted = await post<CaseRow>(`${API}/cases/${open.items[0].id}/draft-reply`, clerkToken, {
      version: open.items[0].version, outcome: 'disclosed', details: '经查，您申请的信息予以公开，详见附件。',
    })
    expect(drafted.status).toBe('reviewing')
    const all = await get<{ items: CaseRow[] }>(`${API}/cases?size=100`, clerkToken)
    const byStatus = new Map<string, string>()
    for (const c of all.items) if (!byStatus.has(c.status)) byStatus.set(c.status, c.id)
    expect(byStatus.size).toBeGreaterThanOrEqual(5)

    for (const user of ['edu_clerk', 'edu_approver', 'edu_reviewer', 'city_supervisor']) {
      const bearer = await token(baseUrl(), user)
      s = await openSession()
      await (await new LoginPage(s.page).open()).login(user)
      for (const [status, id] of byStatus) {
        const allowed = (await get<{ allowed_actions: string[] }>(`${API}/cases/${id}`, bearer)).allowed_actions
        await new CaseDetailPage(s.page).open(id)
        await s.page.locator('.head h1').waitFor()
        const shown = await offeredCaseActions(s.page)
        // (filing an appeal is not a workflow step of the case: its own button, for who may record appeals)
        expect(shown.filter((a) => a !== 'appeal').sort(), `${user} on a ${status} case`).toEqual([...allowed].sort())
        const labels = await s.page.locator('.actions button[data-test^=action-]').allInnerTexts()
        for (const label of labels) expect(label, `${user} on a ${status} case`).not.toMatch(/[a-z_]{3,}/)
      }
      await closeSession(s, { name: user })
      s = null
    }
  })

  test('an approver returns a draft reply; the clerk is never offered that', async () => {
    const clerkToken = await token(baseUrl(), 'edu_clerk')
    const today = await platformToday(baseUrl())
    const registered = await post<{ cases: CaseRow[] }>(`${API}/applications/register`, clerkToken, {
      agency_id: await agencyId(baseUrl(), '江城市教育局'), channel: 'in_person', submitted_on: today, received_on: today,
      applicant: { type: 'natural_person', name: '韩雪', id_kind: 'resident_id', id_number: residentId('11010519900101002'), phone: '13900139002' },
      items: [{ title: '2026年学生资助资金分配表', description: '请公开2026年学生资助资金分配表。' }],
      info_form: 'electronic', delivery_method: 'online',
    })
    const fresh = await get<CaseRow>(`${API}/cases/${registered.cases[0].id}`, clerkToken)
    const drafted = await post<CaseRow>(`${API}/cases/${fresh.id}/draft-reply`, clerkToken, {
      version: fresh.version, outcome: 'disclosed', details: '经查，您申请的信息予以公开。',
    })
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    await new CaseDetailPage(s.page).open(drafted.id)
    expect(await offeredCaseActions(s.page)).not.toContain('return_reply')
    await closeSession(s, { name: 'clerk' })

    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_approver')
    const approver = await new CaseDetailPage(s.page).open(drafted.id)
    expect(await offeredCaseActions(s.page)).toEqual(expect.arrayContaining(['approve_reply', 'return_reply']))
    await approver.act('return_reply', { 意见: '请补充答复的法律依据。' })
    await approver.expectStatus('已收到')
    await screenshot(s.page, 'workflow-approver-returned-draft')
  })
})
