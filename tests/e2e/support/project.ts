/** A small project made in the page (the communiqué, GBK Chinese and UTF-8 English), and IndexedDB reached from the test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { encodeGbk } from './gbk.ts';

const communique = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/build/doc-mao-khrushchev-1958.json'), 'utf8')) as { witnesses: { id: string; text: string }[] };
export const textOf = (id: string) => communique.witnesses.find((w) => w.id === id)!.text;

/** Align the communiqué in `page`; the new project's id, once it is saved. */
export async function makeProject(page: Page): Promise<string> {
  await page.goto('/?new');
  await page.getByLabel('File for the chinese text').setInputFiles({ name: 'zh.txt', mimeType: 'text/plain', buffer: encodeGbk(textOf('zh-rmrb')) });
  await page.getByLabel('File for the english translation').setInputFiles({ name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(textOf('en'), 'utf8') });
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page).toHaveURL(/\?project=/, { timeout: 30_000 });
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  return new URL(page.url()).searchParams.get('project')!;
}

/** Confirm row `row` (as numbered on the page) and wait until the page says what became of it. */
export async function confirmRow(page: Page, row: number) {
  await page.locator(`[data-pane="zh"] .seg[data-row="${row}"]`).first().click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.locator(`[data-pane="zh"] .row[data-row="${row}"]`)).toHaveClass(/confirmed/);
}

/** The saved project's data, read straight from IndexedDB. */
export const savedData = (page: Page, id: string) =>
  page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onsuccess = () => {
          const get = open.result.transaction('projects').objectStore('projects').get(key);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );

/** Bring two to four Chinese texts of one work on the import page (text A first) and align them. */
export async function alignChineseTexts(page: Page, texts: readonly { readonly name: string; readonly text: string }[]) {
  await page.goto('/?new');
  await page.getByRole('radio', { name: /Chinese texts of one work/ }).check();
  for (const [k, { name, text }] of texts.entries()) {
    await page.getByLabel(`File for the chinese text ${'abcd'[k]}`).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  }
  await page.getByRole('button', { name: 'Align the texts' }).click();
}
