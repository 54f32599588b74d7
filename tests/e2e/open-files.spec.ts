/**
 * Several files from one chooser: texts fill the places in order; aligned files and project files
 * each open as a project, one file's problem named without stopping the others. And Shift+click
 * in the reader marks rows, unless the user has started selecting text, which it then extends.
 */
import { expect, test } from '@playwright/test';
import { encodeGbk } from './support/gbk.ts';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

test('two texts chosen at once fill the Chinese and the English places, in order', async ({ page }) => {
  await page.goto('/?new');
  await page.getByLabel('File for the chinese text').setInputFiles([file('lunyu.txt', '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？'), file('legge.txt', 'Is it not pleasant to learn? Is it not delightful to have friends coming from distant quarters?')]);
  await expect(page.getByText('lunyu.txt', { exact: true })).toBeVisible();
  await expect(page.getByText('legge.txt', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page).toHaveURL(/\?project=/, { timeout: 30_000 });
  await expect(page.locator('[data-pane="en"]')).toContainText('friends coming from distant quarters');
});

test('aligned files chosen at once each open as a project; a broken one is named and the others still open', async ({ page }) => {
  await page.goto('/?new');
  await page.getByLabel('Project file').setInputFiles([
    { name: 'primer.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('早上好。\tGood morning.\n谢谢。\tThank you.\n') },
    { name: 'broken.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('你好。\tHello.\n再见。\n') },
    { name: 'numbers.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('一。\tOne.\n二。\tTwo.\n') },
  ]);
  await expect(page).toHaveURL(/\?project=/);
  const notice = page.locator('.editor-notice[role="status"]');
  await expect(notice).toContainText('Opened 2 of 3 files as projects: primer.tsv, numbers.tsv.');
  await expect(notice).toContainText('broken.tsv, line 2: expected 2 columns, found 1');
  await expect(page.locator('[data-pane="en"]')).toContainText('Two.');
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('link', { name: /primer/ })).toBeVisible();
  await expect(library.getByRole('link', { name: /numbers/ })).toBeVisible();
});

test('Shift+click marks rows when no text is selected, and extends a text selection the user started', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  const en = (row: number) => page.locator(`[data-pane="en"] .seg[data-row="${row}"]`).first();
  await en(3).click();
  await en(5).click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/rows=3-5/);
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');
  await page.getByRole('button', { name: 'Rows 3–5 ×' }).click();
  await expect(page).not.toHaveURL(/rows=/);

  // the user drags across some words of row 3, then Shift+clicks in row 5 to take the text up to there
  const box = (await en(3).boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 8, { steps: 5 });
  await page.mouse.up();
  expect((await page.evaluate(() => window.getSelection()?.toString() ?? '')).length).toBeGreaterThan(3);
  await en(5).click({ modifiers: ['Shift'] });
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected).toContain('Premier of the State Council');
  await expect(page).not.toHaveURL(/rows=/);
});

test('an aligned TSV in GB18030 (as a spreadsheet saves it) opens with its Chinese intact; a bad byte in one is named, line and all', async ({ page }) => {
  await page.goto('/?new');
  await page.getByLabel('Project file').setInputFiles({ name: 'primer-gbk.tsv', mimeType: 'text/tab-separated-values', buffer: encodeGbk('早上好。\tGood morning.\n谢谢你。\tThank you.\n') });
  await expect(page).toHaveURL(/\?project=/);
  await expect(page.locator('[data-pane="zh"]')).toContainText('谢谢你。');

  await page.goto('/?new');
  const bad = Buffer.concat([Buffer.from('早上好。\tGood morning.\n谢谢'), Buffer.from([0xff]), Buffer.from('。\tThank you.\n')]);
  await page.getByLabel('Project file').setInputFiles({ name: 'primer-bad.tsv', mimeType: 'text/tab-separated-values', buffer: bad });
  await expect(page).toHaveURL(/\?project=/);
  await expect(page.locator('.editor-notice[role="status"]')).toContainText(/primer-bad\.tsv: invalid UTF-8 at byte \d+ \(line 2\), read as U\+FFFD/);
  await expect(page.locator('[data-pane="zh"]')).toContainText('谢谢\uFFFD。');
});
