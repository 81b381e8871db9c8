// Page objects of the catalog: the console's entry editor, entry page and review queue; the portal's search and
// entry page.
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { ListPage, formItem } from './console'

export class EntryEditor {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await this.page.locator('[data-test=ef-title]').waitFor()
    return this
  }

  field(label: string): Locator {
    return formItem(this.page.locator('.entry-form'), label)
  }

  error(label: string): Locator {
    return this.field(label).locator('.el-form-item__error')
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).locator('input, textarea').first().fill(value)
  }

  async date(label: string, value: string): Promise<void> {
    const input = this.field(label).locator('input').first()
    await input.fill(value)
    await input.press('Enter')
  }

  async keywords(...words: string[]): Promise<void> {
    const input = this.field('关键词').locator('input').first()
    for (const w of words) {
      await input.fill(w)
      await input.press('Enter')
    }
  }

  /** Picks a theme by the name of its (second-level) category in the tree select. */
  async theme(name: string): Promise<void> {
    await this.field('主题分类').locator('.el-select__wrapper').click()
    const input = this.field('主题分类').locator('input').first()
    await input.fill(name)
    await this.page.locator('.el-tree-select__popper:visible .el-tree-node__content').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }).first().click()
  }

  async body(text: string): Promise<void> {
    const area = this.page.locator('[data-test=body-editor]')
    await area.click()
    await this.page.keyboard.type(text)
  }

  async saveDraft(): Promise<void> {
    await this.page.locator('[data-test=entry-save]').click()
    await this.page.locator('.el-message--success').first().waitFor()
  }

  /** Uploads one file and waits until it is listed among the attachments. */
  async attach(name: string, mimeType: string, content: Buffer): Promise<void> {
    await this.page.locator('[data-test=attachment-input]').setInputFiles({ name, mimeType, buffer: content })
    await this.page.locator('[data-test=attachment-list]').getByText(name).waitFor()
  }

  async submit(): Promise<void> {
    await this.page.locator('[data-test=entry-submit]').click()
  }
}

export class EntryDetail {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await this.page.locator('[data-test=entry-title]').waitFor()
    return this
  }

  status(): Locator {
    return this.page.locator('[data-test=entry-status]')
  }

  action(key: string): Locator {
    return this.page.locator(`[data-test=entry-action-${key}]`)
  }

  async actions(): Promise<string[]> {
    return (await this.page.locator('[data-test^=entry-action-]:not([data-test=entry-action-dialog]):not([data-test=entry-action-confirm])').allInnerTexts()).map((s) => s.trim())
  }

  dialog(): Locator {
    return this.page.locator('[data-test=entry-action-dialog]')
  }

  async confirm(): Promise<void> {
    await this.page.locator('[data-test=entry-action-confirm]').click()
  }

  async tab(name: string): Promise<void> {
    await this.page.locator('.el-tabs__item').filter({ hasText: name }).click()
  }

  metaValue(label: string): Locator {
    return this.page.locator('[data-test=entry-meta] .pair').filter({ has: this.page.locator(`dt:text-is("${label}")`) }).locator('dd')
  }
}

export class ReviewQueue extends ListPage {
  async open(): Promise<this> {
    await this.page.goto('/console/review')
    await this.page.locator('[data-test=review-queue]').waitFor()
    await this.idle()
    return this
  }
}

export class PortalSearch {
  constructor(readonly page: Page) {}

  async fromHome(q: string): Promise<this> {
    await this.page.goto('/')
    await this.page.getByRole('search').getByLabel('搜索政府信息').fill(q)
    await this.page.getByRole('search').getByRole('button', { name: '搜索' }).click()
    await this.page.getByRole('heading', { level: 1, name: '政府信息检索' }).waitFor()
    await this.results().first().waitFor()
    return this
  }

  results(): Locator {
    return this.page.locator('[data-test=search-results] > li')
  }

  result(title: string): Locator {
    return this.results().filter({ hasText: title })
  }

  heading(): Locator {
    return this.page.locator('#results-title')
  }
}

export class PublicEntryPage {
  constructor(readonly page: Page) {}

  async ready(): Promise<this> {
    await this.page.locator('[data-test=public-entry]').waitFor()
    return this
  }

  title(): Locator {
    return this.page.locator('[data-test=public-entry-title]')
  }

  meta(label: string): Locator {
    return this.page.locator('[data-test=entry-meta] .pair').filter({ has: this.page.locator(`dt:text-is("${label}")`) }).locator('dd')
  }

  async metaLabels(): Promise<string[]> {
    return this.page.locator('[data-test=entry-meta] dt').allInnerTexts()
  }
}

/** Waits until the text of `locator` matches. */
export async function textOf(locator: Locator, re: RegExp): Promise<string> {
  await expect.poll(() => locator.innerText(), { timeout: 15_000 }).toMatch(re)
  return locator.innerText()
}
