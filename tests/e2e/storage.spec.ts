/**
 * Nothing a user made is lost: two tabs on one project (each save a compare-and-set, the other tab
 * told at once), a malformed set-aside record that must not hide the projects, and a full disk.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { confirmRow, makeProject, savedData } from './support/project.ts';

const isConfirmed = (page: Page, row: number) => page.locator(`[data-pane="zh"] .row[data-row="${row}"]`).evaluate((e) => e.classList.contains('confirmed'));

/**
 * A project open in `page` and in a second tab that is told nothing (as when a message is late:
 * only the database can tell); row 2 confirmed and saved in the first, then row 3 in the second,
 * whose save is refused. The second tab, and its conflict message.
 */
async function staleTab(page: Page, context: BrowserContext) {
  const id = await makeProject(page);
  const other = await context.newPage();
  await other.setViewportSize({ width: 1400, height: 900 });
  await other.goto(`/?project=${id}`);
  await expect(other.locator('[data-pane="zh"] .row[data-row="2"]')).toBeVisible();
  await page.evaluate(() => (BroadcastChannel.prototype.postMessage = () => undefined));
  await confirmRow(page, 2);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await confirmRow(other, 3);
  const conflict = other.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  await expect(conflict).toBeVisible();
  return { id, other, conflict };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('two tabs on one project, an edit in each: every edit kept, or refused with a message; never silently gone; the other tab shows each save at once', async ({ page, context }) => {
  const id = await makeProject(page);
  const other = await context.newPage();
  await other.setViewportSize({ width: 1400, height: 900 });
  await other.goto(`/?project=${id}`);
  await expect(other.locator('[data-pane="zh"] .row[data-row="2"]')).toBeVisible();

  await confirmRow(page, 2);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await confirmRow(other, 3);
  const refused = other.getByRole('alert').filter({ hasText: 'Changed in another tab' });
  await expect(other.getByText('Saved in this browser').or(refused)).toBeVisible();
  const otherRefused = (await refused.count()) > 0;

  for (const p of [page, other]) {
    await p.reload();
    await expect(p.locator('[data-pane="zh"] .row[data-row="3"]')).toBeVisible();
    // the first edit was said to be saved: it is there; the second is there unless it was refused, with a message
    expect(await isConfirmed(p, 2)).toBe(true);
    expect(await isConfirmed(p, 3)).toBe(!otherRefused);
  }

  // a tab that holds nothing unsaved shows the other's save without a reload
  await confirmRow(page, 4);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await expect(other.locator('[data-pane="zh"] .row[data-row="4"]')).toHaveClass(/confirmed/);
  await confirmRow(other, 5);
  await expect(other.getByText('Saved in this browser')).toBeVisible();
  await expect(page.locator('[data-pane="zh"] .row[data-row="5"]')).toHaveClass(/confirmed/);
  await page.reload();
  await expect(page.locator('[data-pane="zh"] .row[data-row="5"]')).toHaveClass(/confirmed/);
  expect(await isConfirmed(page, 4)).toBe(true);
});

test('a tab whose copy is stale never overwrites: it says so, offers its change to download, and reloads the saved version', async ({ page, context }) => {
  const { id, other, conflict } = await staleTab(page, context);
  await expect(other.getByText('Not saved: changed in another tab')).toBeVisible();
  // the first tab's edit is saved, the other's was refused, not written over it
  const saved = (await savedData(page, id)) as { project: { rows: { status: string }[] } };
  expect(saved.project.rows.slice(1, 3).map((r) => r.status)).toEqual(['confirmed', 'auto']);

  // the refused change is not lost: it downloads as a project file
  const download = other.waitForEvent('download');
  await conflict.getByRole('button', { name: "Download this tab's version" }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { project: { rows: { status: string }[] } };
  expect(file.project.rows[2]!.status).toBe('confirmed');

  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(other.locator('[data-pane="zh"] .row[data-row="2"]')).toHaveClass(/confirmed/);
  expect(await isConfirmed(other, 3)).toBe(false);
  // and it can carry on from the saved version
  await confirmRow(other, 3);
  await expect(other.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-pane="zh"] .row[data-row="3"]')).toHaveClass(/confirmed/);
  expect(await isConfirmed(page, 2)).toBe(true);
});

test('opening a project file whose id is saved already, with newer work, opens it as a copy and says so; the saved work stays', async ({ page, context }) => {
  // a tab opened before the project existed, and told nothing since: its list knows nothing of it
  const other = await context.newPage();
  await other.goto('/?new');
  await page.addInitScript(() => (BroadcastChannel.prototype.postMessage = () => undefined));
  const id = await makeProject(page);
  const older = JSON.stringify(await savedData(page, id));
  await confirmRow(page, 2);
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  await other.getByLabel('Project file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(older) });
  await expect(other.getByText(/A project with the same id is already saved in this browser; it was left as it is, and older\.json was opened as a copy, “.* \(copy\)”\./)).toBeVisible();
  expect(new URL(other.url()).searchParams.get('project')).not.toBe(id);
  await page.reload();
  await expect(page.locator('[data-pane="zh"] .row[data-row="2"]')).toHaveClass(/confirmed/);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Your projects' }).getByRole('link')).toHaveCount(2);
});

test('opening a project file that is the saved project itself opens it, without a copy', async ({ page }) => {
  const id = await makeProject(page);
  const same = JSON.stringify(await savedData(page, id));
  await page.getByRole('link', { name: '+ Bring your own texts' }).click();
  await page.getByLabel('Project file').setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(same) });
  await expect(page.getByText(/same\.json is the project “.*” as it is saved in this browser already: opened it, no copy made\./)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('project')).toBe(id);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('list', { name: 'Your projects' }).getByRole('link')).toHaveCount(1);
});

test('a malformed set-aside record hides nothing: the projects are listed, the record reported and downloadable', async ({ page }) => {
  await makeProject(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onsuccess = () => {
          const tx = open.result.transaction('set-aside', 'readwrite');
          tx.objectStore('set-aside').put(null, 1);
          tx.objectStore('set-aside').put({ id: 'old', reason: 'an old project that failed validation', at: '2026-01-01', data: { rows: 'x' } }, 2);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library.getByRole('list', { name: 'Your projects' }).getByRole('link')).toHaveCount(1);
  const problem = library.getByRole('alert');
  await expect(problem).toContainText('2 saved projects could not be read');
  await expect(problem).toContainText('set-aside record 1 is malformed (null)');
  await expect(problem).toContainText('an old project that failed validation');
  const download = page.waitForEvent('download');
  await problem.getByRole('button', { name: 'Download set-aside data 2' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('set-aside-2.json');
  expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toEqual({ id: 'old', reason: 'an old project that failed validation', at: '2026-01-01', data: { rows: 'x' } });
});

test('a malformed list entry hides nothing: reported, and what is saved under its id downloads', async ({ page }) => {
  const id = await makeProject(page);
  // the project's list entry damaged (its data left as it is), under a hostile id too
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onsuccess = () => {
          const summaries = 'summaries';
          const tx = open.result.transaction(summaries, 'readwrite');
          tx.objectStore(summaries).put({ broken: true }, key);
          tx.objectStore(summaries).put('not an entry', '../../evil "name"');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
  await page.reload();
  const problem = page.getByRole('navigation', { name: 'Library' }).getByRole('alert');
  await expect(problem).toContainText(`the list entry of saved project "${id}" is malformed`);
  const download = page.waitForEvent('download');
  await problem.getByRole('button', { name: `Download the data saved as "${id}"` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`saved-${id.replace(/[^\p{L}\p{N}_-]/gu, '_')}.json`);
  const data = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { id: string; listEntry: unknown; project: { project: { id: string } } };
  expect(data.listEntry).toEqual({ broken: true });
  expect(data.project.project.id).toBe(id);
  // the hostile id names no path
  const evil = page.waitForEvent('download');
  await problem.getByRole('button', { name: 'Download the data saved as "../../evil "name""' }).click();
  expect((await evil).suggestedFilename()).toBe('saved-______evil__name_.json');
});

test('storage full: the message names it, importing a project file says so, and leaving asks first', async ({ page }) => {
  const id = await makeProject(page);
  // a file that differs from the saved project, so that opening it must write
  const file = (await savedData(page, id)) as { project: { name: string } };
  file.project.name = 'Mine';
  const json = JSON.stringify(file);
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await confirmRow(page, 2);
  await expect(page.getByText("Not saved: the browser's storage is full (The quota has been exceeded.)")).toBeVisible();

  // the change that was not saved is not dropped without a word
  const leaving = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.message()), void dialog.accept())));
  await page.getByRole('link', { name: '+ Bring your own texts' }).click();
  expect(await leaving).toMatch(/not saved\. Leave it and lose the change\?/);
  await page.getByLabel('Project file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.locator('.project-file').getByRole('alert')).toHaveText(/^Not saved: mine\.json was not opened, because the browser's storage is full/);

  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => (resolve(dialog.type()), void dialog.accept())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
});

test('a tab holding a refused change asks before another page of the app drops it', async ({ page, context }) => {
  const { id, other, conflict } = await staleTab(page, context);

  const asked: string[] = [];
  other.once('dialog', (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
  const communique = other.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: /毛泽东和赫鲁晓夫会谈公报/ });
  await communique.click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/not saved\. Leave it and lose the change\?/);
  // declined: the project and its refused change are still there
  await expect(conflict).toBeVisible();
  expect(new URL(other.url()).searchParams.get('project')).toBe(id);
  await expect(other.locator('[data-pane="zh"] .row[data-row="3"]')).toHaveClass(/confirmed/);

  other.once('dialog', (dialog) => void dialog.accept());
  await communique.click();
  await expect(other.locator('[data-pane="zh-rmrb"]')).toContainText('中国方面参加会谈的有');
});
