// Page objects for requests: the portal's application form and tracking page, the console's case detail.
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { portalField } from './portal'

/** An 18-character resident ID number with its GB 11643 check character. */
export function residentId(first17 = '11010519491231002'): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

/** A date `offsetDays` from today in Beijing (Node's own zone and date play no part: the platform's dates are Beijing
 * dates, and the browser under test runs on UTC). */
export function isoDate(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const [y, m, d] = today.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10)
}

export class ApplyPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/apply')
    await this.page.getByRole('heading', { level: 1, name: '政府信息公开申请' }).waitFor()
    await this.page.locator('#ap-agency option:not([disabled])').first().waitFor({ state: 'attached' })
    return this
  }

  field(label: string) {
    return portalField(this.page, label)
  }

  async submit(): Promise<void> {
    await this.page.locator('[data-test=apply-submit]').click()
  }

  async codes(): Promise<{ number: string; queryCode: string }> {
    await this.page.locator('[data-test=query-code]').waitFor()
    return {
      number: (await this.page.locator('[data-test=application-number]').innerText()).trim(),
      queryCode: (await this.page.locator('[data-test=query-code]').innerText()).trim(),
    }
  }
}

export class TrackPage {
  constructor(readonly page: Page) {}

  async open(number: string, queryCode: string): Promise<this> {
    await this.page.goto('/track')
    await portalField(this.page, '申请编号').input.fill(number)
    await portalField(this.page, '查询码').input.fill(queryCode)
    await this.page.locator('[data-test=track-submit]').click()
    await this.page.locator('article.case').first().waitFor()
    return this
  }

  status(): Promise<string> {
    return this.page.locator('[data-test=case-status]').first().innerText()
  }
}

export class CaseDetailPage {
  constructor(readonly page: Page) {}

  async open(id: string): Promise<this> {
    await this.page.goto(`/console/cases/${id}`)
    await this.page.locator('.head h1').waitFor()
    return this
  }

  status(): Promise<string> {
    return this.page.locator('.head .facts .el-tag').first().innerText()
  }

  async expectStatus(label: string): Promise<void> {
    await expect.poll(() => this.status()).toBe(label)
  }

  dueOn(): Promise<string> {
    return this.page.locator('[data-test=due-on]').innerText()
  }

  /** Runs a workflow action through its dialog: fills the given fields (by label) and confirms. */
  async act(action: string, values: Record<string, string> = {}, selects: Record<string, string> = {}): Promise<void> {
    await this.page.locator(`[data-test=action-${action}]`).click()
    const dialog = this.page.locator('.el-dialog:visible')
    await dialog.waitFor()
    for (const [label, value] of Object.entries(values)) await dialog.getByLabel(label, { exact: true }).fill(value)
    for (const [label, option] of Object.entries(selects)) {
      await dialog.locator('.el-form-item').filter({ has: this.page.locator(`.el-form-item__label:text-is("${label}")`) }).locator('.el-select__wrapper').click()
      await this.page.locator('.el-select-dropdown__item:visible').filter({ hasText: option }).first().click()
    }
    await dialog.locator('[data-test=action-confirm]').click()
    await dialog.waitFor({ state: 'hidden' })
  }

  letters(): Locator {
    return this.page.locator('ul.letters li')
  }
}

/** Opens a case from the console's case list, found by its number or by its application's number. */
export async function openCaseByNumber(page: Page, number: string): Promise<CaseDetailPage> {
  await page.goto('/console/cases')
  const form = page.locator('.search-form')
  await form.locator('#cs-q').fill(number)
  await form.getByRole('button', { name: '查询' }).click()
  const link = page.locator('.el-table__row a').filter({ hasText: number }).first()
  await link.waitFor()
  await link.click()
  await page.locator('.head h1').waitFor()
  return new CaseDetailPage(page)
}

/** The keys of the workflow actions the case page offers the signed-in user (data-test=action-<key>). */
export async function offeredCaseActions(page: Page): Promise<string[]> {
  const buttons = page.locator('button[data-test^=action-]:visible:not([data-test=action-confirm])')
  const keys = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-test')!.slice('action-'.length)))
  return [...new Set(keys)]
}

/** The workbench's inbox card: applications submitted online or by a partner platform awaiting confirmation. */
export class InboxCard {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/console')
    await this.root().waitFor()
    return this
  }

  root(): Locator {
    return this.page.locator('[data-test=inbox]')
  }

  row(number: string): Locator {
    return this.root().locator('.el-table__row').filter({ hasText: number })
  }

  /** Opens the case detail of the waiting application `number` from its row. */
  async confirmFrom(number: string): Promise<CaseDetailPage> {
    await this.row(number).locator('[data-test=inbox-open]').click()
    await this.page.locator('.head h1').waitFor()
    return new CaseDetailPage(this.page)
  }
}

/** The console's notification bell and its popover of unread notices. */
export class NotificationBell {
  constructor(readonly page: Page) {}

  unread(): Promise<string> {
    return this.page.locator('[data-test=notifications] .el-badge__content').innerText()
  }

  async open(): Promise<Locator> {
    await this.page.locator('[data-test=notifications]').click()
    const list = this.page.locator('.el-popover:visible ul.list')
    await list.waitFor()
    return list
  }

  notice(list: Locator, text: string): Locator {
    return list.locator('li').filter({ hasText: text })
  }
}
