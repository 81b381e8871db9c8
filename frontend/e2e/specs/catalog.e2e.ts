import { afterEach, beforeAll, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { agencyId, publishEntry, submitEntry } from '../support/api'
import { ADMIN_PASSWORD, ListPage, LoginPage, fieldError, formItem, pickAgency } from '../pages/console'
import { EntryDetail, EntryEditor, PortalSearch, PublicEntryPage, ReviewQueue, textOf } from '../pages/catalog'
import { PortalHome } from '../pages/portal'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
const unique = () => `${Date.now().toString(36).slice(-4)}${Math.floor(Math.random() * 100)}`
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
const overflow = (session: Session) => session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('catalog', () => {
  test('a clerk drafts and a reviewer publishes an entry', async () => {
    s = await openSession()
    const title = `江城市教育局关于开展校园食品安全专项检查的通知（${unique()}）`
    const shell = await (await new LoginPage(s.page).open()).login('edu_clerk')
    await shell.openMenu('主动公开', '起草条目')
    const editor = await new EntryEditor(s.page).ready()
    await editor.fill('名称', title)
    await editor.fill('文号', '江教发[2026]21号')
    await editor.fill('内容概述', '部署全市中小学校、幼儿园食品安全专项检查，明确检查范围、内容和时间安排。')
    await editor.keywords('食品安全', '专项检查')
    await editor.date('成文日期', today())
    await editor.body('各区县教育局，市直各学校：为切实保障师生饮食安全，决定开展校园食品安全专项检查。')
    await editor.saveDraft()
    // the draft exists now, so files can be attached (with a progress bar while they upload)
    await editor.attach('检查表.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'))
    // the document number's brackets were corrected by the service
    expect(await editor.field('文号').locator('input').inputValue()).toBe('江教发〔2026〕21号')

    // submitting without a theme: the service says what is missing, next to the field
    await editor.submit()
    expect(await textOf(editor.error('主题分类'), /主题分类/)).toContain('请选择主题分类')
    await screenshot(s.page, 'console-entry-editor-error')
    await editor.theme('教育')
    await editor.submit()
    const detail = await new EntryDetail(s.page).ready()
    await textOf(detail.status(), /待保密审查/)
    // the author may withdraw it, but not review it
    expect(await detail.actions()).toEqual(['撤回'])
    await shell.logout()

    // the reviewer finds it in the review queue and publishes it now
    await new LoginPage(s.page).login('edu_reviewer')
    const queue = await new ReviewQueue(s.page).open()
    await expect.poll(() => queue.row(title).count()).toBe(1)
    await screenshot(s.page, 'console-review-queue')
    await queue.row(title).getByRole('button', { name: '审阅' }).click()
    await detail.ready()
    expect(await detail.actions()).toEqual(['审查通过', '退回修改'])
    await detail.action('approve').click()
    await detail.dialog().getByText('立即发布', { exact: true }).waitFor()
    await detail.confirm()
    await textOf(detail.status(), /已发布/)
    const index = await textOf(detail.metaValue('索引号'), /^[0-9A-Z]{9,18}\/\d{4}-\d{5}$/)
    await detail.tab('已发布版本')
    await s.page.locator('[data-test=versions]').getByText('第 1 版').waitFor()
    await detail.tab('办理记录')
    const history = await textOf(s.page.locator('[data-test=history]'), /审查通过/)
    expect(history).toContain('提交审查')
    expect(history).toContain('添加附件')
    await detail.tab('工作稿')
    await screenshot(s.page, 'console-entry-published')

    // the public sees it, with its attachment
    await s.page.goto(`/entry?index=${encodeURIComponent(index)}`)
    const pub = await new PublicEntryPage(s.page).ready()
    expect(await pub.title().innerText()).toBe(title)
    expect(await pub.meta('文号').innerText()).toBe('江教发〔2026〕21号')
    expect(await s.page.getByRole('link', { name: '检查表' }).getAttribute('href')).toMatch(/\/public\/entries\/.+\/attachments\//)
  })

  test('whoever drafted an entry is not offered its review, and is told why', async () => {
    // the administrator holds every permission, the review included; drafting the entry rules them out as its reviewer
    const agency = await agencyId(baseUrl(), '江城市教育局')
    const entry = await submitEntry(baseUrl(), { title: `江城市教育局关于做好冬季校园安全工作的通知（${unique()}）`, agency_id: agency }, 'admin', ADMIN_PASSWORD)
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    await s.page.goto(`/console/entries/${entry.id}`)
    const detail = await new EntryDetail(s.page).ready()
    await textOf(detail.status(), /待保密审查/)
    await s.page.locator('[data-test=review-blocked]').getByText('须由其他人员审查').waitFor()
    expect(await detail.actions()).not.toContain('审查通过')
    expect(await detail.actions()).toContain('撤回')
  })

  test('a county supervisor copies the standard directory to a township; a missing target is reported', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('donghu_supervisor')
    await shell.openMenu('主动公开', '标准目录')
    const list = new ListPage(s.page)
    await s.page.getByRole('tab', { name: '标准目录' }).click()
    await list.idle()
    await s.page.locator('[data-test=copy-directory]').click()
    const dialog = list.dialog('复制标准目录')
    await dialog.getByRole('button', { name: '开始复制' }).click()
    expect(await fieldError(dialog, '复制到').innerText()).toContain('请选择要复制到的机关')
    await pickAgency(s.page, dialog, '复制到', '东湖县青石乡人民政府')
    await dialog.locator('.el-dialog__title').click() // closes the tree's drop-down, not the dialog
    await dialog.getByRole('button', { name: '开始复制' }).click()
    const result = dialog.locator('[data-test=copy-result]')
    await result.waitFor()
    expect(await result.innerText()).toMatch(/已复制 \d+ 项/)
    expect(await result.locator('tbody tr').innerText()).toContain('东湖县青石乡人民政府')
    await screenshot(s.page, 'console-standard-copy')
    await dialog.getByRole('button', { name: '关闭', exact: true }).click()
    // the township now has the county's items
    await pickAgency(s.page, s.page.locator('.search-form'), '发布机构', '东湖县青石乡人民政府')
    await list.idle()
    await expect.poll(() => s!.page.locator('.el-table__row').filter({ hasText: '财政预决算' }).count()).toBeGreaterThan(0)
  })

  test('an administrator adds a pilot area of the standard directory; a bad code is reported next to the field', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('admin', ADMIN_PASSWORD)
    await shell.openMenu('主动公开', '标准目录')
    const list = new ListPage(s.page)
    await s.page.getByRole('tab', { name: '试点领域' }).click()
    const table = s.page.locator('[data-test=areas]')
    await expect.poll(() => table.locator('.el-table__row').count()).toBeGreaterThanOrEqual(26)
    const name = `农村公路${unique()}`
    await s.page.locator('[data-test=new-area]').click()
    const dialog = list.dialog('新增领域')
    await formItem(dialog, '领域名称').locator('input').fill(name)
    await formItem(dialog, '领域代码').locator('input').fill('Rural Roads')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => fieldError(dialog, '领域代码').count()).toBe(1)
    expect(await fieldError(dialog, '领域代码').innerText()).toMatch(/\S/)
    await formItem(dialog, '领域代码').locator('input').fill(`rural_roads_${unique()}`)
    await dialog.getByRole('button', { name: '保存' }).click()
    const row = table.locator('.el-table__row').filter({ hasText: name })
    await row.waitFor()
    // deactivated: kept in the list, no longer offered for new items
    await row.getByRole('button', { name: '停用' }).click()
    await row.locator('.el-tag').filter({ hasText: '停用' }).waitFor()
    await screenshot(s.page, 'console-standard-areas')
  })

  describe('the public', () => {
    const title = '江城市教育局关于规范中小学研学旅行活动的通知'
    beforeAll(async () => {
      await publishEntry(baseUrl(), {
        title, document_number: '江教发〔2026〕30号', keywords: ['研学旅行', '安全'],
        summary: '规范全市中小学研学旅行活动的组织、安全管理和经费使用。',
        body_html: '<p>各区县教育局，市直各学校：</p><p>为规范中小学研学旅行活动，确保学生安全，现就有关事项通知如下。</p>',
      })
    })

    test('a citizen finds an entry by a 2-character search and opens it', async () => {
      s = await openSession(PHONE)
      const search = await new PortalSearch(s.page).fromHome('研学')
      const hit = search.result(title)
      await hit.waitFor()
      // the two characters searched for are marked in the title
      expect(await hit.locator('h3 mark').allInnerTexts()).toContain('研学')
      expect(await search.heading().innerText()).toMatch(/找到/)
      expect(await overflow(s)).toBeLessThanOrEqual(0)
      await screenshot(s.page, 'portal-search-phone')

      await hit.getByRole('link').click()
      const entry = await new PublicEntryPage(s.page).ready()
      expect(await entry.title().innerText()).toBe(title)
      expect(await entry.metaLabels()).toEqual(expect.arrayContaining(['索引号', '发布机构', '成文日期', '文号', '主题分类', '有效性', '发布日期', '体裁分类', '关键词']))
      expect(await entry.meta('发布机构').innerText()).toBe('江城市教育局')
      expect(await entry.meta('文号').innerText()).toBe('江教发〔2026〕30号')
      expect(await entry.meta('主题分类').innerText()).toContain('教育')
      expect(await entry.meta('有效性').innerText()).toBe('有效')
      expect(await entry.meta('索引号').innerText()).toMatch(/\/\d{4}-\d{5}$/)
      expect(await s.page.locator('[data-test=public-entry-body]').innerText()).toContain('研学旅行活动')
      expect(await overflow(s)).toBeLessThanOrEqual(0)
      await screenshot(s.page, 'portal-entry-phone')
    })

    test('the portal home on a phone lists the latest entries', async () => {
      s = await openSession(PHONE)
      await new PortalHome(s.page).open()
      const latest = s.page.locator('[data-test=latest] li')
      await latest.first().waitFor()
      expect(await latest.count()).toBeGreaterThan(0)
      expect(await latest.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(title)]))
      expect(await overflow(s)).toBeLessThanOrEqual(0)
      await screenshot(s.page, 'portal-home-latest-phone')
    })
  })
})
