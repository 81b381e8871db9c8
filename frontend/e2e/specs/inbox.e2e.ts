import { afterEach, describe, expect, test } from 'vitest'
import { closeSession, openSession, screenshot, type Session } from '../support/browser'
import { LoginPage } from '../pages/console'
import { ApplyPage, InboxCard, NotificationBell, residentId } from '../pages/applications'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

describe("the clerk's inbox", () => {
  test('an online application waits at the top of the workbench, is announced in the bell, and leaves once receipt is confirmed', async () => {
    // a citizen applies online on the portal, without an account
    s = await openSession()
    const apply = await new ApplyPage(s.page).open()
    await apply.field('向哪个机关申请').input.selectOption({ label: '江城市教育局' })
    await apply.field('姓名').input.fill('李华')
    await apply.field('证件号码').input.fill(residentId('11010519850612002'))
    await apply.field('联系电话').input.fill('13600136000')
    await apply.field('信息名称').input.fill('2026年校园周边交通安全整治方案')
    await apply.field('所需信息描述').input.fill('请公开2026年全市中小学校园周边交通安全整治工作方案及责任分工。')
    await apply.submit()
    const { number } = await apply.codes()
    await s.close()

    // a clerk of that agency signs in: the application is in the inbox card at the top of the workbench
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    const inbox = await new InboxCard(s.page).open()
    const firstCard = s.page.locator('.page-card').first()
    expect(await firstCard.getAttribute('data-test')).toBe('inbox')
    await expect.poll(() => inbox.row(number).count()).toBe(1)
    const row = inbox.row(number)
    expect(await row.innerText()).toContain('2026年校园周边交通安全整治方案')
    expect(await row.locator('[data-test=inbox-waited]').innerText()).toBe('已等待 0 个工作日') // submitted today
    expect(await row.locator('[data-test=inbox-late]').count()).toBe(0) // not yet overdue for confirmation
    expect(await row.innerText()).toContain('网上申请')
    expect(Number(await inbox.root().locator('[data-test=inbox-count]').innerText())).toBeGreaterThanOrEqual(1)
    await screenshot(s.page, 'console-workbench-inbox')

    // the bell announces it to the agency's clerks
    const bell = new NotificationBell(s.page)
    await expect.poll(() => bell.unread()).toMatch(/^\d+\+?$/)
    const list = await bell.open()
    const notice = bell.notice(list, number)
    await notice.waitFor()
    expect(await notice.innerText()).toContain('新申请待确认')
    // the popover fades in: wait until it is fully shown
    await expect.poll(() => s!.page.locator('.el-popover:visible').evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
    await screenshot(s.page, 'console-bell-new-application')
    await s.page.keyboard.press('Escape')

    // the clerk opens it from the inbox and confirms receipt: the reply clock starts today
    const detail = await inbox.confirmFrom(number)
    await detail.expectStatus('待确认收到')
    await detail.act('receive')
    await detail.expectStatus('已收到')
    expect(await detail.dueOn()).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // and it is no longer waiting
    await inbox.open()
    await inbox.root().locator('.el-table').waitFor()
    await expect.poll(() => inbox.row(number).count()).toBe(0)
  })
})
