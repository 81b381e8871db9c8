import { afterEach, describe, expect, test } from 'vitest'
import { closeSession, openSession, screenshot, type Session } from '../support/browser'
import { ADMIN_PASSWORD, ListPage, LoginPage, fieldError, pickAgency } from '../pages/console'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

/** A 9-character organisation code with its GB 11714 check character. */
function orgCode(): string {
  const body = String(Math.floor(Math.random() * 1e8)).padStart(8, '0')
  const weights = [3, 7, 9, 10, 5, 8, 4, 2]
  const c = 11 - ([...body].reduce((sum, ch, i) => sum + Number(ch) * weights[i], 0) % 11)
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c))
}

describe('staff console', () => {
  test('a wrong password is refused with the server’s message', async () => {
    s = await openSession()
    const login = await new LoginPage(s.page).open()
    expect(await login.loginFails('edu_clerk', 'Wrong@2026x')).toMatch(/用户名或密码/)
  })

  test('menus follow permissions: a clerk sees no administration and cannot open it by address', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('edu_clerk')
    const labels = await shell.menuLabels()
    expect(labels).toEqual(expect.arrayContaining(['工作台', '机关目录', '工作日历']))
    for (const hidden of ['用户管理', '角色权限', '对接平台', '审计日志']) expect(labels).not.toContain(hidden)
    await shell.openMenu('机构与账号', '机关目录')
    const list = new ListPage(s.page)
    await list.idle()
    await expect.poll(() => list.total()).toBeGreaterThan(0)
    expect(await s.page.locator('[data-test=agency-new]').count()).toBe(0)
    expect(await list.rows().first().getByRole('button', { name: '编辑' }).count()).toBe(0)
    await s.page.goto('/console/users')
    await s.page.locator('.el-result__title').getByText('您没有访问此页面的权限').waitFor()
  })

  test('an administrator adds an agency; a bad code is reported next to the field', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    await shell.openMenu('机构与账号', '机关目录')
    await expect.poll(() => shell.breadcrumb().innerText()).toContain('机关目录')
    const list = new ListPage(s.page)
    await list.idle()
    await s.page.locator('[data-test=agency-new]').click()
    const dialog = list.dialog('新建机关')
    const name = `江城市测试局${unique()}`
    await dialog.getByLabel('机关全称').fill(name)
    await dialog.getByLabel('机构代码').fill('123456789')
    await dialog.getByLabel('联系电话').fill('0999-88886666')
    await pickAgency(s.page, dialog, '上级机关', '江城市人民政府')
    await dialog.locator('[data-test=agency-save]').click()
    await expect.poll(() => fieldError(dialog, '机构代码').innerText()).toMatch(/代码/)
    await screenshot(s.page, 'console-agency-field-error')

    await dialog.getByLabel('机构代码').fill(orgCode())
    await dialog.locator('[data-test=agency-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await list.search('关键词', name)
    await expect.poll(() => list.rows().count()).toBe(1)
    expect(await list.row(name).innerText()).toContain('0999-88886666')

    // the change shows in the agency's history
    await list.row(name).getByRole('button', { name: '变更历史' }).click()
    await s.page.locator('.el-drawer').getByText('新建').waitFor()
  })

  test('an administrator creates a clerk account; a weak password is reported next to the field', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    await shell.openMenu('机构与账号', '用户管理')
    const list = new ListPage(s.page)
    await list.idle()
    await s.page.locator('[data-test=user-new]').click()
    const dialog = list.dialog('新建账号')
    const username = `clerk_${unique()}`
    await dialog.getByLabel('用户名').fill(username)
    await dialog.getByLabel('初始密码').fill('weak')
    await dialog.getByLabel('姓名').fill('测试办事员')
    await pickAgency(s.page, dialog, '所属机关', '江城市教育局')
    await dialog.locator('[data-test=user-save]').click()
    await expect.poll(() => fieldError(dialog, '初始密码').innerText()).toMatch(/密码/)
    await dialog.getByLabel('初始密码').fill('Strong@2026x')
    await dialog.locator('[data-test=user-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await list.search('关键词', username)
    await expect.poll(() => list.row(username).innerText()).toContain('测试办事员')
    await screenshot(s.page, 'console-users')

    // the new account signs in and sees the clerk's console
    await shell.logout()
    const clerk = await new LoginPage(s.page).login(username, 'Strong@2026x')
    expect(await clerk.menuLabels()).not.toContain('用户管理')
  })

  test('a supervisor reads the audit log of sign-ins', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('city_supervisor')
    await shell.openMenu('系统管理', '审计日志')
    const list = new ListPage(s.page)
    await list.idle()
    // actions are chosen, and read, by their labels (auth.login → 登录)
    await s.page.locator('.search-form .el-form-item').filter({ hasText: '操作' }).locator('.el-select__wrapper').click()
    await s.page.getByRole('option', { name: '登录', exact: true }).click()
    await s.page.locator('.search-form').getByRole('button', { name: '查询' }).click()
    await list.idle()
    await expect.poll(() => list.rows().count()).toBeGreaterThan(0)
    expect(await list.rows().first().locator('[data-test=audit-action-label]').innerText()).toBe('登录')
    expect(await list.table().innerText()).not.toContain('auth.login')
    await list.rows().first().getByRole('button', { name: '详情' }).click()
    await s.page.locator('.el-drawer').getByText('请求编号').waitFor()
    await screenshot(s.page, 'console-audit')
  })

  test('the working-day calendar shows the year and computes a due date on the workbench', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    await s.page.getByLabel('起算日').fill('2026-09-30')
    await s.page.getByLabel('起算日').press('Enter')
    await s.page.getByRole('button', { name: '计算' }).click()
    // Counting weekends only, 20 working days after 2026-09-30 end on 2026-10-28; the National Day holiday moves it later
    await expect.poll(() => s!.page.locator('.result').innerText()).toMatch(/到期日：\d{4}-\d{2}-\d{2}/)
    const due = /到期日：(\S+)/.exec(await s.page.locator('.result').innerText())![1]
    expect(due > '2026-10-28').toBe(true)
    expect(await s.page.locator('.result').innerText()).toContain('跳过的非工作日')
    await shell.openMenu('系统管理', '工作日历')
    await s.page.locator('.year').first().waitFor()
    await s.page.locator('.el-table__row').first().waitFor()
    await screenshot(s.page, 'console-calendar')
  })

  test('an expired access token is refreshed without the user noticing; sign-out ends the session', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    const stored = () => s!.page.evaluate(() => JSON.parse(sessionStorage.getItem('gongkai.session') ?? 'null'))
    const before = await stored()
    await s.page.evaluate(() => {
      const v = JSON.parse(sessionStorage.getItem('gongkai.session')!)
      v.accessToken = 'expired.invalid.token'
      sessionStorage.setItem('gongkai.session', JSON.stringify(v))
    })
    await s.page.goto('/console/users')
    const list = new ListPage(s.page)
    await list.idle()
    await expect.poll(() => list.total()).toBeGreaterThan(0)
    const after = await stored()
    expect(after.accessToken).not.toBe('expired.invalid.token')
    expect(after.refreshToken).not.toBe(before.refreshToken) // rotated
    await shell.logout()
    await s.page.goto('/console/users')
    await s.page.getByRole('heading', { name: '工作人员登录' }).waitFor()
    expect(await stored()).toBeNull()
  })
})
