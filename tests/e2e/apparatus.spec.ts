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
