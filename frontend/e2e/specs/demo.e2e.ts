// The demo can do everything without the administrator: each demo role completes its part of a request, of a catalog
// entry and of an annual report, signed in with the accounts README's table lists (password Demo@2026); and the
// sample documents appear under the agencies that published them. Case actions are named as the service's workflow
// table names them (CaseOut.allowed_actions), which is what data-test=action-<name> carries.
import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { LoginPage, ReportPage } from '../pages/console'
import { EntryDetail, EntryEditor, PortalSearch, PublicEntryPage, ReviewQueue, textOf } from '../pages/catalog'
import { ApplyPage, CaseDetailPage, TrackPage, offeredCaseActions, openCaseByNumber, residentId } from '../pages/applications'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const unique = () => `${Date.now().toString(36).slice(-4)}${Math.floor(Math.random() * 100)}`
/** Today in the platform's time zone. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())

/** A fresh browser signed in to the console as `username`. */
async function signIn(username: string): Promise<Session> {
  await s?.close()
  s = await openSession()
  await (await new LoginPage(s.page).open()).login(username)
  return s
}

async function agencyCode(name: string): Promise<string> {
  const r = await fetch(`${baseUrl()}/api/v1/catalog/agencies?q=${encodeURIComponent(name)}&size=100`)
  const page = (await r.json()) as { items: Array<{ name: string; code: string }> }
  return page.items.find((a) => a.name === name)!.code
}

describe('each demo role completing its part without the administrator', () => {
  test('a request to 东湖县: the county clerk handles it and drafts the reply, the approver signs it off, the clerk dispatches it', { timeout: 240_000 }, async () => {
    // a citizen applies on the portal
    s = await openSession()
    const apply = await new ApplyPage(s.page).open()
    await apply.field('向哪个机关申请').input.selectOption({ label: '东湖县人民政府' })
    await apply.field('姓名').input.fill('钱明')
    await apply.field('证件号码').input.fill(residentId('42010619850307002'))
    await apply.field('联系电话').input.fill('13900139021')
    await apply.field('信息名称').input.fill(`东湖县2026年农村公路建设计划（${unique()}）`)
    await apply.field('所需信息描述').input.fill('请公开东湖县2026年农村公路建设计划及各乡镇的项目清单。')
    await apply.submit()
    const { number, queryCode } = await apply.codes()

    // the county clerk confirms receipt and drafts the reply
    let page = (await signIn('donghu_clerk')).page
    // a clerk sees the cases of her own agency only: finding it proves it reached 东湖县
    expect(await page.locator('[data-test=user-menu]').innerText()).toContain('东湖县人民政府')
    let clerk = await openCaseByNumber(page, number)
    await clerk.expectStatus('待确认收到')
    await clerk.act('receive')
    await clerk.expectStatus('已收到')
    await clerk.act('draft_reply', { '答复内容（事实、依据、获取方式）': '经查，您申请的信息属于本机关公开范围，现予以公开，详见附件。' }, { 办理结果: '予以公开' })
    await clerk.expectStatus('答复待审核')
    // signing off (or returning) a reply is the approver's step, not the clerk's
    const offered = await offeredCaseActions(page)
    expect(offered).not.toContain('approve_reply')
    expect(offered).not.toContain('return_reply')
    const caseId = page.url().split('/').pop()!

    // the county's approver signs the reply off
    page = (await signIn('donghu_approver')).page
    const approver = await new CaseDetailPage(page).open(caseId)
    await approver.expectStatus('答复待审核')
    expect(await offeredCaseActions(page)).toEqual(expect.arrayContaining(['approve_reply', 'return_reply']))
    await approver.act('approve_reply', { 意见: '同意' })
    await approver.expectStatus('答复已签发待送达')
    await screenshot(page, 'demo-donghu-approver-signed')

    // the clerk dispatches it
    page = (await signIn('donghu_clerk')).page
    clerk = await new CaseDetailPage(page).open(caseId)
    await clerk.act('dispatch_reply', {}, { 送达方式: '在线下载' })
    await clerk.expectStatus('已答复')
    await expect.poll(() => clerk.letters().allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('答复')]))
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'demo-donghu-case-replied')

    // the applicant sees the reply
    await s!.close()
    s = await openSession()
    const track = await new TrackPage(s.page).open(number, queryCode)
    expect(await track.status()).toBe('已答复')
  })

  test('an entry at 西山县: the clerk drafts and submits it, the county’s reviewer publishes it', { timeout: 180_000 }, async () => {
    const title = `西山县人民政府关于做好2026年城乡居民医疗保险参保工作的通知（${unique()}）`
    let page = (await signIn('xishan_clerk')).page
    await page.goto('/console/entries/new')
    const editor = await new EntryEditor(page).ready()
    await editor.fill('名称', title)
    await editor.fill('内容概述', '部署全县2026年度城乡居民基本医疗保险参保缴费工作。')
    await editor.date('成文日期', today())
    await editor.theme('政务公开')
    await editor.body('各乡镇人民政府，县直各部门：为做好2026年度城乡居民基本医疗保险参保工作，现将有关事项通知如下。')
    await editor.saveDraft()
    await editor.submit()
    const detail = await new EntryDetail(page).ready()
    await textOf(detail.status(), /待保密审查/)
    expect(await detail.actions()).toEqual(['撤回'])

    page = (await signIn('xishan_reviewer')).page
    const queue = await new ReviewQueue(page).open()
    await expect.poll(() => queue.row(title).count()).toBe(1)
    await queue.row(title).getByRole('button', { name: '审阅' }).click()
    const review = await new EntryDetail(page).ready()
    expect(await review.actions()).toEqual(['审查通过', '退回修改'])
    await review.action('approve').click()
    await review.dialog().getByText('立即发布', { exact: true }).waitFor()
    await review.confirm()
    await textOf(review.status(), /已发布/)
    const index = await textOf(review.metaValue('索引号'), /\/\d{4}-\d{5}$/)
    expect(index.startsWith(`${await agencyCode('西山县人民政府')}/`)).toBe(true)
    await screenshot(page, 'demo-xishan-entry-published')

    await page.goto(`/entry?index=${encodeURIComponent(index)}`)
    const pub = await new PublicEntryPage(page).ready()
    expect(await pub.title().innerText()).toBe(title)
    expect(await pub.meta('发布机构').innerText()).toBe('西山县人民政府')
  })

  test('the city’s annual report: one supervisor submits it, the other accepts it', { timeout: 180_000 }, async () => {
    const year = Number(today().slice(0, 4)) - 1
    let page = (await signIn('city_supervisor')).page
    const report = await ReportPage.create(page, '江城市人民政府', year)
    await report.expectStatus('起草中')
    const id = report.id()
    await report.act('submit')
    await report.expectStatus('待审核')
    // nobody accepts (or returns) the report they submitted themselves
    expect(await report.action('accept').count()).toBe(0)
    expect(await report.action('return').count()).toBe(0)
    await screenshot(page, 'demo-city-report-submitted')

    page = (await signIn('city_supervisor2')).page
    const reviewer = await new ReportPage(page).open(id)
    await reviewer.expectStatus('待审核')
    await reviewer.act('accept', '经审核，报告内容与表格一致，同意。')
    await reviewer.expectStatus('审核通过')
    await reviewer.action('publish').waitFor()
    await screenshot(page, 'demo-city-report-accepted')
  })
})

describe('the demo’s sample documents', () => {
  test('appear under the agencies that published them', async () => {
    const samples = [
      ['鄂政办字', '鄂温克旗人民政府办公室关于2017年全旗政务公开工作情况的通报', '鄂温克族自治旗人民政府办公室'],
      ['政府信息公开工作总结', '2021年上半年政府信息公开工作总结', '六安市人民政府办公室'],
      ['机构编制委员会', '2018年度中共常德市委机构编制委员会办公室政府信息公开工作年度报告', '中共常德市委机构编制委员会办公室'],
      ['东亭乡', '廣德縣東亭鄉2016年政府信息公開工作年度報告', '广德县东亭乡人民政府'],
      ['自检自查', '禄丰县规划局政务公开自检自查报告', '禄丰县规划局'],
    ]
    s = await openSession()
    for (const [q, title, publisher] of samples) {
      const hit = (await new PortalSearch(s.page).fromHome(q)).result(title).first()
      await hit.waitFor()
      expect(await hit.locator('.hit-meta').innerText()).toContain(publisher)
    }
    // the first one opened: its publisher and document number as the original shows them
    await (await new PortalSearch(s.page).fromHome(samples[0][0])).result(samples[0][1]).first().getByRole('link').click()
    const entry = await new PublicEntryPage(s.page).ready()
    expect(await entry.meta('发布机构').innerText()).toBe('鄂温克族自治旗人民政府办公室')
    expect(await entry.meta('文号').innerText()).toBe('鄂政办字〔2018〕6号')
    await screenshot(s.page, 'demo-sample-ewenki')
  })
})
