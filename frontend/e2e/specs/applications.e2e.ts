import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { LoginPage } from '../pages/console'
import { portalField } from '../pages/portal'
import { ApplyPage, CaseDetailPage, TrackPage, isoDate, residentId } from '../pages/applications'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

describe('requests for information', () => {
  test('a citizen applies on a phone and later tracks the request with the query code', async () => {
    s = await openSession({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    const apply = await new ApplyPage(s.page).open()
    await apply.field('向哪个机关申请').input.selectOption({ label: '江城市教育局' })
    await apply.field('姓名').input.fill('王小明')
    await apply.field('证件号码').input.fill('110105194912310021') // wrong check digit
    await apply.field('联系电话').input.fill('13900139000')
    await apply.field('信息名称').input.fill('2026年义务教育阶段招生计划')
    await apply.field('所需信息描述').input.fill('请提供本市2026年义务教育阶段各学校的招生计划及划片范围。')
    await s.page.locator('[data-test=apply-files]').setInputFiles({ name: '身份证.png', mimeType: 'image/png', buffer: PNG })
    await s.page.locator('.uploads .ok').waitFor() // uploaded, progress complete
    await apply.submit()
    // the server checks the number against the ID type and reports it on the applicant's section
    await expect.poll(() => s!.page.locator('#ap-applicant-error').innerText()).toMatch(/身份证/)
    await screenshot(s.page, 'portal-apply-error-phone')

    await apply.field('证件号码').input.fill(residentId())
    await apply.submit()
    const { number, queryCode } = await apply.codes()
    expect(number).toMatch(/^\d{6,}/)
    expect(queryCode.length).toBeGreaterThanOrEqual(6)
    await screenshot(s.page, 'portal-apply-done-phone')

    const track = await new TrackPage(s.page).open(number, queryCode)
    expect(await track.status()).toBe('待确认收到')
    await screenshot(s.page, 'portal-track-phone')

    // a wrong query code reveals nothing
    await s.page.goto('/track')
    await s.page.getByLabel('申请编号').fill(number)
    await s.page.getByLabel('查询码').fill('WRONGCODE1')
    await s.page.locator('[data-test=track-submit]').click()
    await s.page.getByRole('alert').waitFor()
    expect(await s.page.locator('article.case').count()).toBe(0)
  })

  test('a clerk works a case from receipt through supplement and extension to a dispatched reply with its letter', async () => {
    // the application arrives online
    const resp = await fetch(`${baseUrl()}/api/v1/applications/applications`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        agency_id: await agencyId('江城市教育局'),
        applicant: { type: 'natural_person', name: '赵红', id_kind: 'resident_id', id_number: residentId('32010219800101123'), phone: '13700137000' },
        items: [{ title: '学校食堂食品安全检查结果', description: '请公开2026年全市中小学校食堂食品安全检查的结果。' }],
        info_form: 'electronic', delivery_method: 'online',
      }),
    })
    expect(resp.status).toBe(201)
    const submission = (await resp.json()) as { number: string; query_code: string; cases: Array<{ id: string }> }
    const caseId = submission.cases[0].id

    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    const detail = await new CaseDetailPage(s.page).open(caseId)
    await detail.expectStatus('待确认收到')
    await detail.act('receive')
    await detail.expectStatus('已收到')
    const due = await detail.dueOn()
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    await detail.act('request_supplement', { 需要补正的事项: '请说明所需检查结果的学校范围\n请提供联系地址', 期限: isoDate(15) })
    await detail.expectStatus('待补正')
    await s.close()

    // the applicant supplements online with the query code
    s = await openSession()
    const track = await new TrackPage(s.page).open(submission.number, submission.query_code)
    expect(await track.status()).toBe('待补正')
    await s.page.getByLabel('补正内容').fill('所需范围为江城市城区全部公办中小学校；联系地址：江城市人民路1号。')
    await s.page.locator('[data-test=supplement-submit]').click()
    await expect.poll(() => track.status()).not.toBe('待补正')
    await s.close()

    // the approver extends the deadline by 20 working days
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_approver')
    const approver = await new CaseDetailPage(s.page).open(caseId)
    const beforeExtension = await approver.dueOn()
    await approver.act('extend', { 理由: '涉及学校较多，需汇总核实检查记录。' })
    await expect.poll(() => approver.dueOn()).not.toBe(beforeExtension)
    expect((await approver.dueOn()) > beforeExtension).toBe(true)
    await s.close()

    // the clerk drafts the reply, the approver signs it off, the clerk dispatches it
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    let clerk = await new CaseDetailPage(s.page).open(caseId)
    await clerk.act('draft_reply', { '答复内容（事实、依据、获取方式）': '经查，您申请的信息属于本机关公开范围，现予以公开，详见附件。' }, { 办理结果: '予以公开' })
    await clerk.expectStatus('答复待审核')
    await s.close()

    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_approver')
    await (await new CaseDetailPage(s.page).open(caseId)).act('approve_reply')
    await s.close()

    s = await openSession()
    await (await new LoginPage(s.page).open()).login('edu_clerk')
    clerk = await new CaseDetailPage(s.page).open(caseId)
    await clerk.expectStatus('答复已签发待送达')
    await clerk.act('dispatch_reply', {}, { 送达方式: '在线下载' })
    await clerk.expectStatus('已答复')
    await expect.poll(() => clerk.letters().allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('答复')]))
    const download = s.page.waitForEvent('download')
    await clerk.letters().filter({ hasText: '答复' }).first().getByRole('button', { name: 'PDF' }).click()
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
    await s.page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(s.page, 'console-case-detail')

    // the applicant appeals the reply; the clerk records it and later its result (report section 四)
    await s.page.locator('[data-test=action-appeal]').click()
    const dialog = s.page.locator('.el-dialog:visible')
    await dialog.getByLabel('复议机关或法院').fill('江城市人民政府')
    await dialog.getByLabel('案号').fill(`江府复〔2026〕${submission.number.slice(-3)}号`)
    await dialog.locator('[data-test=appeal-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await s.page.goto('/console/appeals')
    const appealRow = s.page.locator('.el-table__row').filter({ hasText: `江府复〔2026〕${submission.number.slice(-3)}号` })
    await appealRow.getByRole('button', { name: '登记结果' }).click()
    await s.page.locator('.el-dialog:visible').getByText('维持', { exact: false }).first().click()
    await s.page.locator('.el-dialog:visible').getByRole('button', { name: '保存' }).click()
    await expect.poll(() => appealRow.innerText()).toContain('维持')
    await s.close()

    // the applicant sees the reply letter on the tracking page
    s = await openSession()
    const done = await new TrackPage(s.page).open(submission.number, submission.query_code)
    expect(await done.status()).toBe('已答复')
    await s.page.locator('.letters button').filter({ hasText: '答复' }).first().waitFor()
  })
})

describe('requests: accounts and offline applications', () => {
  test('a signed-in citizen finds the application under “my applications”', async () => {
    s = await openSession({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
    await s.page.goto('/account/login')
    await portalField(s.page, '用户名').input.fill('zhangsan')
    await portalField(s.page, '密码').input.fill('Demo@2026')
    await s.page.getByRole('button', { name: '登录', exact: true }).click()
    await s.page.getByRole('heading', { level: 1, name: '我的' }).waitFor()
    const apply = await new ApplyPage(s.page).open()
    await apply.field('向哪个机关申请').input.selectOption({ label: '江城市教育局' })
    await apply.field('姓名').input.fill('张三')
    await apply.field('证件号码').input.fill(residentId('44030419900101001'))
    await apply.field('联系电话').input.fill('13800138000')
    await apply.field('信息名称').input.fill('2026年学校安全检查通报')
    await apply.field('所需信息描述').input.fill('请提供2026年全市学校安全检查的通报全文。')
    await apply.submit()
    const { number } = await apply.codes()
    await s.page.goto('/account')
    await s.page.getByRole('link', { name: number }).click()
    await expect.poll(() => new TrackPage(s!.page).status()).toBe('待确认收到')
    await screenshot(s.page, 'portal-my-application-phone')
  })

  test('a clerk registers an application received by registered post with its real dates', async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('edu_clerk')
    await shell.openMenu('依申请公开', '登记申请')
    const form = s.page.locator('.page-card form')
    await form.locator('.el-form-item').filter({ has: s.page.locator('.el-form-item__label:text-is("申请渠道")') }).locator('.el-select__wrapper').click()
    await s.page.locator('.el-select-dropdown__item:visible').filter({ hasText: '信函' }).first().click()
    await form.getByText('挂号信函', { exact: false }).click()
    await form.getByLabel('提交（寄出）日期').fill(isoDate(-5))
    await form.getByLabel('提交（寄出）日期').press('Enter')
    await form.getByLabel('收到日期').fill(isoDate(-10)) // before it was sent: refused
    await form.getByLabel('收到日期').press('Enter')
    await form.getByLabel('姓名').fill('钱七')
    await form.getByLabel('证件号码').fill(residentId('11010519800202003'))
    await form.getByLabel('通信地址').fill('江城市和平路8号')
    await form.getByLabel('信息名称').fill('2025年教育经费使用情况')
    await form.getByLabel('所需信息描述').fill('请公开2025年全市教育经费的使用明细。')
    await s.page.locator('[data-test=register-submit]').click()
    // a rule across fields comes back on the request as a whole and is shown above the form
    await expect.poll(() => s!.page.getByRole('alert').first().innerText()).toContain('收到申请之日不能早于提交之日')
    await screenshot(s.page, 'console-register-error')
    await form.getByLabel('收到日期').fill(isoDate(-3))
    await form.getByLabel('收到日期').press('Enter')
    await s.page.locator('[data-test=register-submit]').click()
    const detail = new CaseDetailPage(s.page)
    await detail.expectStatus('已收到')
    expect(await s.page.locator('.head .facts').innerText()).toContain(isoDate(-3))
  })
})

async function agencyId(name: string): Promise<number> {
  const r = await fetch(`${baseUrl()}/api/v1/catalog/agencies?q=${encodeURIComponent(name)}`)
  const page = (await r.json()) as { items: Array<{ id: number; name: string }> }
  return page.items.find((a) => a.name === name)!.id
}
