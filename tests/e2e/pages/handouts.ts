import { expect, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfSummary {
  pages: number;
  /** All text, whitespace collapsed and line-end hyphens joined, for plain `toContain` checks. */
  text: string;
  /** Each page's text, whitespace collapsed. */
  pageTexts: string[];
}

/** The handouts print page. */
export class HandoutsPage {
  constructor(readonly page: Page) {}

  async ready() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Patient handouts' })).toBeVisible();
    return this;
  }

  checkedTitles(): Promise<string[]> {
    return this.page.locator('.picker input:checked').evaluateAll((els) =>
      els.map((el) => el.closest('label')!.querySelector('span')!.firstChild!.textContent!.trim()));
  }

  async setFirstName(name: string) { await this.page.getByLabel(/first name/).fill(name); }

  /** Renders the page to PDF exactly as "Save as PDF" would, and reads it back. */
  async pdf(format: 'Letter' | 'A4'): Promise<PdfSummary> {
    const bytes = await this.page.pdf({ format });
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    const tidy = (t: string) => t.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ');
    const { text } = await extractText(doc, { mergePages: false });
    const pageTexts = (text as string[]).map(tidy);
    return { pages: doc.numPages, text: pageTexts.join(' '), pageTexts };
  }
}
