/**
 * The text first, on every screen: at a desktop, a laptop, a phone held either way and 200 % zoom
 * (a 1280×720 window at 200 % is 640×360 CSS pixels), the panes take most of the window's height
 * on load, row 1's text is in view without scrolling the page, and the toolbar is one line. A phone
 * reads interlinear by default; the desktop can ask for it. The menus open beside their button,
 * inside the window, and close with Escape or a click elsewhere.
 */
import { expect, test, type Page } from '@playwright/test';
import { openMenu } from './support/reader.ts';
import { makeProject } from './support/project.ts';

const DOC = '/?doc=mao-khrushchev-1958';

const SCREENS = [
  { width: 1280, height: 720, least: 0.75 },
  { width: 1366, height: 768, least: 0.75 },
  { width: 1440, height: 900, least: 0.75 },
  { width: 390, height: 844, least: 0.7 },
  { width: 844, height: 390, least: 0.6 },
  { width: 640, height: 360, least: 0.55 },
] as const;

/** How much of the window's height the panes (or the interlinear column) fill, and whether the page itself scrolls. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const panes = [...document.querySelectorAll('[data-pane]')].map((p) => p.getBoundingClientRect());
    const top = Math.max(0, Math.min(...panes.map((r) => r.top)));
    const bottom = Math.min(window.innerHeight, Math.max(...panes.map((r) => r.bottom)));
    const first = document.querySelector('[data-pane] .seg[data-row="1"]')!.getBoundingClientRect();
    const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
    return {
      fraction: (bottom - top) / window.innerHeight,
      pageScrolls: document.scrollingElement!.scrollHeight > window.innerHeight + 1,
      rowOneInView: first.top >= 0 && first.top < window.innerHeight - 20 && first.height > 0,
      toolbarHeight: toolbar.height,
    };
  });
}

for (const screen of SCREENS) {
  test(`${screen.width}×${screen.height}: the panes fill at least ${Math.round(screen.least * 100)}% of the height, row 1 in view`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(DOC);
    await expect(page.locator('[data-pane] .seg[data-row="1"]').first()).toBeVisible();
    const m = await measure(page);
    expect(m.fraction).toBeGreaterThanOrEqual(screen.least);
    expect(m.pageScrolls).toBe(false);
    expect(m.rowOneInView).toBe(true);
    // one line of tools (a narrow one scrolls sideways rather than wrapping)
    expect(m.toolbarHeight).toBeLessThan(48);
    await page.screenshot({ path: `test-results/screen-${screen.width}x${screen.height}.png` });
  });
}

test('a phone reads interlinear by default: each row the Chinese, its English, then the other Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(DOC);
  const column = page.locator('[data-pane="interlinear"]');
  await expect(column).toBeVisible();
  await expect(page.locator('[data-pane]')).toHaveCount(1);
  const row2 = column.locator('.interlinear-row[data-row="2"] .interlinear-cell');
  await expect(row2).toHaveCount(3);
  expect(await row2.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-witness')))).toEqual(['zh-rmrb', 'en', 'zh-treaty']);
  await expect(row2.nth(1)).toContainText('From July 31 to August 3, 1958');
  await expect(row2.nth(1)).toHaveAttribute('lang', 'en');
  // the differences are marked in it as in the panes
  await expect(column.locator('mark[data-variant="numeral"]').first()).toBeVisible();
  // a tap on a sentence makes its row current
  await column.locator('.interlinear-cell[data-witness="en"] .seg[data-row="3"]').first().click();
  await expect(page.getByText('Row 3 of 45')).toBeVisible();
});

test('the desktop asks for interlinear in the Layout menu, and the link keeps it; aligned rows come back', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(DOC);
  await expect(page.locator('[data-pane]')).toHaveCount(3);
  await (await openMenu(page, 'Layout')).getByRole('button', { name: 'Interlinear' }).click();
  await expect(page).toHaveURL(/layout=interlinear/);
  await expect(page.locator('[data-pane="interlinear"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-pane="interlinear"]')).toBeVisible();
  // scrolling the one column keeps rows whole and in order
  await page.locator('[data-pane="interlinear"]').hover();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.locator('[data-pane="interlinear"]').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  const rows = await page.locator('[data-pane="interlinear"] .interlinear-row').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))));
  expect(rows).toEqual([...rows].sort((x, y) => x - y));
  await page.screenshot({ path: 'test-results/interlinear-desktop.png' });
  await (await openMenu(page, 'Layout')).getByRole('button', { name: 'Aligned rows' }).click();
  await expect(page.locator('[data-pane]')).toHaveCount(3);
});

test('a menu opens inside the window beside its button, and closes with Escape (focus back) or a click elsewhere', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${DOC}&layout=rows`);
  const share = page.getByRole('group', { name: 'Reader tools' }).getByRole('button', { name: 'Share', exact: true });
  await share.scrollIntoViewIfNeeded();
  const panel = await openMenu(page, 'Share');
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(share).toBeFocused();
  await openMenu(page, 'Share');
  await page.locator('.document-header h2').click();
  await expect(page.getByRole('group', { name: 'Share', exact: true })).toHaveCount(0);
});

test.describe('on a real phone (mobile viewport)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('nothing is wider than the screen, so the page is not zoomed out', async ({ page }) => {
    for (const layout of ['interlinear', 'rows', 'flow']) {
      await page.goto(`${DOC}&layout=${layout}`);
      await expect(page.locator('[data-pane]').first()).toBeVisible();
      // an overflowing element widens a phone's layout viewport, and everything shrinks to fit it
      expect(await page.evaluate(() => [window.innerWidth, document.scrollingElement!.scrollWidth])).toEqual([390, 390]);
    }
  });
});

test('a project on a phone: the editor keeps to two lines, the panes most of the screen', async ({ page }) => {
  test.setTimeout(60_000);
  await makeProject(page);
  for (const [width, height, least] of [[390, 844, 0.6], [844, 390, 0.3], [1366, 768, 0.6]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${page.url().split('?')[0]}?project=${new URL(page.url()).searchParams.get('project')}&layout=rows`);
    await expect(page.locator('[data-pane]').first()).toBeVisible();
    const editor = (await page.getByRole('region', { name: 'Correct the alignment' }).boundingBox())!;
    expect(editor.height, `editor at ${width}×${height}`).toBeLessThan(height < 500 ? 90 : width < 800 ? 90 : 200);
    const m = await measure(page);
    expect(m.fraction, `panes at ${width}×${height}`).toBeGreaterThanOrEqual(least);
    expect(m.pageScrolls).toBe(false);
  }
});
