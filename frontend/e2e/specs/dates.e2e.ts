// One notion of today. The browser runs on UTC with its clock at 00:30 in Beijing (support/browser.ts): its own local
// date is yesterday, as for anyone on UTC between 16:00 and 24:00. Every date the pages show or propose must still be
// the platform's today.
import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { platformToday } from '../support/api'
import { LoginPage } from '../pages/console'
import { ApplyPage, CaseDetailPage, TrackPage, residentId } from '../pages/applications'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

describe('dates are the platform’s, in any browser zone', () => {
  test('the browser is on yesterday (UTC), the pages on today in Beijing', async () => {
    const today = await platformToday(baseUrl())
    s = await openSession()
    const browserDate = await s.page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    expect(browserDate < today).toBe(true) // the set-up this test is about

    // a citizen applies; the tracking page says it was submitted today, not yesterday
    const apply = await new ApplyPage(s.page).open()
    await apply.field('向哪个机关申请').input.selectOption({ label: '江城市教育局' })
    await apply.field('姓名').input.fill('林晓')
    await apply.field('证件号码').input.fill(residentId('11010519850315002'))
    await apply.field('联系电话').input.fill('13900139001')
    await apply.field('信息名称').input.fill('2026年校车线路调整方案')
    await apply.field('所需信息描述').input.fill('请公开2026年本市中小学校车线路调整方案及调整理由。')
    await apply.submit()
    const { number, queryCode } = await apply.codes()
    await new TrackPage(s.page).open(number, queryCode)
    expect(await s.page.locator('.summary').innerText()).toContain(today)
    await screenshot(s.page, 'dates-track-utc-browser')

    // the clerk: the workbench's calculator starts today, the receipt dialog proposes today and the service takes it
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    await s.page.locator('#calc-start').waitFor()
    expect(await s.page.locator('#calc-start').inputValue()).toBe(today)
    await s.page.goto('/console/cases')
    const link = s.page.locator('.el-table__row a').filter({ hasText: number }).first()
    await link.click()
    const detail = new CaseDetailPage(s.page)
    await detail.expectStatus('待确认收到')
    await s.page.locator('[data-test=action-receive]').click()
    const dialog = s.page.locator('.el-dialog:visible')
    expect(await dialog.locator('#act-received_on').inputValue()).toBe(today)
    await dialog.locator('[data-test=action-confirm]').click()
    await dialog.waitFor({ state: 'hidden' })
    await detail.expectStatus('已收到')
    expect(await s.page.locator('.head .facts').innerText()).toContain(today)
    await screenshot(s.page, 'dates-case-received-utc-browser')
  })

  test('the dashboard’s default period ends today', async () => {
    const today = await platformToday(baseUrl())
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('city_supervisor')
    await s.page.goto('/console/dashboard')
    const end = s.page.locator('.el-date-editor input').nth(1)
    await end.waitFor()
    await expect.poll(() => end.inputValue()).toBe(today)
  })
})
