// Page objects of the staff console.
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'

export const DEMO_PASSWORD = 'Demo@2026'
export const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD ?? 'Admin@2026'

/** The form item (label + control + error line) whose label is `label`. */
export function formItem(scope: Page | Locator, label: string): Locator {
  const page = 'page' in scope && typeof scope.page === 'function' ? (scope as Locator).page() : (scope as Page)
  return scope.locator('.el-form-item').filter({ has: page.locator(`.el-form-item__label:text-is("${label}")`) })
}

/** The validation message Element Plus shows under the field labelled `label`. */
export function fieldError(scope: Page | Locator, label: string): Locator {
  return formItem(scope, label).locator('.el-form-item__error')
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/console/login')
    await this.page.getByRole('heading', { name: '工作人员登录' }).waitFor()
    return this
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<ConsoleShell> {
    await this.page.getByLabel('用户名').fill(username)
    await this.page.getByLabel('密码', { exact: true }).fill(password)
    await this.page.locator('[data-test=login-submit]').click()
    const shell = new ConsoleShell(this.page)
    await shell.ready()
    return shell
  }

  /** Submits and expects to stay on the login page with a problem shown. */
  async loginFails(username: string, password: string): Promise<string> {
    await this.page.getByLabel('用户名').fill(username)
    await this.page.getByLabel('密码', { exact: true }).fill(password)
    await this.page.locator('[data-test=login-submit]').click()
    const alert = this.page.getByRole('alert')
    await alert.waitFor()
    return (await alert.innerText()).trim()
  }
}

export class ConsoleShell {
  constructor(readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.locator('.console-menu').waitFor()
    await this.page.locator('[data-test=user-menu]').waitFor()
  }

  /** Texts of every menu entry the user can see (groups expanded). */
  async menuLabels(): Promise<string[]> {
    const menu = this.page.locator('.console-menu')
    const closed = menu.locator('.el-sub-menu:not(.is-opened) > .el-sub-menu__title')
    for (let n = await closed.count(); n > 0; n = await closed.count()) {
      await closed.first().click()
      await expect.poll(() => closed.count()).toBe(n - 1)
    }
    return (await menu.locator('.el-menu-item, .el-sub-menu__title').allInnerTexts()).map((s) => s.trim())
  }

  async openMenu(group: string | null, item: string): Promise<void> {
    const menu = this.page.locator('.console-menu')
    if (group) {
      const sub = menu.locator('.el-sub-menu').filter({ has: this.page.locator(`.el-sub-menu__title:has-text("${group}")`) })
      if (!(await sub.evaluate((el) => el.classList.contains('is-opened')))) await sub.locator('.el-sub-menu__title').click()
    }
    await menu.locator('.el-menu-item').filter({ hasText: new RegExp(`^\\s*${item}\\s*$`) }).click()
  }

  breadcrumb(): Locator {
    return this.page.locator('.el-breadcrumb')
  }

  async logout(): Promise<void> {
    await this.page.locator('[data-test=user-menu]').click()
    await this.page.locator('[data-test=logout]').click()
    await this.page.getByRole('heading', { name: '工作人员登录' }).waitFor()
  }
}

/** A console list page: search form above the table, server-side pagination below it. */
export class ListPage {
  constructor(readonly page: Page) {}

  table(): Locator {
    return this.page.locator('.page-card .el-table').first()
  }

  rows(): Locator {
    return this.table().locator('.el-table__body-wrapper tr.el-table__row')
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text })
  }

  async total(): Promise<number> {
    const text = await this.page.locator('.el-pagination__total').innerText()
    return Number(/\d+/.exec(text)?.[0] ?? NaN)
  }

  async search(label: string, value: string): Promise<void> {
    await this.page.locator('.search-form').getByLabel(label).fill(value)
    await this.page.locator('.search-form').getByRole('button', { name: '查询' }).click()
    await this.idle()
  }

  async idle(): Promise<void> {
    await this.page.waitForLoadState('networkidle')
    await expect.poll(() => this.page.locator('.el-loading-mask:visible').count()).toBe(0)
  }

  dialog(title: string): Locator {
    return this.page.locator('.el-dialog').filter({ has: this.page.locator(`.el-dialog__title:text-is("${title}")`) })
  }
}

/** Chooses an agency in the tree select of the form item labelled `label`. */
export async function pickAgency(page: Page, scope: Locator, label: string, agency: string): Promise<void> {
  await formItem(scope, label).locator('.el-select__wrapper').click()
  await page.locator('.el-tree-select__popper:visible').getByRole('option', { name: agency, exact: true }).click()
}

/** The console's annual report page: status, the submit / accept / return / publish buttons, the history. */
export class ReportPage {
  constructor(readonly page: Page) {}

  async open(id: number | string): Promise<this> {
    await this.page.goto(`/console/reports/${id}`)
    return this.ready()
  }

  async ready(): Promise<this> {
    await this.page.locator('[data-test=report-status]').waitFor()
    return this
  }

  /** The report's id, from the address of the page. */
  id(): string {
    return /\/console\/reports\/(\d+)/.exec(this.page.url())?.[1] ?? ''
  }

  status(): Locator {
    return this.page.locator('[data-test=report-status]')
  }

  /** A workflow button: save, submit, accept, return or publish. */
  action(key: 'save' | 'submit' | 'accept' | 'return' | 'publish'): Locator {
    return this.page.locator(`[data-test=report-${key}]`)
  }

  /** Clicks a workflow button; accept and return ask for a comment, which is typed and confirmed. */
  async act(key: 'submit' | 'accept' | 'return' | 'publish', comment?: string): Promise<void> {
    await this.action(key).click()
    if (key === 'accept' || key === 'return') {
      const box = this.page.locator('.el-message-box:visible')
      await box.waitFor()
      if (comment) await box.locator('textarea, input').first().fill(comment)
      await box.locator('.el-message-box__btns .el-button--primary').click()
      await box.waitFor({ state: 'hidden' })
    }
  }

  async expectStatus(label: string): Promise<void> {
    await expect.poll(() => this.status().innerText(), { timeout: 20_000 }).toBe(label)
  }

  /** Creates a report from the report list's 新建年度报告 dialog and returns its page. */
  static async create(page: Page, agency: string, year: number, scope: '本机关' | '本级及下级汇总' = '本机关'): Promise<ReportPage> {
    await page.goto('/console/reports')
    const list = new ListPage(page)
    await list.idle()
    await page.locator('[data-test=report-new]').click()
    const dialog = list.dialog('新建年度报告')
    await pickAgency(page, dialog, '机关', agency)
    await dialog.getByLabel('年度').fill(String(year))
    await dialog.getByText(scope, { exact: true }).click()
    await dialog.locator('[data-test=report-create]').click()
    await page.waitForURL(/\/console\/reports\/\d+/)
    return new ReportPage(page).ready()
  }
}
