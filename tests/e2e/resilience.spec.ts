/**
 * What the app cannot show is refused where it comes in, and what fails anyway fails in its own
 * view: a project file with no Chinese text is refused with the reason; a view that cannot render
 * (here: its code fails to load) says what failed, and the library beside it still works.
 */
import { expect, test } from '@playwright/test';
import { makeProject, savedData } from './support/project.ts';

interface ProjectData {
  project: { id: string; name: string; witnesses: { lang: string }[]; sources: unknown[]; rows: { cells: unknown[] }[]; history: { done: unknown[]; undone: unknown[] } };
}

test('a project file with no Chinese text is refused with the reason, and the page stays usable', async ({ page }) => {
  const id = await makeProject(page);
  const data = (await savedData(page, id)) as ProjectData;
  // the English text alone, as a hand-edited or buggy file might have it
  const englishOnly: ProjectData = structuredClone(data);
  const p = englishOnly.project;
  const keep = p.witnesses.map((w, i) => (w.lang === 'en' ? i : -1)).filter((i) => i >= 0);
  p.id = 'english-only';
  p.witnesses = keep.map((i) => p.witnesses[i]!);
  p.sources = keep.map((i) => p.sources[i]);
  p.rows = p.rows.map((r) => ({ ...r, cells: keep.map((i) => r.cells[i]) })).filter((r) => (r.cells[0] as { start: number; end: number }).end > (r.cells[0] as { start: number }).start);
  p.history = { done: [], undone: [] };

  await page.goto('/?new');
  await page.getByLabel('Project file').setInputFiles({ name: 'english-only.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(englishOnly)) });
  await expect(page.locator('.project-file').getByRole('alert')).toHaveText('english-only.json: not a valid Duizhao project at project.witnesses: a project needs a Chinese text');
  await expect(page).toHaveURL(/\?new/);
  // the saved project still opens
  await page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Your projects' }).getByRole('link').click();
  await expect(page.locator('[data-pane="zh"]')).toContainText('中国方面参加会谈的有', { timeout: 30_000 });
});

test('a view that fails says what failed, and the rest of the page works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // the page for new texts cannot load its code (a dropped connection, a deploy mid-session)
  await page.route(/\/assets\/ImportView-[^/]*\.js$/, (route) => route.abort('connectionfailed'));
  await page.goto('/?new');
  const failed = page.locator('main').getByRole('alert');
  await expect(failed).toContainText('The page for your texts could not be shown:');
  await expect(failed).toContainText('The rest of the page still works');
  // the library beside it works: a document opens
  await page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: /毛泽东和赫鲁晓夫会谈公报/ }).click();
  await expect(page.locator('[data-pane="zh-rmrb"]')).toContainText('中国方面参加会谈的有');
  await expect(page.locator('main').getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
