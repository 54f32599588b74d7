/**
 * The classroom tools, as a teacher and students use them with the communiqué: hide the English
 * and reveal it row by row, pinyin on and off, a word's dictionary card, its counterparts in the
 * row, a note that survives a reload, a link to a range of rows, and the printed handout (rendered
 * to PDF by Chromium).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';

const DOC = '/?doc=mao-khrushchev-1958';
const background = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('hide the English, reveal it row by row, all at once, and hide it again', async ({ page }) => {
  await page.goto(DOC);
  const en = page.locator('[data-pane="en"]');
  await expect(en).toContainText('From July 31 to August 3, 1958');
  await (await openMenu(page, 'Study')).getByRole('checkbox', { name: 'English translation' }).check();
  await closeMenu(page);
  await expect(page).toHaveURL(/hidden=en/);
  // hidden means not in the page: blank lines to write on instead
  await expect(en).not.toContainText('From July 31');
  await expect(en.locator('.seg[data-row="2"]')).toHaveClass(/concealed/);
  await page.getByRole('button', { name: 'Reveal row 2' }).click();
  await expect(en.locator('.seg[data-row="2"]')).toContainText('From July 31 to August 3, 1958');
  await expect(en.locator('.seg[data-row="3"]').first()).toHaveClass(/concealed/);
  // the keyboard: the current row, then r
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="3"]').click();
  await page.keyboard.press('r');
  await expect(en.locator('.seg[data-row="3"]').first()).toContainText('The Chinese side');
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Reveal all' }).click();
  await expect(en.locator('.concealed')).toHaveCount(0);
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Hide all' }).click();
  await closeMenu(page);
  await expect(en).not.toContainText('From July 31');
  await page.screenshot({ path: 'test-results/classroom-hidden.png' });
});

test('pinyin above the Chinese, on and off', async ({ page }) => {
  await page.goto(DOC);
  const title = page.locator('[data-pane="zh-rmrb"] .seg[data-row="1"]');
  await expect(title.locator('ruby')).toHaveCount(0);
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Pinyin' }).click();
  await closeMenu(page);
  await expect(title.locator('rt').first()).toHaveText('máo');
  expect(await title.locator('rt').allInnerTexts()).toEqual(['máo', 'zé', 'dōng', 'hé', 'hè', 'lǔ', 'xiǎo', 'fū', 'huì', 'tán', 'gōng', 'bào']);
  await expect(page).toHaveURL(/pinyin=on/);
  // the ruby sits above the characters: the base text is unchanged
  await expect(title).toHaveText(/毛.*泽.*东/s);
  await page.screenshot({ path: 'test-results/classroom-pinyin.png' });
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Pinyin' }).click();
  await expect(title.locator('ruby')).toHaveCount(0);
  await expect(title).toHaveText('毛泽东和赫鲁晓夫会谈公报');
});

test('a word: its dictionary card, and its counterparts in the row both ways', async ({ page }) => {
  await page.goto(DOC);
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Words' }).click();
  await closeMenu(page);
  // 会谈 in the title is cut in two parts by the mark on 谈 (会談 in the treaty text): each part is the word
  const talks = page.locator('[data-pane="zh-rmrb"] .seg[data-row="1"] .w[data-w="会谈"]').first();
  await talks.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('会谈');
  await expect(card).toContainText('huì tán');
  await expect(card).toContainText('會談'); // the traditional form beside the simplified
  await expect(card).toContainText('talks');

  // 赫鲁晓夫 in row 2 lights "Khrushchev" in the English of row 2, and nothing in row 3
  const name = page.locator('[data-pane="zh-rmrb"] .seg[data-row="2"] .w[data-w="赫鲁晓夫"]').first();
  await name.hover();
  await expect(card).toContainText('Nikita Khrushchev');
  const khrushchev = page.locator('[data-pane="en"] .seg[data-row="2"] .w[data-s="khrushchev"]').first();
  await expect.poll(() => background(khrushchev)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await background(page.locator('[data-pane="en"] .seg[data-row="2"] .w[data-s="beij"]').first())).toBe('rgba(0, 0, 0, 0)');
  await page.screenshot({ path: 'test-results/classroom-word.png' });

  // the reverse: "talks" in the English lights 会谈 in the Chinese of its row
  await page.locator('[data-pane="en"] .seg[data-row="2"] .w[data-s="talk"]').first().hover();
  await expect.poll(() => background(page.locator('[data-pane="zh-rmrb"] .seg[data-row="2"] .w[data-w="会谈"]').first())).not.toBe('rgba(0, 0, 0, 0)');

  // from the keyboard: w steps through the current row's words, each with its card
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="3"]').click();
  await page.keyboard.press('w');
  await expect(card).toContainText('中国');
  await page.keyboard.press('w');
  await expect(card).toContainText('方面');
  await page.keyboard.press('Shift+W');
  await expect(card).toContainText('中国');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);

  // a tap pins the card; Escape closes it
  await talks.click();
  await page.mouse.move(5, 5);
  await expect(card).toContainText('huì tán');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('a note on a row is kept over a reload, shown in its row and printed', async ({ page }) => {
  await page.goto(DOC);
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="5"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 5' }).fill('陈毅: Chen Yi — look at how the title is ordered.');
  await page.getByRole('button', { name: 'Save note' }).click();
  const marker = page.locator('[data-pane="zh-rmrb"] [data-note-row="5"]');
  await expect(marker).toBeVisible();
  await page.reload();
  await expect(marker).toHaveAttribute('title', 'Note: 陈毅: Chen Yi — look at how the title is ordered.');
  await marker.click();
  await expect(page.getByRole('textbox', { name: 'Note on row 5' })).toHaveValue('陈毅: Chen Yi — look at how the title is ordered.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const download = page.waitForEvent('download');
  await (await openMenu(page, 'Share')).getByRole('button', { name: 'Export with notes' }).click();
  const tsv = readFileSync((await (await download).path())!, 'utf8').split('\n');
  expect(tsv[0]).toBe('row\tzh-rmrb\tzh-treaty\ten\tnote');
  expect(tsv[5]).toMatch(/^5\t国务院副总理兼外交部长陈毅，\t.*\tVice Premier .*Chen Yi,\t陈毅: Chen Yi — look at how the title is ordered\.$/);
  await page.goto(`${DOC}&handout`);
  await expect(page.locator('.handout-note')).toContainText(['陈毅: Chen Yi — look at how the title is ordered.']);
});

test('a link to a range of rows opens the same view with the rows marked', async ({ page, context }) => {
  await page.goto(DOC);
  await page.locator('[data-pane="en"] .seg[data-row="3"]').first().click();
  await page.locator('[data-pane="en"] .seg[data-row="6"]').first().click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/rows=3-6/);
  await expect(page).toHaveURL(/row=3/);
  const link = page.url();
  const other = await context.newPage();
  await other.setViewportSize({ width: 1400, height: 900 });
  await other.goto(link);
  await expect(other.getByText('Row 3 of 45')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Rows 3–6 ×' })).toBeVisible();
  const marked = (row: number) => other.locator(`[data-pane="zh-treaty"] .row[data-row="${row}"]`).evaluate((el) => getComputedStyle(el).boxShadow);
  await expect.poll(() => marked(4)).toContain('inset');
  expect(await marked(8)).not.toContain('-3px');
});

test('the handout: the chosen texts as columns with row numbers, a hidden text as lines to write on; printed to PDF', async ({ page }) => {
  await page.goto(`${DOC}&w=zh-rmrb,en&hidden=en&rows=1-12&handout`);
  const table = page.locator('.handout-table');
  await expect(table.locator('thead th')).toHaveText(['#', "People's Daily, 4 Aug 1958", 'English translation']);
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await expect(table).not.toContainText('From July 31');
  expect(await table.locator('tbody tr').nth(1).locator('.ruled-line').count()).toBeGreaterThan(3);
  await page.getByRole('checkbox', { name: 'Pinyin' }).check();
  await expect(table.locator('[data-ready] rt, rt').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout-options')).toBeHidden();
  await page.screenshot({ path: 'test-results/handout-print.png', fullPage: true });
  const pdf = await page.pdf({ path: 'test-results/handout.pdf', format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (readFileSync('test-results/handout.pdf', 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
});
