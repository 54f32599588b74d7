/**
 * The reader, as a reader uses it: scroll any pane and the others follow level, hover a sentence
 * and its counterparts light up, filter the variant marks, follow a link to a row, move by
 * keyboard, and meet a broken build file with a message rather than a blank page.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const PANES = ['zh-rmrb', 'zh-treaty', 'en'];

/** Top of row `row`'s element in each pane, relative to the viewport. */
async function rowTops(page: Page, row: number, panes = PANES) {
  return Promise.all(panes.map((id) => page.locator(`[data-pane="${id}"] .row[data-row="${row}"]`).evaluate((el) => el.getBoundingClientRect().top)));
}

/** The row at a pane's reading line (a third of the way down). */
async function rowAtReadingLine(page: Page, pane: string) {
  return page.locator(`[data-pane="${pane}"]`).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const y = box.top + el.clientHeight * 0.3;
    let best = 0;
    for (const row of el.querySelectorAll<HTMLElement>('[data-row]')) if (row.getBoundingClientRect().top <= y) best = Number(row.dataset.row);
    return best;
  });
}

/** scrollTop of each pane, sampled over a few animation frames. */
async function scrollTopsOverFrames(page: Page) {
  return page.evaluate(async (panes) => {
    const samples: number[][] = [];
    for (let k = 0; k < 6; k++) {
      await new Promise((r) => requestAnimationFrame(r));
      samples.push(panes.map((id) => document.querySelector<HTMLElement>(`[data-pane="${id}"]`)!.scrollTop));
    }
    return samples;
  }, PANES);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('scrolling any pane brings the same row level in the others, and stays still when input stops', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  await expect(page.locator('[data-pane]')).toHaveCount(3);
  for (const [k, id] of PANES.entries()) {
    const pane = page.locator(`[data-pane="${id}"]`);
    await expect(pane).toHaveAttribute('lang', ['zh-Hans', 'zh', 'en'][k]!);
    await pane.hover();
    await page.mouse.wheel(0, 700 + 300 * k);
    await expect.poll(async () => new Set(await Promise.all(PANES.map((p) => rowAtReadingLine(page, p)))).size).toBe(1);
    const row = await rowAtReadingLine(page, id);
    expect(row).toBeGreaterThan(1);
    const tops = await rowTops(page, row);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    const samples = await scrollTopsOverFrames(page);
    expect(new Set(samples.map((s) => s.join(','))).size).toBe(1);
  }
  await page.screenshot({ path: 'test-results/reader-scrolled.png' });

  // Flowing text keeps paragraphs; sync brings the same row to each reading line.
  await page.getByRole('button', { name: 'Flowing text' }).click();
  await expect(page).toHaveURL(/layout=flow/);
  await page.locator('[data-pane="en"]').hover();
  await page.mouse.wheel(0, 900);
  await expect.poll(async () => new Set(await Promise.all(PANES.map((p) => rowAtReadingLine(page, p)))).size).toBe(1);

  // With sync off, one pane scrolls alone.
  await page.getByRole('button', { name: 'Sync on' }).click();
  const before = await page.locator('[data-pane="zh-rmrb"]').evaluate((el) => el.scrollTop);
  await page.locator('[data-pane="en"]').hover();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.locator('[data-pane="en"]').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await page.locator('[data-pane="zh-rmrb"]').evaluate((el) => el.scrollTop)).toBe(before);
});

test('hovering a sentence marks its counterparts; the keyboard moves the current row; a link restores the view', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  const english = page.locator('[data-pane="en"] .seg[data-row="11"]');
  await english.hover();
  const counterpart = page.locator('[data-pane="zh-treaty"] .seg[data-row="11"]');
  await expect.poll(() => counterpart.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  const unrelated = page.locator('[data-pane="zh-treaty"] .seg[data-row="12"]');
  expect(await unrelated.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');

  // Focusing a difference mark (Tab) marks its row too.
  await page.locator('[data-pane="zh-rmrb"] mark[data-variant="substantive"]').first().focus();
  await expect.poll(() => page.locator('[data-pane="en"] .seg[data-row="7"]').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

  await english.click();
  await expect(page.getByText('Row 11 of 45')).toBeVisible();
  await expect(page).toHaveURL(/row=11/);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/row=12/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/row=14/);
  await page.keyboard.press('k');
  await expect(page.getByText('Row 13 of 45')).toBeVisible();

  // A link with witnesses in another order and a row reopens that view.
  await page.goto('/?doc=mao-khrushchev-1958&w=en,zh-rmrb&row=30');
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  expect(await page.locator('[data-pane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pane')))).toEqual(['en', 'zh-rmrb']);
  await expect(page.getByText('Row 30 of 45')).toBeVisible();
  await page.getByRole('button', { name: 'Move English translation right' }).click();
  expect(await page.locator('[data-pane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pane')))).toEqual(['zh-rmrb', 'en']);
  await expect(page).toHaveURL(/w=zh-rmrb,en/);
});

test('variant marks: the legend filters them, a mark opens its details, next substantive moves there', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  const script = page.locator('mark[data-variant="script"]');
  const substantive = page.locator('mark[data-variant="substantive"]');
  await expect(script.first()).toBeVisible();
  expect(await script.count()).toBeGreaterThan(300);
  expect(await substantive.count()).toBe(12);
  await page.getByRole('button', { name: /^script 201/ }).click();
  await expect(script).toHaveCount(0);
  expect(await substantive.count()).toBe(12);
  await expect(page.locator('mark[data-variant="numeral"]')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/reader-filtered.png' });

  await page.getByRole('button', { name: 'Next substantive ›' }).click();
  await expect(page.getByText('Row 7 of 45')).toBeVisible();
  await page.locator('[data-pane="zh-rmrb"] mark[data-variant="substantive"]').first().click();
  const details = page.getByRole('complementary', { name: 'Difference' });
  await expect(details).toContainText('substantive');
  await expect(details).toContainText('U+5229');
  await expect(details).toContainText('U+6797');

  // The moved date line is linked to its other place.
  await page.locator('[data-pane="zh-treaty"] [data-goto-row="45"]').click();
  await expect(page.getByText('Row 45 of 45')).toBeVisible();
});

test('a document with one witness has one pane; a corrupt document file is named in an alert', async ({ page }) => {
  await page.goto('/?doc=prc-dprk-1958');
  await expect(page.locator('[data-pane]')).toHaveCount(1);
  await expect(page.locator('[data-pane="zh-treaty"]')).toHaveAttribute('aria-label', /Treaty database/);

  await page.route('**/doc-cpsu-letter-1963-11.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "cpsu-letter-1963-11", "witnesses": "oops"}' }));
  await page.getByRole('link', { name: /苏共中央一九六三年十一月二十九日给中共中央的信/ }).click();
  await expect(page.getByRole('alert')).toContainText('doc-cpsu-letter-1963-11.json');
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
});

test('accessibility: no serious or critical axe violations, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?doc=mao-khrushchev-1958');
    await expect(page.locator('[data-pane]')).toHaveCount(3);
    await page.screenshot({ path: `test-results/reader-${scheme}.png` });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  }
});
