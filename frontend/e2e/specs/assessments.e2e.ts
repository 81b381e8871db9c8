// Supervision (测评考核) on the demo: the city's disclosure office has the example indicator system for this quarter,
// a quarterly round over 东湖县 with two manual scores and two issues for 青石乡, and a daily check (devtools/demo.py).
// The supervisor sees the systems, builds one from the example (the service's 422 beside the field), scores in the
// round's grid (someone scoring the same cell first is told), and reads the results with their charts; the township
// answers an issue with a file as evidence, and the supervisor returns it.
import { afterEach, describe, expect, test } from 'vitest'
import { baseUrl, closeSession, openSession, screenshot, type Session } from '../support/browser'
import { agencyId, token } from '../support/api'
import { LoginPage } from '../pages/console'
import { IssuePage, IssuesPage, ResultsPage, RoundPage, SystemsPage } from '../pages/assessments'

let s: Session | null = null
afterEach(async ({ task }) => {
  await closeSession(s, task)
  s = null
})

const API = '/api/v1/statistics/assessments'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
// codes that must never reach the screen (the dictionaries' words are shown instead)
const CODES = /\b(issue_raised|attribute_unmarked|handover|township|government|department|quarterly|automatic|manual|inspection|publication_timeliness|policy_without_interpretation|answered|returned)\b/

async function api<T>(method: string, path: string, bearer: string, body?: unknown): Promise<T> {
  const resp = await fetch(`${baseUrl()}${path}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
  })
  if (!resp.ok) throw new Error(`${method} ${path}: ${resp.status} ${await resp.text()}`)
  return (await resp.json()) as T
}

/** The demo's quarterly round of the city (the one over 东湖县). */
async function demoRound(bearer: string): Promise<{ id: number; name: string }> {
  const page = await api<{ items: Array<{ id: number; name: string; kind: string; owner_agency_name: string }> }>('GET', `${API}/rounds?size=100`, bearer)
  const round = page.items.find((r) => r.kind === 'quarterly' && r.owner_agency_name === '江城市人民政府')
  if (!round) throw new Error('the demo has no quarterly round')
  return round
}

describe('supervision (测评考核)', () => {
  test('the city supervisor: the example system, a new one from it with the sums checked, the round\'s grid, the results', { timeout: 180_000 }, async () => {
    const root = baseUrl()
    const supervisorToken = await token(root, 'city_supervisor')
    const round = await demoRound(supervisorToken)
    const chengguan = await agencyId(root, '东湖县城关镇人民政府')
    const qingshi = await agencyId(root, '东湖县青石乡人民政府')

    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('city_supervisor')
    expect(await shell.menuLabels()).toEqual(expect.arrayContaining(['测评考核', '指标体系', '测评轮次', '整改清单', '日常巡查', '自检自查报告']))
    await shell.openMenu('测评考核', '指标体系')
    const systems = new SystemsPage(s.page)
    await systems.idle()
    const example = systems.rows().filter({ hasText: '（示例）' }).filter({ hasText: '已启用' })
    await expect.poll(() => example.count()).toBeGreaterThan(0)
    expect(await example.first().innerText()).toContain('江城市人民政府')
    expect(await s.page.locator('body').innerText()).not.toMatch(CODES)
    await screenshot(s.page, 'assessment-systems')

    // a new system from the example: the running sums show a group that does not add up, the service's 422 goes
    // beside the group's score, and goes once it is put right
    const editor = await systems.newFromExample()
    await expect.poll(() => editor.sum('2').innerText()).toBe('下级合计 40.00 / 40.00')
    await editor.setMaxScore('1.1', 6)
    await expect.poll(() => editor.sum('1').innerText()).toContain('下级合计 11.00 / 10.00')
    expect(await editor.sum('1').innerText()).toContain('不一致')
    await s.page.locator('[data-test=system-imbalance]').waitFor()
    await editor.save()
    const groupScore = editor.indicator('1').locator('> [data-test=indicator-error]')
    await expect.poll(() => groupScore.innerText()).toMatch(/^分值：下级指标分值合计 11(\.00)?，与本项分值 10(\.00)? 不一致/)
    expect(await editor.field('1', '分值').getAttribute('class')).toContain('is-error')
    expect(await s.page.getByRole('alert').first().innerText()).toContain('见下方')
    await s.page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(s.page, 'assessment-system-422')
    await editor.setMaxScore('1.1', 5)
    await expect.poll(() => groupScore.count()).toBe(0)
    await editor.save()
    await s.page.waitForURL(/\/console\/assessments\/systems\/\d+$/)
    await expect.poll(() => editor.status().innerText()).toBe('草稿')
    expect(await s.page.locator('[data-test=system-activate]').count()).toBe(1)

    // the round: exactly the workflow the service allows; the grid with what was measured
    const grid = await new RoundPage(s.page).open(round.id)
    expect(await grid.actions()).toEqual(['measure', 'close', 'raise-issue', 'lost-points'])
    await grid.cell(qingshi, '4.1').click()
    const details = s.page.locator('[data-test=cell-details]:visible')
    await expect.poll(() => details.innerText()).toContain('年度报告按期报送并发布')
    await s.page.keyboard.press('Escape')
    expect(await grid.cell(qingshi, '1.1').innerText()).toContain('3.00')

    // a manual score with a note and a web address
    let dialog = await grid.fillScore(chengguan, '1.2', 4, '本季度开展业务培训一次，有签到表。', 'https://example.gov.cn/donghu/chengguan/')
    await dialog.locator('[data-test=score-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => grid.cell(chengguan, '1.2').innerText()).toContain('4.00')

    // an inspector scores the same cell first: the supervisor is told, sees the other score, and decides again
    dialog = await grid.fillScore(chengguan, '5.1', 4, '重大决策预公开 2 件，均公布了意见采纳情况。')
    const inspector = await token(root, 'city_inspector')
    const seen = (await api<Array<{ indicator_code: string; version: number }>>('GET', `${API}/rounds/${round.id}/scores?agency_id=${chengguan}`, inspector))
      .find((c) => c.indicator_code === '5.1')
    await api('PUT', `${API}/rounds/${round.id}/scores`, inspector, {
      agency_id: chengguan, indicator_code: '5.1', score: 3, note: '抽查发现 1 件未公布采纳情况。', expected_version: seen?.version ?? 0,
    })
    await dialog.locator('[data-test=score-save]').click()
    const conflict = dialog.locator('[data-test=score-conflict]')
    await conflict.waitFor()
    expect(await conflict.innerText()).toContain('陈思（市政务公开办测评人员） 已先对此项评分（3.00 分）')
    await screenshot(s.page, 'assessment-score-conflict')
    await dialog.locator('[data-test=score-save]').click()
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => grid.cell(chengguan, '5.1').innerText()).toContain('4.00')
    await expect.poll(() => grid.total(chengguan).innerText()).toMatch(/\d+\.\d{2}/)
    expect(await s.page.locator('body').innerText()).not.toMatch(CODES)
    await s.page.locator('[data-test=score-grid] .el-table__body-wrapper .el-scrollbar__wrap').first().evaluate((el) => el.scrollTo(0, 0))
    await s.page.waitForTimeout(300)
    await screenshot(s.page, 'assessment-round-grid')

    // the results: a ranking per group, the totals chart, the issue types, the closure rate, the circular
    await s.page.locator('[data-test=round-results-link]').click()
    const results = new ResultsPage(s.page)
    await s.page.locator('[data-test=results-kpis]').waitFor()
    await expect.poll(() => s!.page.locator('[data-test=totals-chart] canvas').count()).toBeGreaterThan(0)
    await expect.poll(() => s!.page.locator('[data-test=issues-chart] canvas').count()).toBeGreaterThan(0)
    const townships = results.ranking('township')
    expect(await townships.locator('h2').innerText()).toBe('乡镇（街道）排名')
    expect(await townships.innerText()).toContain('东湖县青石乡人民政府')
    expect(await townships.innerText()).toContain('东湖县城关镇人民政府')
    expect(await s.page.locator('[data-test=closure-rate]').innerText()).toMatch(/%$/)
    await s.page.locator('[data-test=circular]').waitFor()
    expect(await s.page.locator('[data-test=circular]').innerText()).toContain('测评结果')
    expect(await s.page.locator('body').innerText()).not.toMatch(CODES)
    await s.page.waitForTimeout(800) // chart animation
    await screenshot(s.page, 'assessment-results')
    // the circular is drawn up once the round is closed: while it is open it is not offered, and the page says when
    await s.page.locator('[data-test=circular-open-hint]').waitFor()
    expect(await s.page.locator('[data-test=circular-docx]').count()).toBe(0)

    // closed by this supervisor: reviewing is left to someone else (only reopening is offered), the circular downloads
    const closing = await new RoundPage(s.page).open(round.id)
    await closing.act('close')
    await expect.poll(() => closing.status().innerText()).toBe('已关闭待审核')
    expect(await closing.actions()).toEqual(['reopen', 'raise-issue', 'lost-points'])
    await s.page.locator('[data-test=round-results-link]').click()
    await s.page.locator('[data-test=circular]').waitFor()
    const download = s.page.waitForEvent('download')
    await s.page.locator('[data-test=circular-docx]').click()
    expect((await download).suggestedFilename()).toMatch(/通报\.docx$/)
    // reopened, as the demo had it
    const reopening = await new RoundPage(s.page).open(round.id)
    await reopening.act('reopen')
    await expect.poll(() => reopening.status().innerText()).toBe('测评中')
  })

  test('the township answers an issue on its list with a file as evidence; the supervisor returns the answer', { timeout: 180_000 }, async () => {
    s = await openSession()
    const shell = await (await new LoginPage(s.page).open()).login('donghu_qingshi_clerk')
    // the notices of the issues raised for it
    const bell = s.page.locator('[data-test=notifications]')
    await expect.poll(() => bell.locator('.el-badge__content').innerText().catch(() => '0')).not.toBe('0')
    await bell.click()
    await expect.poll(() => s!.page.locator('[data-test=assessment-notice]:visible').count()).toBeGreaterThan(0)
    expect(await s.page.locator('[data-test=assessment-notice]:visible').first().innerText()).toMatch(/新的整改问题|整改答复被退回/)
    // the popover fades in: wait until it is fully shown
    await expect.poll(() => s!.page.locator('.el-popover:visible').evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
    await screenshot(s.page, 'assessment-township-notices')
    await s.page.keyboard.press('Escape')

    await shell.openMenu('测评考核', '本机关整改')
    const list = new IssuesPage(s.page)
    await list.idle()
    const row = list.row('部分文件未标注公开属性')
    await row.waitFor()
    expect(await row.innerText()).toMatch(/待整改|已退回重改/)
    expect(await list.row('政务公开专职人员调整后工作交接不到位').count()).toBe(1)
    // its own issues in figures: how many, rectified, overdue, by type
    await expect.poll(() => s!.page.locator('[data-test=issue-summary]').innerText()).toMatch(/共 2 个问题.*已整改 0 个/s)
    expect(await s.page.locator('body').innerText()).not.toMatch(CODES)
    await screenshot(s.page, 'assessment-township-list')

    await row.getByRole('link').first().click()
    const issue = await new IssuePage(s.page).ready()
    expect(await issue.offered()).toEqual(['answer'])
    await issue.answer('已对本季度印发的文件逐件补充认定并标注公开属性，拟文单已增加公开属性栏。', [
      { name: '整改后的发文稿纸.png', mimeType: 'image/png', buffer: PNG },
    ])
    await issue.expectStatus('已答复待审核')
    expect(await issue.offered()).toEqual([])
    const steps = s.page.locator('[data-test=issue-steps]')
    await expect.poll(() => steps.innerText()).toContain('答复整改情况')
    expect(await steps.innerText()).toContain('下载')
    expect(await s.page.locator('body').innerText()).not.toMatch(CODES)
    await screenshot(s.page, 'assessment-township-answered')
    const issueUrl = s.page.url()
    await s.close()

    // the supervisor sees the answer with its evidence and returns it
    s = await openSession()
    await (await new LoginPage(s.page).open()).login('city_supervisor')
    await s.page.goto(issueUrl.replace(/^https?:\/\/[^/]+/, ''))
    const review = await new IssuePage(s.page).ready()
    await review.expectStatus('已答复待审核')
    expect(await review.offered()).toEqual(['accept', 'return', 'cancel'])
    const download = s.page.waitForEvent('download')
    await s.page.locator('[data-test=issue-steps] [data-test=evidence-list] button').first().click()
    expect((await download).suggestedFilename()).toBe('整改后的发文稿纸.png')
    await review.decide('return', '请同时提供补充认定后的文件清单。')
    await review.expectStatus('已退回重改')
    await screenshot(s.page, 'assessment-issue-returned')
  })
})
