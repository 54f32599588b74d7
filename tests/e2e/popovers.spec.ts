/**
 * Pop-ups stay beside what they describe: a difference's details next to its mark (never over
 * it, never over the row stepped to), the dictionary card next to its word; Escape, moving to
 * another row or a click elsewhere closes them.
 */
import { expect, test, type Locator } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function besideNotOver(panel: Locator, subject: Locator) {
  const [p, s] = [(await panel.boundingBox())!, (await subject.boundingBox())!];
  expect(overlap(p, s)).toBe(false);
  // next to it: within a few lines above or below
  expect(Math.min(Math.abs(p.y - (s.y + s.height)), Math.abs(s.y - (p.y + p.height)))).toBeLessThan(40);
}

for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
  test(`the details of a difference sit beside its mark, and close when the reader moves on (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/?doc=mao-khrushchev-1958&layout=rows');
    const details = page.getByRole('complementary', { name: 'Difference' });
    const mark = page.locator('[data-pane="zh-rmrb"] mark[data-variant="numeral"]').first();
    await mark.click();
    await expect(details).toBeVisible();
    await expect.poll(async () => overlap((await details.boundingBox())!, (await mark.boundingBox())!)).toBe(false);
    await besideNotOver(details, mark);
    // stepping with n: the panel follows to the next mark
    await (await openMenu(page, 'Differences')).getByRole('button', { name: 'Substantive only' }).click();
    await closeMenu(page);
    await page.keyboard.press('n');
    const open = page.locator('[data-pane="zh-rmrb"] mark[data-variant="substantive"]').first();
    await expect(details).toContainText('substantive');
    await expect.poll(async () => overlap((await details.boundingBox())!, (await open.boundingBox())!)).toBe(false);
    // nor over the tools (a panel flipped above its mark stops at the toolbar)
    expect(overlap((await details.boundingBox())!, (await page.locator('.toolbar').boundingBox())!)).toBe(false);
    await page.screenshot({ path: `test-results/details-${size.width}.png` });
    // another row chosen: it closes
    await page.keyboard.press('j');
    await expect(details).toHaveCount(0);
    // Escape closes it, and so does a click elsewhere
    await page.keyboard.press('n');
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await page.keyboard.press('p');
    await expect(details).toBeVisible();
    await page.locator('.document-header h2').click();
    await expect(details).toHaveCount(0);
  });
}

test('the dictionary card sits beside its word, not over it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?doc=mao-khrushchev-1958');
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Words' }).click();
  await closeMenu(page);
  // a word low in the window, where a card below it would not fit
  const pane = page.locator('[data-pane="zh-rmrb"]');
  const words = pane.locator('.w[data-w]');
  await expect(words.first()).toBeVisible({ timeout: 30_000 });
  const low = await words.evaluateAll((els) => els.findIndex((el) => el.getBoundingClientRect().top > window.innerHeight - 90 && el.getBoundingClientRect().bottom < window.innerHeight));
  const word = low >= 0 ? words.nth(low) : words.first();
  await word.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect.poll(async () => overlap((await card.boundingBox())!, (await word.boundingBox())!)).toBe(false);
  const box = (await card.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(768);
});
