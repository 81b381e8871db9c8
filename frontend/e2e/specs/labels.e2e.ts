import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { agencyId, token } from '../support/api'
import { ADMIN_PASSWORD, ListPage, LoginPage } from '../pages/console'
import { CaseDetailPage, TrackPage, residentId } from '../pages/applications'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

async function post<T>(path: string, body: unknown, bearer?: string): Promise<T> {
  const resp = await fetch(`${baseUrl()}${path}`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
  })
  if (!resp.ok) throw new Error(`${path}: ${resp.status} ${await resp.text()}`)
  return (await resp.json()) as T
}

describe('words, not codes', () => {
  test('a pending fee shows its amount and deadline on the case and to the applicant; the history speaks words', async () => {
    const root = baseUrl()
    const { today } = (await (await fetch(`${root}/api/v1/time`)).json()) as { today: string }
    const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + 15 * 86_400_000).toISOString().slice(0, 10)
    const proof = await fetch(`${root}/api/v1/applications/attachments?filename=${encodeURIComponent('身份证.png')}&purpose=identity_proof`, {
      method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG,
    })
    expect(proof.status).toBe(201)
    const submission = await post<{ number: string; query_code: string; cases: Array<{ id: string }> }>('/api/v1/applications/applications', {
      agency_id: await agencyId(root, '江城市教育局'),
      applicant: { type: 'natural_person', name: '钱多多', id_kind: 'resident_id', id_number: residentId('32010219800101123'), phone: '13700137001' },
      items: [{ title: '全市校车运营补贴发放明细', description: '请提供2025年全市校车运营补贴的发放明细（约150页）。' }],
      info_form: 'electronic', delivery_method: 'online', attachment_ids: [((await proof.json()) as { id: string }).id],
    })
    const caseId = submission.cases[0].id
    const clerk = await token(root, 'edu_clerk')
    const current = async () => ((await (await fetch(`${root}/api/v1/applications/cases/${caseId}`, { headers: { authorization: `Bearer ${clerk}` } })).json()) as { version: number })
    await post(`/api/v1/applications/cases/${caseId}/receive`, { version: (await current()).version, received_on: today }, clerk)
    await post(`/api/v1/applications/cases/${caseId}/notify-fee`, {
      version: (await current()).version, notified_on: today, method: 'per_page', pages: 150, deadline,
    }, clerk)

    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    const detail = await new CaseDetailPage(s.page).open(caseId)
    await detail.expectStatus('待缴费')
    const fee = s.page.locator('[data-test=case-fee]')
    await expect.poll(() => fee.innerText()).toBe(`待缴 1,700.00 元，缴费期限 ${deadline}`)
    const timeline = s.page.locator('.el-timeline').first()
    await expect.poll(() => timeline.innerText()).toContain('发出收费通知')
    expect(await timeline.innerText()).not.toContain('线下')
    expect(await timeline.innerText()).toContain('工作人员登记') // the notice's date was given by staff
    await expect.poll(() => s!.page.locator('.page-card').filter({ hasText: '申请材料' }).innerText()).toContain('身份证明')
    expect(await s.page.locator('body').innerText()).not.toMatch(/identity_proof|fee_notified|(^|[^\d,])0\.00 元/)
    await screenshot(s.page, 'console-case-pending-fee')
    await s.close()

    s = await openSession()
    const track = await new TrackPage(s.page).open(submission.number, submission.query_code)
    expect(await track.status()).toBe('待缴费')
    await expect.poll(() => s!.page.locator('[data-test=track-fee]').innerText()).toBe(`待缴 1,700.00 元，缴费期限 ${deadline}`)
    await screenshot(s.page, 'portal-track-pending-fee')
  })

  test('the audit log reads in words in every service', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    await shell.openMenu('系统管理', '审计日志')
    const list = new ListPage(s.page)
    await list.idle()
    await expect.poll(() => list.rows().count()).toBeGreaterThan(0)
    const labels = () => list.table().locator('[data-test=audit-action-label]').allInnerTexts()
    await expect.poll(labels).toContain('登录')
    for (const text of await labels()) expect(text).not.toMatch(/^[a-z_]+\.[a-z_]+$/)
    await screenshot(s.page, 'console-audit-auth')
    for (const service of ['公开目录', '依申请公开']) {
      await s.page.locator('.search-form .el-form-item').filter({ hasText: '服务' }).locator('.el-select__wrapper').click()
      await s.page.getByRole('option', { name: service, exact: true }).click()
      await list.idle()
      await expect.poll(() => list.rows().count()).toBeGreaterThan(0)
      for (const text of await labels()) expect(text).not.toMatch(/^[a-z_]+\.[a-z_]+$/)
    }
    await screenshot(s.page, 'console-audit-applications')
  })
})
