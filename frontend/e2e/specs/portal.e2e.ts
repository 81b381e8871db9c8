import { afterEach, describe, expect, test } from 'vitest'
import { closeSession, openSession, screenshot, type Session } from '../support/browser'
import { AgencyGuidePage, DirectoryPage, PortalHome, portalField } from '../pages/portal'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

describe('citizen portal', () => {
  test('home works on a 375-px phone, with large text that persists', async () => {
    s = await openSession({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    const home = await new PortalHome(s.page).open()
    expect(await home.horizontalOverflow()).toBeLessThanOrEqual(0)
    await expect.poll(() => home.nav().getByRole('link').allInnerTexts()).toEqual(['首页', '公开目录', '依申请公开', '申请查询', '年度报告', '机关与指南', '政府电话簿'])
    // every image has a text alternative (decorative ones an empty alt)
    expect(await s.page.locator('img:not([alt])').count()).toBe(0)
    await screenshot(s.page, 'portal-home-phone')

    await home.largeTextButton().click()
    expect(await home.largeTextButton().getAttribute('aria-pressed')).toBe('true')
    const size = () => s!.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(await size()).toBe('20px')
    await s.page.reload()
    await home.largeTextButton().waitFor()
    expect(await size()).toBe('20px')
    expect(await home.horizontalOverflow()).toBeLessThanOrEqual(0)
    await screenshot(s.page, 'portal-home-phone-large-text')
  })

  test('keyboard: the skip link leads to the main content and links are reachable by Tab', async () => {
    s = await openSession()
    await new PortalHome(s.page).open()
    await s.page.keyboard.press('Tab')
    const focused = () => s!.page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '')
    expect(await focused()).toBe('跳到主要内容')
    await s.page.keyboard.press('Enter')
    await expect.poll(() => s!.page.evaluate(() => document.activeElement?.id)).toBe('main')
    // Tab from the main content reaches the search field first, then the services; Enter opens one
    await s.page.keyboard.press('Tab')
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('home-q')
    for (let i = 0; i < 30 && !(await focused()).includes('依申请公开'); i++) await s.page.keyboard.press('Tab')
    expect(await focused()).toContain('向行政机关申请获取政府信息')
    await s.page.keyboard.press('Enter')
    await s.page.getByRole('heading', { level: 1, name: '政府信息公开申请' }).waitFor()
  })

  test('a citizen finds an agency in the directory and reads its disclosure guide', async () => {
    s = await openSession({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    const dir = await new DirectoryPage(s.page).open()
    await dir.find('教育局')
    await expect.poll(() => dir.entries().allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('江城市教育局'), expect.stringContaining('东湖县教育局')]),
    )
    const entry = dir.entries().filter({ hasText: '江城市教育局' })
    expect(await entry.locator('a[href^="tel:"]').count()).toBe(1)
    await screenshot(s.page, 'portal-directory-phone')

    await entry.getByRole('link', { name: '江城市教育局' }).click()
    const guide = new AgencyGuidePage(s.page)
    await expect.poll(() => guide.heading().innerText()).toBe('江城市教育局政府信息公开指南')
    const contact = await guide.contact().innerText()
    expect(contact).toContain('办公地址')
    expect(contact).toContain('办公时间')
    expect(await s.page.getByRole('heading', { name: '政府信息公开指南', level: 2 }).count()).toBe(1)
    expect(await s.page.locator('.guide p').count()).toBeGreaterThan(0)
    // breadcrumb shows the chain of superior agencies
    expect(await s.page.getByRole('navigation', { name: 'breadcrumb' }).innerText()).toContain('江城市人民政府')
    await screenshot(s.page, 'portal-agency-guide-phone')
  })

  test('the portal switches to English and back', async () => {
    s = await openSession()
    const home = await new PortalHome(s.page).open()
    await s.page.getByRole('button', { name: 'English' }).click()
    await home.nav().getByRole('link', { name: 'Directory', exact: true }).waitFor()
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en-US')
    await s.page.getByRole('button', { name: '中文' }).click()
    await home.nav().getByRole('link', { name: '政府电话簿' }).waitFor()
  })

  test('a citizen registers an account; a wrong phone number is reported under the field', async () => {
    s = await openSession({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    await s.page.goto('/account/register')
    const username = `citizen${Date.now().toString(36)}`
    await portalField(s.page, '用户名').input.fill(username)
    await portalField(s.page, '姓名').input.fill('王小明')
    await portalField(s.page, '手机号码').input.fill('1380013')
    await portalField(s.page, '密码').input.fill('Citizen@2026')
    await portalField(s.page, '再次输入密码').input.fill('Citizen@2026')
    await s.page.getByRole('button', { name: '注册', exact: true }).click()
    const phone = portalField(s.page, '手机号码')
    await expect.poll(() => phone.error.innerText()).toMatch(/手机/)
    expect(await phone.input.getAttribute('aria-invalid')).toBe('true')
    expect(await phone.input.getAttribute('aria-describedby')).toContain('reg-phone-error')
    await screenshot(s.page, 'portal-register-error-phone')

    await phone.input.fill('13900139000')
    await s.page.getByRole('button', { name: '注册', exact: true }).click()
    await s.page.getByRole('heading', { level: 1, name: '我的' }).waitFor()
    const facts = await s.page.locator('.facts').innerText()
    expect(facts).toContain('王小明')
    expect(facts).toContain('139****9000')
    await s.page.getByRole('button', { name: '退出登录' }).click()
    await s.page.getByRole('link', { name: '登录', exact: true }).waitFor()
  })

  test('an unknown address shows a not-found page inside the portal', async () => {
    s = await openSession()
    await s.page.goto('/no/such/page')
    await s.page.getByRole('heading', { name: '页面不存在' }).waitFor()
  })
})
