/**
 * The apparatus: every difference of the communiqué in a list, filtered by the legend and by
 * strength, an entry going to its row with its reason in the details; keyboard navigable.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { closeMenu, openDifferencesList, openMenu } from './support/reader.ts';
import { alignChineseTexts } from './support/project.ts';

test('the list of all differences: filtered as the legend is, k of N, an entry opens its row and says why', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?doc=mao-khrushchev-1958');
  const apparatus = await openDifferencesList(page);
  await expect(apparatus.getByRole('heading')).toHaveText('All differences: 211 shown');
  const entries = apparatus.getByRole('list', { name: 'Differences' }).getByRole('button');
  await expect(entries).toHaveCount(211);

  // script differences hidden in the legend (the list has it too) leave the other ten
  await apparatus.getByRole('button', { name: /^script \d+/ }).click();
  await expect(apparatus.getByRole('heading')).toHaveText('All differences: 10 of 211 shown');
  await expect(entries).toHaveCount(10);
  // strength: the one variant is full
  await apparatus.getByLabel('Variants of which strength').selectOption('partial');
  await expect(entries).toHaveCount(9);
  await apparatus.getByLabel('Variants of which strength').selectOption('all');

  const malinovsky = entries.filter({ hasText: '利 ] 林' });
  await expect(malinovsky).toContainText('substantive');
  await malinovsky.click();
  await expect(page).toHaveURL(/row=7/);
  await expect(page.getByRole('complementary', { name: 'Difference' })).toContainText('Why: other characters, after script, variant forms, numerals and punctuation are set aside');

  // the keyboard moves along the list, and Enter opens an entry
  await entries.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(entries.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(entries.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Difference' })).toContainText('Why:');
  await page.screenshot({ path: 'test-results/apparatus.png' });
});

test('a brought Chinese text: its script is found, shown, and can be said otherwise; between two traditional texts 後/后 is a reading', async ({ page }) => {
  await page.goto('/?new');
  await page.getByRole('radio', { name: /Chinese texts of one work/ }).check();
  const traditional = '其後，國家發展經濟，人民團結，學習進步。\n雙方認為會談是有益的。\n';
  const a = page.getByRole('region', { name: 'Chinese text A' });
  const b = page.getByRole('region', { name: 'Chinese text B' });
  await page.getByLabel('File for the chinese text a').setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(traditional) });
  await page.getByLabel('File for the chinese text b').setInputFiles({ name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(traditional.replace('後', '后')) });
  await expect(a.getByLabel('Script')).toHaveValue('found');
  await expect(a.getByLabel('Script').locator('option:checked')).toHaveText('traditional (found)');
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page.locator('[data-pane="zh-a"] .pane-title')).toContainText('traditional', { timeout: 30_000 });
  await expect(page.locator('[data-pane="zh-b"] mark[data-variant="substantive"]')).toHaveText('后');

  // said to be mixed, the same pair is a difference of script only
  await page.getByRole('link', { name: '+ Bring your own texts' }).click();
  await page.getByRole('radio', { name: /Chinese texts of one work/ }).check();
  await page.getByLabel('File for the chinese text a').setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(traditional) });
  await page.getByLabel('File for the chinese text b').setInputFiles({ name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(traditional.replace('後', '后')) });
  await b.getByLabel('Script').selectOption('mixed');
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page.locator('[data-pane="zh-b"] .pane-title')).toContainText('mixed script', { timeout: 30_000 });
  await expect(page.locator('[data-pane="zh-b"] mark[data-variant="script"]')).toHaveText('后');
});

test('four Chinese texts: each compared with the chosen base, every reading at a place, the base changed in the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?new');
  await page.getByRole('radio', { name: /Two to four Chinese texts/ }).check();
  const editions = [
    '天下有道，則禮樂征伐自天子出。\n天下無道，則禮樂征伐自諸侯出。\n',
    '天下有道，則禮樂征伐自天子出焉。\n天下無道，則禮樂征伐自諸侯出。\n',
    '天下有道，即禮樂征伐自天子出。\n天下無道，則禮樂征伐自諸侯出。\n',
    '天下有道，則禮樂征伐自王者出。\n天下無道，則禮樂征伐自大夫出。\n',
  ];
  for (const [k, text] of editions.entries()) {
    await page.getByLabel(new RegExp(`File for the chinese text ${'abcd'[k]}`)).setInputFiles({ name: `ed-${'abcd'[k]}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text) });
  }
  // the base is chosen before aligning: the fourth edition
  await page.getByLabel('Base text').selectOption({ label: 'ed-d.txt' });
  await page.getByRole('button', { name: 'Align the texts' }).click();
  for (const id of ['zh-a', 'zh-b', 'zh-c', 'zh-d']) await expect(page.locator(`[data-pane="${id}"]`)).toBeVisible({ timeout: 30_000 });
  await openMenu(page, 'Texts');
  const base = page.getByLabel('Base text: the others are compared with it');
  // each text by its label, read from its file's name
  await expect(base.locator('option:checked')).toHaveText('Ed D (Chinese)');
  await closeMenu(page);
  await expect(page.locator('[data-pane="zh-d"] .pane-base')).toBeVisible();
  await expect(page.locator('[data-pane="zh-a"] .pane-base')).toHaveCount(0);
  // against 王者 (the base) the three others read 天子 (the second with 焉 after 出, one edit of 王者出); 即 is the third's alone
  const baseMarks = page.locator('[data-pane="zh-d"] mark[data-variant="substantive"]');
  await expect(baseMarks).toHaveText(['則', '王者出', '大夫']);
  await expect(page.locator('[data-pane="zh-c"] mark[data-variant="substantive"]')).toHaveText(['即', '天子', '諸侯']);
  await expect(page.locator('[data-pane="zh-b"] mark[data-variant="substantive"]')).toHaveText(['天子出焉', '諸侯']);

  await baseMarks.nth(1).click();
  const place = page.getByRole('complementary', { name: 'Difference' }).getByLabel('Readings of every text at this place');
  await expect(place).toHaveText('Ed D (Chinese)王者出Ed A (Chinese)天子出Ed B (Chinese)天子出焉Ed C (Chinese)天子出');
  await page.screenshot({ path: 'test-results/four-witnesses.png' });

  // the list names each difference's text
  const apparatus = await openDifferencesList(page);
  await expect(apparatus.getByRole('heading')).toHaveText('All differences: 7 shown');
  await expect(apparatus.getByRole('button').filter({ hasText: '王者 ] 天子' })).toHaveText([/王者 ] 天子 Ed A \(Chinese\)/, /王者 ] 天子 Ed C \(Chinese\)/]);

  // the TEI apparatus: one app per place, one reading per text
  const download = page.waitForEvent('download');
  await (await openMenu(page, 'Share')).getByRole('button', { name: 'Export TEI' }).click();
  const tei = readFileSync((await (await download).path())!, 'utf8');
  expect(tei).toContain('<listWit><witness xml:id="zh-d">Ed D (Chinese)</witness><witness xml:id="zh-a">Ed A (Chinese)</witness><witness xml:id="zh-b">Ed B (Chinese)</witness><witness xml:id="zh-c">Ed C (Chinese)</witness></listWit>');
  expect(tei).toContain('<rdg wit="#zh-d">王者出</rdg><rdg wit="#zh-a">天子出</rdg><rdg wit="#zh-b">天子出焉</rdg><rdg wit="#zh-c">天子出</rdg>');
  expect(tei.match(/<app /g)).toHaveLength(3);

  // another base: the first edition; now 即 is the third text's reading against 則
  await openMenu(page, 'Texts');
  await base.selectOption({ label: 'Ed A (Chinese)' });
  await expect(base.locator('option:checked')).toHaveText('Ed A (Chinese)');
  await closeMenu(page);
  await expect(apparatus.getByRole('heading')).toHaveText('All differences: 4 shown');
  await expect(page.locator('[data-pane="zh-c"] mark[data-variant="substantive"]')).toHaveText(['即']);
  await expect(page.locator('[data-pane="zh-a"] mark[data-variant="substantive"]')).toHaveText(['則', '天子', '', '諸侯']);
  // kept on reload
  await page.reload();
  await openMenu(page, 'Texts');
  await expect(page.getByLabel('Base text: the others are compared with it').locator('option:checked')).toHaveText('Ed A (Chinese)', { timeout: 30_000 });
});

test('the reader loads without the comparison and its variant tables: they come with the import page, which compares', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text());
  });
  await page.goto('/?doc=mao-khrushchev-1958');
  await expect(page.locator('[data-pane="zh-treaty"] mark[data-variant]').first()).toBeVisible();
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(0);
  const hasTable = (code: string) => code.includes('Unihan_Variants.txt');
  expect(loaded.filter(hasTable)).toHaveLength(0);
  // the marker is the table's: the import page brings it
  scripts.length = 0;
  await page.getByRole('link', { name: '+ Bring your own texts' }).click();
  await expect(page.getByRole('heading', { name: 'Bring your own texts' })).toBeVisible();
  await expect.poll(async () => (await Promise.all(scripts)).filter(hasTable).length).toBe(1);
});

test('a corpus document compared from its other Chinese text: the base changed in the reader, kept in the link', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?doc=mao-khrushchev-1958');
  await openMenu(page, 'Texts');
  const base = page.getByLabel('Base text: the others are compared with it');
  await expect(base.locator('option:checked')).toHaveText(/People's Daily/);
  await expect(page.locator('[data-pane="zh-rmrb"] .pane-base')).toBeVisible();
  await base.selectOption('zh-treaty');
  await expect(page.locator('[data-pane="zh-treaty"] .pane-base')).toBeVisible();
  await expect(page.locator('[data-pane="zh-rmrb"] .pane-base')).toHaveCount(0);
  await expect(page).toHaveURL(/base=zh-treaty/);
  await closeMenu(page);
  // the readings turn round: the treaty database's 林 against People's Daily's 利
  const apparatus = await openDifferencesList(page);
  await expect(apparatus.getByRole('button').filter({ hasText: '林 ] 利' })).toHaveCount(1);
  await expect(apparatus.getByRole('button').filter({ hasText: '利 ] 林' })).toHaveCount(0);
  // a reload, or the link, opens the same comparison
  await page.reload();
  await openMenu(page, 'Texts');
  await expect(page.getByLabel('Base text: the others are compared with it').locator('option:checked')).toHaveText(/treaty/i);
  await expect(page.locator('[data-pane="zh-treaty"] .pane-base')).toBeVisible();
});

test('a long apparatus lists five hundred at a time, and every entry can be reached', async ({ page }) => {
  test.setTimeout(120_000);
  // 220 lines, each with three readings of its own: 660 substantive differences
  const line = (k: number, x: string) => `第${k}章甲${x}乙丙丁${x}戊己庚${x}辛壬癸。`;
  const a = Array.from({ length: 220 }, (_, k) => line(k, '天')).join('\n');
  const b = Array.from({ length: 220 }, (_, k) => line(k, '地')).join('\n');
  await alignChineseTexts(page, [
    { name: 'a.txt', text: a },
    { name: 'b.txt', text: b },
  ]);
  await expect(page.locator('[data-pane]').first()).toBeVisible({ timeout: 60_000 });
  const apparatus = await openDifferencesList(page);
  await expect(apparatus.getByRole('heading')).toHaveText('All differences: 660 shown');
  const entries = apparatus.getByRole('list', { name: 'Differences' }).getByRole('button');
  await expect(entries).toHaveCount(500);
  await apparatus.getByRole('button', { name: 'List 160 more' }).click();
  await expect(entries).toHaveCount(660);
  await expect(apparatus.getByRole('button', { name: /more$/ })).toHaveCount(0);
  await entries.last().click();
  await expect(page).toHaveURL(/row=220/);
});
