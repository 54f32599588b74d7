/**
 * The handout's options, as a teacher sets them for a lesson: which texts print, the English hidden
 * as lines to write on with an answer key after a page break (printed to PDF by Chromium, and looked
 * at), pinyin, a row range, the notes column only where there are notes; all kept in the URL, so a
 * reload or a link gives the same handout, and what the URL says wrongly is ignored.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const DOC = '/?doc=mao-khrushchev-1958';
const ROW_2_ENGLISH = 'From July 31 to August 3, 1958';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
});

const pdfPages = async (page: Page, path: string) => {
  await page.pdf({ path, format: 'A4', printBackground: true });
  return (readFileSync(path, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
};

test('the English hidden as lines to write on, an answer key after a page break; printed to PDF; kept over a reload', async ({ page }) => {
  await page.goto(`${DOC}&w=zh-rmrb,en&rows=1-6&handout`);
  const options = page.getByRole('form', { name: 'Handout options' });
  const main = page.locator('.handout-main');
  await expect(main.locator('tbody tr')).toHaveCount(6);
  await expect(main).toContainText(ROW_2_ENGLISH);
  expect(await pdfPages(page, 'test-results/handout-shown.pdf')).toBe(1);

  await options.getByRole('checkbox', { name: 'Hide English translation: lines to write on' }).check();
  await options.getByRole('checkbox', { name: /Answer key/ }).check();
  await expect(page).toHaveURL(/hhide=en/);
  await expect(page).toHaveURL(/key=on/);
  // the main page: the Chinese, and lines where the English was
  await expect(main).not.toContainText(ROW_2_ENGLISH);
  await expect(main).toContainText('从1958年7月31日到8月3日');
  expect(await main.locator('tbody tr').nth(1).locator('.ruled-line').count()).toBeGreaterThanOrEqual(3);
  // the key: the English, under its heading, on a page of its own
  const key = page.locator('.answer-key');
  await expect(key.getByRole('heading', { name: 'Answer key' })).toBeVisible();
  await expect(key.locator('tbody tr')).toHaveCount(6);
  await expect(key).toContainText(ROW_2_ENGLISH);
  await expect(key).not.toContainText('从1958年7月31日');

  await page.emulateMedia({ media: 'print' });
  await expect(options).toBeHidden();
  expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  expect(await main.innerText()).not.toContain(ROW_2_ENGLISH);
  await page.screenshot({ path: 'test-results/handout-key-print.png', fullPage: true });
  // six rows fit one page; the key is the second
  expect(await pdfPages(page, 'test-results/handout-key.pdf')).toBe(2);

  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(page.locator('.handout-main')).not.toContainText(ROW_2_ENGLISH);
  await expect(page.locator('.answer-key')).toContainText(ROW_2_ENGLISH);
  await expect(page.getByRole('checkbox', { name: /Answer key/ })).toBeChecked();
});

test('the texts printed, pinyin and the rows are chosen in the panel and carried by the link', async ({ page, context }) => {
  await page.goto(`${DOC}&handout`);
  const options = page.getByRole('form', { name: 'Handout options' });
  const main = page.locator('.handout-main');
  await expect(main.locator('thead th')).toHaveCount(4);
  await options.getByRole('checkbox', { name: /Print .*treaty/i }).uncheck();
  await expect(main.locator('thead th')).toHaveText(['#', "People's Daily, 4 Aug 1958", 'English translation']);
  await options.getByRole('spinbutton', { name: 'from' }).fill('3');
  await options.getByRole('spinbutton', { name: 'to' }).fill('9');
  await expect(main.locator('tbody tr')).toHaveCount(7);
  await expect(main.locator('tbody tr').first().locator('td').first()).toHaveText('3');
  await expect(page.getByText('rows 3–9 of 45')).toBeVisible();
  // a range back to front is not taken, and says why
  await options.getByRole('spinbutton', { name: 'to' }).fill('2');
  await expect(options.getByRole('status')).toContainText('Rows go from 1 to 45');
  await expect(main.locator('tbody tr')).toHaveCount(7);
  await options.getByRole('spinbutton', { name: 'to' }).fill('9');
  await options.getByRole('checkbox', { name: 'Pinyin' }).check();
  await expect(main.locator('rt').first()).toBeVisible();
  await expect(page).toHaveURL(/htexts=zh-rmrb,en&.*hpinyin=on&hrows=3-9/);

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator('.handout-main thead th')).toHaveText(['#', "People's Daily, 4 Aug 1958", 'English translation']);
  await expect(other.locator('.handout-main tbody tr')).toHaveCount(7);
  await expect(other.locator('.handout-main rt').first()).toBeVisible();
  // back to the reader: the view it was made from, without the handout's options
  const back = await other.getByRole('link', { name: 'Back to the reader' }).getAttribute('href');
  expect(back).toBe('?doc=mao-khrushchev-1958');
});

test('the notes column is printed only when a printed row has a note', async ({ page }) => {
  await page.goto(`${DOC}&w=zh-rmrb,en&handout`);
  await expect(page.locator('.handout-main tbody tr')).toHaveCount(45);
  await expect(page.locator('.handout-main th.handout-notes')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Notes/ })).toHaveAccessibleName(/none in these rows/);

  await page.goto(DOC);
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="5"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 5' }).fill('Chen Yi: see his two titles.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('[data-pane="zh-rmrb"] [data-note-row="5"]')).toBeVisible();

  await page.goto(`${DOC}&w=zh-rmrb,en&handout`);
  await expect(page.locator('.handout-main th.handout-notes')).toHaveText('Notes');
  await expect(page.locator('.handout-main tbody tr').nth(4).locator('.handout-note')).toHaveText('Chen Yi: see his two titles.');
  // rows without the note: no column
  await page.goto(`${DOC}&w=zh-rmrb,en&handout&hrows=6-12`);
  await expect(page.locator('.handout-main tbody tr')).toHaveCount(7);
  await expect(page.locator('.handout-main th.handout-notes')).toHaveCount(0);
  await expect(page.locator('.handout-main .handout-note')).toHaveCount(0);
});

test('handout options the URL gives wrongly are ignored, the handout printed as the view is', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${DOC}&w=zh-rmrb,en&hidden=en&handout&htexts=nope,,&hhide=&key=maybe&hpinyin=sideways&hrows=9-3`);
  const main = page.locator('.handout-main');
  await expect(main.locator('thead th')).toHaveText(['#', "People's Daily, 4 Aug 1958", 'English translation']);
  await expect(main.locator('tbody tr')).toHaveCount(45);
  await expect(main).not.toContainText(ROW_2_ENGLISH);
  await expect(page.locator('.answer-key')).toHaveCount(0);
  await page.goto(`${DOC}&handout&hrows=40-4000`);
  await expect(page.locator('.handout-main tbody tr')).toHaveCount(6);
  expect(errors).toEqual([]);
});
