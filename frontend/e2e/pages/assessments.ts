// Page objects of supervision (测评考核): indicator systems, a round's score grid, its results, rectification lists.
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { ListPage, formItem } from './console'

/** Chooses `option` in the Element Plus select inside `scope` (a form item, or the select itself). */
export async function chooseOption(page: Page, scope: Locator, option: string): Promise<void> {
  await scope.locator('.el-select__wrapper').first().click()
  await page.locator('.el-select-dropdown:visible, .el-popper:visible').getByRole('option', { name: option, exact: true }).first().click()
}

/** 指标体系: the list, and the editor of one system. */
export class SystemsPage extends ListPage {
  async open(): Promise<this> {
    await this.page.goto('/console/assessments/systems')
    await this.idle()
    await this.page.locator('[data-test=system-list] .el-table__row, [data-test=system-list] .el-table__empty-text').first().waitFor()
    return this
  }

  /** 从示例新建 for a year and quarter: the editor, filled with the example. */
  async newFromExample(): Promise<SystemEditor> {
    await this.page.locator('[data-test=system-from-example]').click()
    await this.dialog('从示例新建').locator('[data-test=example-confirm]').click()
    const editor = new SystemEditor(this.page)
    await editor.ready()
    await expect.poll(() => editor.indicator('2.1').count()).toBe(1)
    return editor
  }
}

export class SystemEditor {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await this.page.locator('[data-test=system-title]').waitFor()
    await this.page.locator('[data-test^=indicator-]').first().waitFor()
    return this
  }

  /** The box of the indicator with this code (1, 2.1 …). */
  indicator(code: string): Locator {
    return this.page.locator(`[data-test="indicator-${code}"]`)
  }

  /** A field of an indicator's own row (not its children's), by its label. */
  field(code: string, label: string): Locator {
    return formItem(this.indicator(code).locator('> .row').first(), label)
  }

  async setMaxScore(code: string, value: number): Promise<void> {
    const input = this.field(code, '分值').locator('input')
    await input.fill(String(value))
    await input.blur()
  }

  /** The running sum of a group's children as shown beside it. */
  sum(code: string): Locator {
    return this.indicator(code).locator('> .row [data-test=indicator-sum]')
  }

  async save(): Promise<void> {
    await this.page.locator('[data-test=system-save]').click()
  }

  status(): Locator {
    return this.page.locator('[data-test=system-status]')
  }
}

/** 测评轮次: a round's status, workflow buttons and the agencies × indicators grid. */
export class RoundPage {
  constructor(readonly page: Page) {}

  async open(id: number | string): Promise<this> {
    await this.page.goto(`/console/assessments/rounds/${id}`)
    return this.ready()
  }

  async ready(): Promise<this> {
    await this.page.locator('[data-test=round-status]').waitFor()
    await this.page.locator('[data-test=score-grid] .el-table__row').first().waitFor()
    return this
  }

  /** The workflow buttons offered (round-<action>). */
  async actions(): Promise<string[]> {
    return this.page.locator('.actions [data-test^=round-]').evaluateAll((els) => els.map((e) => e.getAttribute('data-test')!.slice(6)))
  }

  status(): Locator {
    return this.page.locator('[data-test=round-status]')
  }

  /** Clicks a workflow button and confirms. */
  async act(action: 'measure' | 'close' | 'reopen' | 'review' | 'publish'): Promise<void> {
    await this.page.locator(`[data-test=round-${action}]`).click()
    const box = this.page.locator('.el-message-box:visible')
    await box.waitFor()
    await box.locator('.el-message-box__btns .el-button--primary').click()
    await box.waitFor({ state: 'hidden' })
  }

  cell(agencyId: number, code: string): Locator {
    return this.page.locator(`[data-test="cell-${agencyId}-${code}"]`).first()
  }

  total(agencyId: number): Locator {
    return this.page.locator(`[data-test="total-${agencyId}"]`).first()
  }

  scoreDialog(): Locator {
    return this.page.locator('[data-test=score-dialog]')
  }

  /** Opens a manual cell's dialog, gives a score with a note and a web address as evidence (not yet saved). */
  async fillScore(agencyId: number, code: string, score: number, note: string, url?: string): Promise<Locator> {
    await this.cell(agencyId, code).click()
    const dialog = this.scoreDialog()
    await dialog.waitFor()
    await dialog.locator('[data-test=score-input] input').fill(String(score))
    await dialog.locator('textarea[data-test=score-note]').fill(note)
    if (url) {
      await dialog.locator('[data-test=evidence-add-url]').click()
      await dialog.locator('input[data-test=evidence-url]').last().fill(url)
    }
    return dialog
  }
}

/** A round's results: KPIs, charts, a ranking table per group, the circular. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  async open(id: number | string): Promise<this> {
    await this.page.goto(`/console/assessments/rounds/${id}/results`)
    await this.page.locator('[data-test=results-kpis]').waitFor()
    return this
  }

  ranking(group: string): Locator {
    return this.page.locator(`[data-test=ranking-${group}]`)
  }
}

/** 整改清单 / 本机关整改, and one issue's page. */
export class IssuesPage extends ListPage {
  async open(mine: boolean): Promise<this> {
    await this.page.goto(mine ? '/console/assessments/my-issues' : '/console/assessments/issues')
    await this.idle()
    await this.page.locator('[data-test=issue-list] .el-table__row, [data-test=issue-list] .el-table__empty-text').first().waitFor()
    return this
  }
}

export class IssuePage {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await this.page.locator('[data-test=issue-status]').waitFor()
    return this
  }

  status(): Locator {
    return this.page.locator('[data-test=issue-status]')
  }

  async expectStatus(label: string): Promise<void> {
    await expect.poll(() => this.status().innerText(), { timeout: 20_000 }).toBe(label)
  }

  /** The steps the service allows now, as buttons (issue-<action>), and whether the answer form is there. */
  async offered(): Promise<string[]> {
    const buttons = await this.page.locator('.head [data-test^=issue-]').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-test')!.slice(6)).filter((a) => ['accept', 'return', 'cancel'].includes(a)))
    return (await this.page.locator('[data-test=issue-answer]').count()) ? ['answer', ...buttons] : buttons
  }

  /** Answers with a text and files uploaded as evidence (waits for the uploads), then sends it. */
  async answer(text: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    const form = this.page.locator('[data-test=issue-answer]')
    await form.locator('textarea[data-test=answer-text]').fill(text)
    if (files.length) {
      await form.locator('[data-test=evidence-file]').setInputFiles(files)
      await expect.poll(() => form.getByText('已上传').count(), { timeout: 20_000 }).toBe(files.length)
    }
    await form.locator('[data-test=answer-submit]').click()
  }

  /** Accept, return or cancel: the prompt's comment is typed and confirmed. */
  async decide(action: 'accept' | 'return' | 'cancel', comment?: string): Promise<void> {
    await this.page.locator(`[data-test=issue-${action}]`).click()
    const box = this.page.locator('.el-message-box:visible')
    await box.waitFor()
    if (comment) await box.locator('textarea, input').first().fill(comment)
    await box.locator('.el-message-box__btns .el-button--primary').click()
    await box.waitFor({ state: 'hidden' })
  }
}
