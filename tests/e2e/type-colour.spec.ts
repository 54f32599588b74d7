/**
 * Type and colour: every difference mark's line keeps 3:1 contrast against every row background
 * (plain, hovered, current) and its own fill, light and dark; traditional text is set in a
 * traditional face; the text size steps and is remembered; copying copies the text only.
 */
import { expect, test, type Page } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';
import { alignChineseTexts } from './support/project.ts';

const DOC = '/?doc=mao-khrushchev-1958';
const KINDS = ['script', 'variant', 'numeral', 'punctuation', 'moved', 'substantive'] as const;

/** For each kind, a mark put in `rowSelector`'s first sentence: its line (colour, whether drawn) and its fill. */
async function markLines(page: Page, rowSelector: string) {
  return page.evaluate(
    ({ rowSelector, kinds }) => {
      const seg = document.querySelector(`${rowSelector} .seg`)!;
      return kinds.map((kind) => {
        const mark = document.createElement('mark');
        mark.dataset.variant = kind;
        mark.textContent = '字';
        seg.append(mark);
        const style = getComputedStyle(mark);
        const out = { kind, line: style.textDecorationColor, drawn: style.textDecorationLine.includes('underline'), fill: style.backgroundColor };
        mark.remove();
        return out;
      });
    },
    { rowSelector, kinds: KINDS },
  );
}

/** The colour behind a row: its own background, else the pane's. */
async function rowBackground(page: Page, rowSelector: string) {
  return page.evaluate((rowSelector) => {
    let el: Element | null = document.querySelector(rowSelector);
    while (el) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      el = el.parentElement;
    }
    return 'rgb(255, 255, 255)';
  }, rowSelector);
}

function luminance(css: string): number {
  const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(x: string, y: string): number {
  const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (a! + 0.05) / (b! + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every kind of mark stands out 3:1 on every row background (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(DOC);
    // row 2 current, row 3 hovered, row 4 plain
    await page.locator('[data-pane="en"] .seg[data-row="2"]').click();
    await page.locator('[data-pane="en"] .seg[data-row="3"]').first().hover();
    for (const row of [2, 3, 4]) {
      const selector = `[data-pane="zh-rmrb"] .row[data-row="${row}"]`;
      const background = await rowBackground(page, selector);
      for (const m of await markLines(page, selector)) {
        expect(m.drawn, `${m.kind} mark has a line`).toBe(true);
        expect(contrast(m.line, background), `${m.kind} line ${m.line} on row ${row} ${background}`).toBeGreaterThanOrEqual(3);
        expect(contrast(m.line, m.fill), `${m.kind} line ${m.line} on its fill ${m.fill}`).toBeGreaterThanOrEqual(3);
      }
    }
    await page.screenshot({ path: `test-results/marks-${scheme}.png` });
  });
}

test('copying a selection copies the text, a row to a line, without row numbers or what only a screen reader hears', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(DOC);
  await expect(page.locator('[data-pane="zh-rmrb"] .row[data-row="4"]')).toBeVisible();
  const copied = await page.evaluate(() => {
    const pane = document.querySelector('[data-pane="zh-rmrb"]')!;
    const range = document.createRange();
    range.setStartBefore(pane.querySelector('.row[data-row="2"]')!);
    range.setEndAfter(pane.querySelector('.row[data-row="4"]')!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    let text = '';
    document.addEventListener('copy', (e) => (text = e.clipboardData!.getData('text/plain')), { once: true });
    document.execCommand('copy');
    return text;
  });
  const rows = await Promise.all([2, 3, 4].map((r) => page.locator(`[data-pane="zh-rmrb"] .row[data-row="${r}"] .seg`).allTextContents()));
  expect(copied).toBe(rows.map((segs) => segs.join('').trim()).join('\n'));
  expect(copied).not.toMatch(/^\d|\n\d|Row \d/u);
});

test('the text size steps with A− and A+, is remembered, and the panes stay level', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(DOC);
  const seg = page.locator('[data-pane="zh-rmrb"] .seg[data-row="2"]');
  const size = () => seg.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  const layout = await openMenu(page, 'Layout');
  await layout.getByRole('button', { name: 'Larger text' }).click();
  await layout.getByRole('button', { name: 'Larger text' }).click();
  await expect(layout.getByRole('group', { name: 'Text size' })).toContainText('120%');
  await closeMenu(page);
  expect(await size()).toBeCloseTo(before * 1.2, 0);
  // counterparts still start level, row by row
  const tops = () => Promise.all(['zh-rmrb', 'zh-treaty', 'en'].map((id) => page.locator(`[data-pane="${id}"] .row[data-row="3"]`).evaluate((el) => el.getBoundingClientRect().top)));
  await expect.poll(async () => { const t = await tops(); return Math.max(...t) - Math.min(...t); }).toBeLessThanOrEqual(2);
  await page.reload();
  expect(await size()).toBeCloseTo(before * 1.2, 0);
  await (await openMenu(page, 'Layout')).getByRole('button', { name: 'Smaller text' }).click();
  await expect(page.getByRole('group', { name: 'Text size' })).toContainText('110%');
});

test('a traditional text is set in a traditional face, a simplified one in a simplified face', async ({ page }) => {
  const traditional = '其後，國家發展經濟，人民團結，學習進步。\n雙方認為會談是有益的。\n';
  const simplified = '其后，国家发展经济，人民团结，学习进步。\n双方认为会谈是有益的。\n';
  await alignChineseTexts(page, [
    { name: 'a.txt', text: traditional },
    { name: 'b.txt', text: simplified },
  ]);
  const face = (id: string) => page.locator(`[data-pane="${id}"] .seg`).first().evaluate((el) => getComputedStyle(el).fontFamily);
  await expect(page.locator('[data-pane="zh-a"]')).toHaveAttribute('lang', 'zh-Hant', { timeout: 30_000 });
  expect(await face('zh-a')).toMatch(/^"?Noto Serif CJK TC/);
  await expect(page.locator('[data-pane="zh-b"]')).toHaveAttribute('lang', 'zh-Hans');
  expect(await face('zh-b')).toMatch(/^"?Noto Serif CJK SC/);
});

test('the same reader open in two tabs: a text size set in one reaches the other', async ({ page, context }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(DOC);
  const other = await context.newPage();
  await other.setViewportSize({ width: 1366, height: 768 });
  await other.goto(DOC);
  const size = (p: Page) => p.locator('[data-pane="zh-rmrb"] .seg[data-row="2"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size(other);
  await (await openMenu(page, 'Layout')).getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(() => size(other)).toBeCloseTo(before * 1.1, 0);
});
