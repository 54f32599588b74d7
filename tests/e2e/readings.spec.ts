/**
 * Readings a teacher can trust: pinyin legible (at least half the character's size, one syllable
 * over each character, syllables apart) at every text size and on a phone; a character's card with
 * every reading; a teacher's correction of a reading in a project, kept over a reload.
 */
import { expect, test, type Page } from '@playwright/test';

const DOC = '/?doc=mao-khrushchev-1958&pinyin=on';

/** Each pinyin syllable of the first rows of a pane, measured: its size, its character, its box. */
async function measurePinyin(page: Page, pane: string) {
  const rows = page.locator(`[data-pane="${pane}"] .seg[data-row="2"] rt`);
  await expect(rows.first()).toBeVisible();
  return page.locator(`[data-pane="${pane}"]`).evaluate((el) => {
    const rubies = [...el.querySelectorAll('.seg[data-row="1"] ruby, .seg[data-row="2"] ruby, .seg[data-row="3"] ruby')];
    return rubies.map((ruby) => {
      const rt = ruby.querySelector('rt')!;
      const base = [...ruby.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      // the syllable's own letters, not its box's padding
      const range = document.createRange();
      range.selectNodeContents(rt);
      const box = range.getBoundingClientRect();
      return { base, syllable: rt.textContent ?? '', rtSize: parseFloat(getComputedStyle(rt).fontSize), baseSize: parseFloat(getComputedStyle(ruby).fontSize), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    });
  });
}

type Measured = Awaited<ReturnType<typeof measurePinyin>>;

function expectLegible(measured: Measured) {
  expect(measured.length).toBeGreaterThan(40);
  for (const m of measured) {
    // one Han character under each syllable, and one syllable (no spaces) over it
    expect([...m.base]).toHaveLength(1);
    expect(m.base).toMatch(/\p{Script=Han}/u);
    expect(m.syllable).toMatch(/^\p{L}+$/u);
    expect(m.rtSize).toBeGreaterThanOrEqual(0.5 * m.baseSize);
  }
  // syllables side by side on one line never overlap: between the letters of two, a visible gap
  let pairs = 0;
  for (let k = 1; k < measured.length; k++) {
    const a = measured[k - 1]!;
    const b = measured[k]!;
    if (Math.abs(a.top - b.top) > 1) continue; // a new line
    pairs++;
    expect(b.left, `${a.syllable} | ${b.syllable}`).toBeGreaterThanOrEqual(a.right + 2);
  }
  expect(pairs).toBeGreaterThan(30);
}

for (const size of [0.85, 1, 1.7]) {
  test(`pinyin at text size ${size}: at least half the character, one syllable a character, syllables apart`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.addInitScript((s) => localStorage.setItem('duizhao.text-size', String(s)), size);
    await page.goto(DOC);
    const measured = await measurePinyin(page, 'zh-rmrb');
    expectLegible(measured);
  });
}

test('pinyin on a phone, interlinear: legible and syllables apart', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(DOC);
  await expect(page.locator('[data-pane="interlinear"]')).toBeVisible();
  const measured = await measurePinyin(page, 'interlinear');
  expectLegible(measured.filter((m) => m.base !== ''));
});
