import { afterEach, describe, expect, test } from 'vitest'
import { closeSession, openSession, screenshot, type Session } from '../support/browser'
import { LoginPage, ListPage, pickAgency } from '../pages/console'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

describe('statistics', () => {
  test('a supervisor opens the dashboard and an annual report with its official tables and checks', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('city_supervisor')
    await shell.openMenu('统计与年报', '统计看板')
    await s.page.locator('.kpi').first().waitFor()
    await expect.poll(() => s!.page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(2) // ECharts drew the charts
    expect(await s.page.locator('.kpi-label').allInnerTexts()).toEqual(expect.arrayContaining(['收到申请', '按期办结率', '已超期']))
    await s.page.waitForTimeout(800) // chart animation
    await screenshot(s.page, 'console-dashboard')

    // open (or start) the city's annual report for last year
    await shell.openMenu('统计与年报', '年度报告')
    const list = new ListPage(s.page)
    await list.idle()
    await s.page.locator('.el-table__row, .el-table__empty-text').first().waitFor()
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4)) - 1
    const existing = list.rows().filter({ hasText: '江城市人民政府' }).filter({ hasText: String(year) })
    if (await existing.count()) {
      await existing.first().getByRole('link').click()
    } else {
      await s.page.locator('[data-test=report-new]').click()
      const dialog = list.dialog('新建年度报告')
      await pickAgency(s.page, dialog, '机关', '江城市人民政府')
      await dialog.getByLabel('年度').fill(String(year))
      await dialog.getByText('本级及下级汇总').click()
      await dialog.locator('[data-test=report-create]').click()
    }
    await s.page.locator('[data-test=report-status]').waitFor()
    // the official tables are rendered by the service with the national format's labels
    const tables = s.page.frameLocator('iframe.tables')
    await tables.getByText('三、收到和处理政府信息公开申请情况').first().waitFor()
    await tables.getByText('法人或其他组织').first().waitFor()
    expect(await s.page.locator('.violations li, .el-empty').count()).toBeGreaterThan(0)
    await screenshot(s.page, 'console-annual-report')

    // the editor exports the report
    const download = s.page.waitForEvent('download')
    await s.page.locator('[data-test=export-docx]').click()
    expect((await download).suggestedFilename()).toMatch(/\.docx$/)
  })
})
