/**
 * The apparatus: every difference of the communiqué in a list, filtered by the legend and by
 * strength, an entry going to its row with its reason in the details; keyboard navigable.
 */
import { expect, test } from '@playwright/test';

test('the list of all differences: filtered as the legend is, k of N, an entry opens its row and says why', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?doc=mao-khrushchev-1958');
  const apparatus = page.locator('details.apparatus');
  await apparatus.locator('summary').click();
  await expect(apparatus.locator('summary')).toHaveText('All differences: 211 shown');
  const entries = apparatus.getByRole('list', { name: 'Differences' }).getByRole('button');
  await expect(entries).toHaveCount(211);

  // script differences hidden in the legend leave the other ten
  await page.getByRole('button', { name: /^script \d+/ }).click();
  await expect(apparatus.locator('summary')).toHaveText('All differences: 10 of 211 shown');
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
  await page.getByRole('radio', { name: /Two Chinese texts/ }).check();
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
  await page.getByRole('radio', { name: /Two Chinese texts/ }).check();
  await page.getByLabel('File for the chinese text a').setInputFiles({ name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(traditional) });
  await page.getByLabel('File for the chinese text b').setInputFiles({ name: 'b.txt', mimeType: 'text/plain', buffer: Buffer.from(traditional.replace('後', '后')) });
  await b.getByLabel('Script').selectOption('mixed');
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page.locator('[data-pane="zh-b"] .pane-title')).toContainText('mixed script', { timeout: 30_000 });
  await expect(page.locator('[data-pane="zh-b"] mark[data-variant="script"]')).toHaveText('后');
});
