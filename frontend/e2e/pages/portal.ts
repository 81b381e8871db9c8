// Page objects of the citizen portal.
import type { Locator, Page } from 'playwright-core'

export class PortalHome {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/')
    await this.page.getByRole('heading', { level: 1, name: '政府信息公开' }).waitFor()
    await this.page.locator('.agency-group').first().waitFor()
    return this
  }

  nav(): Locator {
    return this.page.locator('nav.portal-nav')
  }

  largeTextButton(): Locator {
    return this.page.locator('[data-test=large-text]')
  }

  async horizontalOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  }
}

export class DirectoryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/directory')
    await this.page.getByRole('heading', { level: 1, name: '政府电话簿' }).waitFor()
    await this.page.locator('.entry').first().waitFor()
    return this
  }

  async find(name: string): Promise<void> {
    await this.page.getByLabel('按名称查找机关').fill(name)
    await this.page.getByRole('button', { name: '查询' }).click()
    await this.page.waitForLoadState('networkidle')
  }

  entries(): Locator {
    return this.page.locator('.entry')
  }
}

export class AgencyGuidePage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  contact(): Locator {
    return this.page.locator('.contact')
  }
}

/** A portal form field by its label: the control and the error message announced with it. */
export function portalField(page: Page, label: string): { input: Locator; error: Locator } {
  const field = page.locator('.pf').filter({ has: page.locator(`label.pf-label:text-is("${label}")`) })
  return { input: field.locator('input, select, textarea').first(), error: field.locator('.pf-error') }
}
