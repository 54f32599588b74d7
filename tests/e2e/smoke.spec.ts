import { expect, test } from '@playwright/test';

test('the start page lists the built corpus', async ({ page, baseURL }) => {
  // The page asks for nothing but its own files (no fonts, analytics or favicons from elsewhere).
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseURL}/`)) foreign.push(request.url());
  });
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Duizhao 对照' })).toBeVisible();
  const documents = page.getByRole('list', { name: 'Documents' });
  await expect(documents.getByRole('listitem')).toHaveCount(4);
  // It opens on the communiqué, marked as the open document, with its three witnesses side by side.
  await expect(documents.getByRole('link', { name: /毛泽东和赫鲁晓夫会谈公报/ })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: '毛泽东和赫鲁晓夫会谈公报' })).toBeVisible();
  await expect(page.locator('[data-pane]')).toHaveCount(3);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(foreign).toEqual([]);

  await page.screenshot({ path: 'test-results/smoke.png', fullPage: true });
});

test('a broken corpus index is reported, not a blank page', async ({ page }) => {
  await page.route('**/corpus.json', (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }));
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Duizhao 对照' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('corpus.json could not be loaded (HTTP 500)');

  // A truncated file, as an interrupted copy would leave it.
  await page.unroute('**/corpus.json');
  await page.route('**/corpus.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "docu' }));
  await page.reload();

  await expect(page.getByRole('alert')).toContainText('corpus.json is not valid JSON');
  await expect(page.getByRole('list', { name: 'Documents' })).toHaveCount(0);
});
