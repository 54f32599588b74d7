/** The reader's toolbar, as a user reaches it: a menu opened by its button, the list of differences opened from its menu. */
import type { Locator, Page } from '@playwright/test';

export type MenuName = 'Texts' | 'Layout' | 'Differences' | 'Study' | 'Share';

/** The panel of a toolbar menu, opened if it is not. */
export async function openMenu(page: Page, name: MenuName): Promise<Locator> {
  const button = page.getByRole('group', { name: 'Reader tools' }).getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByRole('group', { name, exact: true });
}

/** Close whichever menu is open, as Escape does. */
export async function closeMenu(page: Page): Promise<void> {
  if ((await page.locator('.tool-panel').count()) > 0) await page.keyboard.press('Escape');
}

/** The list of all differences, opened from the Differences menu. */
export async function openDifferencesList(page: Page): Promise<Locator> {
  const list = page.getByRole('region', { name: 'All differences' });
  if ((await list.count()) === 0) {
    const menu = await openMenu(page, 'Differences');
    await menu.getByRole('button', { name: 'List of all differences' }).click();
  }
  return list;
}
