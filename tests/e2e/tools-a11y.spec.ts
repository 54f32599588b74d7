/**
 * Accessibility of the tools beyond the reader: the page for your own texts, a project with its
 * editor, the classroom tools with a dictionary card and a note open, and the handout; axe finds
 * no serious or critical violation, in the light and the dark scheme.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { closeMenu, openMenu, openDifferencesList } from './support/reader.ts';

const communique = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/build/doc-mao-khrushchev-1958.json'), 'utf8')) as { witnesses: { id: string; text: string }[] };
const textOf = (id: string) => communique.witnesses.find((w) => w.id === id)!.text;

async function expectNoSeriousViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${what}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the tools have no serious or critical axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?new');
    await page.getByLabel('File for the chinese text').setInputFiles({ name: 'zh.txt', mimeType: 'text/plain', buffer: Buffer.from(textOf('zh-rmrb')) });
    await page.getByLabel('File for the english translation').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(page.getByRole('region', { name: 'English translation' }).getByRole('alert')).toBeVisible();
    await expectNoSeriousViolations(page, 'import page');
    await page.getByRole('button', { name: 'Remove empty.txt' }).click();
    await page.getByLabel('File for the english translation').setInputFiles({ name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(textOf('en')) });
    await page.getByRole('button', { name: 'Align the texts' }).click();
    await expect(page.getByRole('region', { name: 'Correct the alignment' })).toBeVisible({ timeout: 30_000 });
    await page.locator('[data-pane="zh"] .seg[data-row="2"]').click();
    await expectNoSeriousViolations(page, 'project');

    await page.goto('/?doc=mao-khrushchev-1958&hidden=en');
    // every menu of the toolbar open in turn, and the list of differences
    for (const name of ['Texts', 'Layout', 'Differences', 'Study', 'Share'] as const) {
      await openMenu(page, name);
      await expectNoSeriousViolations(page, `${name} menu`);
    }
    await openDifferencesList(page);
    await expectNoSeriousViolations(page, 'list of differences');
    await (await openMenu(page, 'Study')).getByRole('button', { name: 'Words' }).click();
    await closeMenu(page);
    await page.locator('[data-pane="zh-rmrb"] .w[data-w="赫鲁晓夫"]').first().click();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('o');
    await expect(page.getByRole('textbox', { name: /Note on row/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'classroom tools');
    await page.screenshot({ path: `test-results/classroom-${scheme}.png` });

    await page.goto('/?doc=mao-khrushchev-1958&w=zh-rmrb,en&hidden=en&rows=1-8&handout');
    await expect(page.locator('.handout-table tbody tr')).toHaveCount(8);
    await expectNoSeriousViolations(page, 'handout');
  });
}
