/**
 * Find in the document: `/` reaches the field; a simplified query finds the traditional witness,
 * in rows far from the view; k of N; Enter and Shift+Enter step round, each match brought into
 * view with its counterparts level; Escape clears. `?` lists the keys.
 */
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('find: every row, script and case set aside, k of N, Enter and Shift+Enter, Escape', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  await expect(page.locator('[data-pane]')).toHaveCount(3);
  // no row chosen yet: find starts from the top
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(field).toBeFocused();
  // 赫鲁晓夫 (simplified) is 赫魯曉夫 in the treaty database: both are found
  await field.fill('赫鲁晓夫');
  const count = page.locator('.find-count');
  await expect(count).toHaveText(/^1 of \d+$/);
  const total = Number((await count.textContent())!.split(' of ')[1]);
  // a match cut by a difference mark (魯 against 鲁) is marked in its parts, inside the difference's mark
  const treatyTitle = page.locator('[data-pane="zh-treaty"] .seg[data-row="1"] mark[data-find]');
  await expect.poll(async () => (await treatyTitle.allTextContents()).join('')).toBe('赫魯晓夫'); // the treaty transcription mixes its scripts
  await expect(page.locator('[data-pane="zh-treaty"] .seg[data-row="1"] mark[data-variant] mark[data-find]')).toHaveText('魯');
  const rmrbTitle = page.locator('[data-pane="zh-rmrb"] .seg[data-row="1"] mark[data-find]');
  expect((await rmrbTitle.allTextContents()).join('')).toBe('赫鲁晓夫');
  expect(total).toBeGreaterThanOrEqual(4);
  // Enter steps on; each match is brought into view, and the other panes follow
  await field.press('Enter');
  await expect(count).toHaveText(`2 of ${total}`);
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(count).toHaveText(`${total} of ${total}`);
  const current = page.locator('mark[data-find="current"]');
  // the current match, in its parts, is in one sentence of one pane, in view
  expect(new Set(await current.evaluateAll((els) => els.map((el) => `${el.closest('[data-witness]')!.getAttribute('data-witness')}/${el.closest('[data-seg]')!.getAttribute('data-seg')}`))).size).toBe(1);
  await expect(current.first()).toBeInViewport();
  const row = await current.first().evaluate((el) => el.closest('[data-row]')!.getAttribute('data-row'));
  await expect(page).toHaveURL(new RegExp(`row=${row}\\b`));

  // English: without case; a row far down (not rendered at first) is found and brought in
  await field.fill('SECURITY');
  await expect(count).toHaveText(/of/);
  await expect(page.locator('[data-pane="en"] mark[data-find="current"]').first()).toBeInViewport();
  await expect(page.locator('[data-pane="en"] mark[data-find="current"]').first()).toHaveText(/security/i);

  await field.fill('没有这样的话');
  await expect(count).toHaveText('no match');
  await field.press('Escape');
  await expect(field).toHaveValue('');
  await expect(page.locator('mark[data-find]')).toHaveCount(0);
  // Ctrl+F reaches it too, the browser's own find is not what opens
  await page.locator('[data-pane="zh-rmrb"]').click();
  await page.keyboard.press('Control+f');
  await expect(field).toBeFocused();
});

test('? lists every key; Escape closes the list', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  await page.locator('[data-pane="en"]').click();
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keys' });
  await expect(keys).toBeVisible();
  await expect(keys).toContainText('next / previous difference of the kinds shown');
  await expect(keys).toContainText('find in the document');
  await page.keyboard.press('Escape');
  await expect(keys).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('find is reached on the sideways toolbar, and a match far down is brought into the interlinear column', async ({ page }) => {
    // after the file's beforeEach, which sets a desktop window
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?doc=mao-khrushchev-1958');
    await expect(page.locator('[data-pane="interlinear"]')).toBeVisible();
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Find in document' });
    await expect(field).toBeFocused();
    await expect(field).toBeInViewport();
    await field.fill('于北京');
    await expect(page.locator('.find-count')).toHaveText(/^1 of \d+$/);
    const current = page.locator('[data-pane="interlinear"] mark[data-find="current"]').first();
    await expect(current).toBeInViewport();
    const row = Number(await current.evaluate((el) => el.closest('[data-row]')!.getAttribute('data-row')));
    // far below the rows in the page on opening (the first three or four)
    expect(row).toBeGreaterThan(20);
  });
});
