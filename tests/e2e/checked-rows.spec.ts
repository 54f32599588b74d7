/** Rows the team checked by hand are shown as confirmed; a document no one checked shows no such mark. */
import { expect, test } from '@playwright/test';

test('the communiqué, checked by hand, shows every row confirmed and none unsure; an unchecked document shows none confirmed', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?doc=mao-khrushchev-1958');
  const rows = page.locator('[data-pane="zh-rmrb"] .row[data-row]');
  await expect(rows.first()).toBeVisible();
  const shown = await rows.count();
  expect(shown).toBeGreaterThan(5);
  await expect(page.locator('[data-pane="zh-rmrb"] .row.confirmed')).toHaveCount(shown);
  await expect(page.locator('.row.unsure')).toHaveCount(0);
  await expect(page.getByText('Row 2: confirmed.').first()).toBeAttached();

  await page.goto('/?doc=prc-dprk-1958');
  await expect(page.locator('[data-pane="zh-treaty"] .row[data-row]').first()).toBeVisible();
  await expect(page.locator('.row.confirmed')).toHaveCount(0);
});
