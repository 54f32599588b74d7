/**
 * Readings a teacher can trust: pinyin legible (at least half the character's size, one syllable
 * over each character, syllables apart) at every text size and on a phone; a character's card with
 * every reading; a teacher's correction of a reading in a project, kept over a reload.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';
import { alignChineseTexts, savedData } from './support/project.ts';

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

const ANALECTS = '學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？';
const ANALECTS_SIMPLIFIED = '学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？';

async function studyButton(page: Page, name: 'Pinyin' | 'Words') {
  await (await openMenu(page, 'Study')).getByRole('button', { name, exact: true }).click();
  await closeMenu(page);
}

test("a character's card: every reading with its glosses; a longer word's card: its characters' readings", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?doc=mao-khrushchev-1958');
  await studyButton(page, 'Words');
  const card = page.getByRole('tooltip');
  await page.locator('[data-pane="zh-rmrb"] .w[data-w="和"]').first().hover();
  // 和: hé "and", hè "to join in the singing", hú (mahjong), huó, huò: CC-CEDICT's every reading
  for (const reading of ['hé', 'hè', 'hú', 'huó', 'huò']) await expect(card.locator('.card-pinyin', { hasText: new RegExp(`^${reading}$`) }).first()).toBeVisible();
  await expect(card).toContainText('to join in the singing');
  // its own readings first; an old variant form's entry and the surname after them
  await expect(card.locator('.card-entries > div').first()).toContainText('and; together with');
  await expect(card.locator('.card-entries > div').last()).toContainText(/variant of|surname/);
  await page.locator('[data-pane="zh-rmrb"] .w[data-w="举行"]').first().hover();
  await expect(card).toContainText('jǔ xíng');
  await expect(card.locator('.card-characters')).toContainText('行 háng, héng, xíng');
});

test('a classical text: the teacher reads 說 as yuè, here and then everywhere; kept over a reload, undone and redone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await alignChineseTexts(page, [
    { name: '論語.txt', text: ANALECTS },
    { name: '论语.txt', text: ANALECTS_SIMPLIFIED },
  ]);
  const pane = page.locator('[data-pane="zh-a"]');
  await expect(pane).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await studyButton(page, 'Pinyin');
  await studyButton(page, 'Words');
  const shuo = pane.locator('.w[data-w="說"]').first();
  await expect(shuo.locator('rt')).toHaveText('shuō', { timeout: 30_000 });
  await shuo.click();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('to persuade'); // shuì, CC-CEDICT's other reading
  await expect(card).toContainText('Also read yuè');
  await card.getByRole('button', { name: 'Correct the reading…' }).click();
  await card.getByRole('button', { name: 'yuè', exact: true }).click();
  await expect(shuo.locator('rt')).toHaveText('yuè');
  await expect(card).toContainText('the teacher’s reading here');
  // the other text's 说 is another place: still pinyin-pro's reading
  await expect(page.locator('[data-pane="zh-b"] .w[data-w="说"] rt').first()).toHaveText('shuō');
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  await page.reload();
  // the lesson's view comes back with the page: pinyin and words still on
  await expect((await openMenu(page, 'Study')).getByRole('button', { name: 'Words', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await closeMenu(page);
  await expect(shuo.locator('rt')).toHaveText('yuè', { timeout: 30_000 });
  const id = new URL(page.url()).searchParams.get('project')!;
  expect(((await savedData(page, id)) as { project: { readings: unknown } }).project.readings).toEqual([{ word: '說', pinyin: 'yuè', witness: 'zh-a', at: ANALECTS.indexOf('說') }]);

  await page.keyboard.press('Control+z');
  await expect(shuo.locator('rt')).toHaveText('shuō');
  await page.keyboard.press('Control+Shift+z');
  await expect(shuo.locator('rt')).toHaveText('yuè');

  // typed, for every place: 不亦樂乎 is one word (CC-CEDICT's idiom), its 樂 read yuè; one syllable a character
  const idiom = pane.locator('.w[data-w="不亦樂乎"]').first();
  // (the word is drawn in three parts, cut by the mark of the script difference 樂/乐)
  const le = pane.locator('.w[data-w="不亦樂乎"] rt').nth(2);
  await expect(le).toHaveText('lè');
  await idiom.click();
  await card.getByRole('button', { name: 'Correct the reading…' }).click();
  await card.getByRole('radio', { name: /Every 不亦樂乎 in this project \(1\)/ }).check();
  const typed = card.getByRole('textbox', { name: 'Reading of 不亦樂乎, typed' });
  await typed.fill('yue4');
  await card.getByRole('button', { name: 'Set' }).click();
  await expect(card.getByRole('alert')).toContainText('give 4 syllables');
  await typed.fill('bu4 yi4 yue4 hu1');
  await card.getByRole('button', { name: 'Set' }).click();
  await expect(le).toHaveText('yuè');
  await expect(card).toContainText('the teacher’s reading, everywhere');
  await page.reload();
  // pinyin comes back with the link: the ruby over each character
  const over = (ch: string) => pane.locator('ruby').filter({ hasText: ch }).locator('rt');
  await expect(over('樂')).toHaveText('yuè', { timeout: 30_000 });
  await expect(over('說')).toHaveText('yuè');
  await expect(over('慍')).toHaveText('yùn');
  // the project's own file carries both corrections
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Project JSON' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { project: { readings: unknown } };
  expect(file.project.readings).toEqual([
    { word: '說', pinyin: 'yuè', witness: 'zh-a', at: ANALECTS.indexOf('說') },
    { word: '不亦樂乎', pinyin: 'bù yì yuè hū' },
  ]);
  // and on the handout
  await page.goto(`${page.url()}&handout`);
  const handout = page.locator('.handout-table');
  await expect(handout.locator('ruby').filter({ hasText: '說' }).locator('rt')).toHaveText('yuè', { timeout: 30_000 });
  await expect(handout.locator('ruby').filter({ hasText: '樂' }).locator('rt')).toHaveText('yuè');
  await expect(handout.locator('ruby').filter({ hasText: '说' }).locator('rt')).toHaveText('shuō');
});

test("the student's words: saved from the card in two tabs, both kept, listed, removed, exported for Anki", async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?doc=mao-khrushchev-1958&pinyin=on');
  // the same document open in another tab, its (empty) list read before this tab saves
  const other = await context.newPage();
  await other.setViewportSize({ width: 1280, height: 720 });
  // a link that says how to show the texts (else the other tab would take this tab's lesson: pinyin on)
  await other.goto('/?doc=mao-khrushchev-1958&layout=rows');
  await studyButton(other, 'Words');
  await expect((await openMenu(other, 'Study')).getByRole('button', { name: 'Vocabulary (0)' })).toBeVisible();
  await closeMenu(other);

  await studyButton(page, 'Words');
  const card = page.getByRole('tooltip');
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="2"] .w[data-w="会谈"]').first().click();
  await card.getByRole('button', { name: 'Save to vocabulary' }).click();
  await expect(card.getByRole('status')).toHaveText('Saved to your vocabulary (1).');
  await expect(card.getByRole('button', { name: 'In your vocabulary ✓' })).toBeDisabled();
  await page.keyboard.press('Escape');

  // a word saved in the other tab does not write over this one
  await other.locator('[data-pane="zh-rmrb"] .seg[data-row="2"] .w[data-w="赫鲁晓夫"]').first().click();
  await other.getByRole('tooltip').getByRole('button', { name: 'Save to vocabulary' }).click();
  await expect(other.getByRole('tooltip').getByRole('status')).toHaveText('Saved to your vocabulary (2).');
  await other.close();
  // this tab hears of it at once
  await expect((await openMenu(page, 'Study')).getByRole('button', { name: 'Vocabulary (2)' })).toBeVisible();

  await page.reload();
  const menu = await openMenu(page, 'Study');
  await menu.getByRole('button', { name: 'Vocabulary (2)' }).click();
  const list = menu.getByRole('list', { name: 'Vocabulary' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('会谈');
  await expect(list.getByRole('listitem').first()).toContainText('huì tán');
  await expect(list.getByRole('listitem').nth(1)).toContainText('Khrushchev');

  const download = page.waitForEvent('download');
  await menu.getByRole('button', { name: 'Export for Anki' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.words\.tsv$/);
  const lines = readFileSync(await file.path(), 'utf8').split('\n');
  expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Word\tPinyin\tGloss\tSentence']);
  const [word, pinyin, gloss, sentence] = lines[3]!.split('\t');
  expect([word, pinyin]).toEqual(['会谈', 'huì tán']);
  expect(gloss).toContain('talks');
  expect(sentence).toMatch(/^从1958年7月31日到8月3日.*会谈。$/);
  // saved in the tab without pinyin on: CC-CEDICT's reading of the name
  expect(lines[4]!.split('\t').slice(0, 2)).toEqual(['赫鲁晓夫', 'Hè lǔ xiǎo fu']);

  await list.getByRole('button', { name: 'Remove 会谈' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect((await openMenu(page, 'Study')).getByRole('button', { name: 'Vocabulary (1)' })).toBeVisible();
});

test('a word the browser refuses to keep (storage full) is said on screen, and stays listed for the page', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('duizhao.vocabulary.')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto('/?doc=mao-khrushchev-1958');
  await studyButton(page, 'Words');
  await page.locator('[data-pane="zh-rmrb"] .w[data-w="会谈"]').first().click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Save to vocabulary' }).click();
  await page.keyboard.press('Escape');
  const menu = await openMenu(page, 'Study');
  await expect(menu.getByRole('alert')).toContainText("the browser's storage is full");
  await expect(menu.getByRole('button', { name: 'Vocabulary (1)' })).toBeVisible();
});
