/**
 * Search across the library: every document and saved project, answered as a concordance (each
 * match in its sentence with its row's English beside it, grouped by document with counts); a line
 * opens its document at its row.
 */
import { expect, test } from '@playwright/test';
import { alignChineseTexts, makeProject } from './support/project.ts';

test('a term across the library: a concordance by document, each line opening its row', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/?doc=prc-dprk-1958');
  const field = page.getByRole('searchbox', { name: 'Search the library' });
  await field.fill('赫鲁晓夫');
  await field.press('Enter');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('heading', { level: 2 })).toHaveText(/“赫鲁晓夫”: \d+ matches in \d+ documents?/);
  const communique = results.getByRole('region', { name: '毛泽东和赫鲁晓夫会谈公报' });
  await expect(communique.getByRole('heading')).toContainText('matches');
  // the traditional transcription's 赫魯晓夫 is found by the simplified query; the English of its row beside it
  const lines = communique.getByRole('listitem');
  await expect(lines.first().locator('mark[data-find]')).toHaveText('赫鲁晓夫');
  await expect(lines.first().locator('.concordance-counterpart')).toContainText('Khrushchev');
  await expect(communique.locator('mark[data-find]', { hasText: /赫魯/ }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/library-search.png' });
  // a line opens its document at its row
  const second = lines.nth(2);
  const row = Number(await second.locator('.concordance-row').textContent());
  await second.getByRole('button').click();
  await expect(results).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`doc=mao-khrushchev-1958.*row=${row}\\b`));
  await expect(page.getByText(`Row ${row} of 45`)).toBeVisible();

  // nothing found says so; Escape closes
  await field.fill('无此词语');
  await field.press('Enter');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText('“无此词语”: no match in the library');
  await page.keyboard.press('Escape');
  await expect(results).toHaveCount(0);
});

test('a saved project is searched too, and named as a project', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await makeProject(page);
  const field = page.getByRole('searchbox', { name: 'Search the library' });
  await field.fill('Chen Yi');
  await field.press('Enter');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('heading', { level: 3 }).filter({ hasText: 'your project' })).toHaveCount(1);
  await expect(results.getByRole('heading', { level: 3 }).filter({ hasText: '毛泽东和赫鲁晓夫会谈公报' })).toHaveCount(1);
});

test('a damaged search file is named on screen, and the reader goes on working', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.route('**/library-search.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"documents": "oops"' }));
  await page.goto('/?doc=mao-khrushchev-1958');
  const field = page.getByRole('searchbox', { name: 'Search the library' });
  await field.fill('和平');
  await field.press('Enter');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('alert')).toContainText('The library could not be searched');
  await expect(results.getByRole('alert')).toContainText('library-search.json');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-pane]')).toHaveCount(3);
});

test('other texts: a classical text brought by a user is found, traditional by simplified, in the interlinear column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const received = '學而時習之，不亦說乎？\n有朋自遠方來，不亦樂乎？\n人不知而不慍，不亦君子乎？\n';
  const excavated = '學而時習之，不亦悅乎？\n有朋自遠方來，不亦樂乎？\n人不知而不慍，不亦君子乎？\n';
  await alignChineseTexts(page, [
    { name: '論語.txt', text: received },
    { name: '竹簡本.txt', text: excavated },
  ]);
  const column = page.locator('[data-pane="interlinear"]');
  await expect(column).toBeVisible({ timeout: 30_000 });
  await expect(column.locator('mark[data-variant]').first()).toBeVisible();
  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('远方来');
  await expect(page.locator('.find-count')).toHaveText('1 of 2');
  await expect(column.locator('mark[data-find="current"]').first()).toHaveText('遠方來');
});
