import { expect, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

export interface LetterPdf {
  pages: number;
  /** Page size in PDF points (1/72 in) of the first page. */
  size: [number, number];
  /** Each page's text, whitespace collapsed. */
  pageTexts: string[];
  text: string;
}

/** The referral letter page (letter.html). */
export class LetterPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string) {
    await page.goto(`chrome-extension://${extensionId}/letter.html`);
    return new LetterPage(page).ready();
  }

  async ready() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Referral letter and fax cover' })).toBeVisible();
    await expect(this.page.getByText(/The letter is \d+ pages? on/)).toBeVisible();
    return this;
  }

  async paper(size: 'Letter' | 'A4') {
    await this.page.getByLabel(size === 'A4' ? /^A4/ : /^US Letter/).check();
    await expect(this.page.getByText(new RegExp(`The letter is \\d+ pages? on ${size === 'A4' ? 'A4' : 'US Letter'}`))).toBeVisible();
  }

  async letterPages(): Promise<number> {
    const text = await this.page.getByText(/The letter is \d+ pages? on/).innerText();
    return Number(/The letter is (\d+)/.exec(text)![1]);
  }

  /** Prints to PDF as "Save as PDF" does, at the page's own @page size, and reads it back. */
  async pdf(): Promise<LetterPdf> {
    const bytes = await this.page.pdf({ preferCSSPageSize: true });
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(doc, { mergePages: false });
    const view = (await doc.getPage(1)).view;
    const pageTexts = text.map((t) => t.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim());
    return { pages: doc.numPages, size: [view[2]!, view[3]!], pageTexts, text: pageTexts.join(' ') };
  }
}
