/**
 * Names, not file names: a project's texts are labelled readably from their files' names, renamed
 * in the editor (one change, undone as one), and the name is what the pane heading, the TMX export,
 * the handout and the library say; it is kept over a reload, and a long one never widens a phone's page.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { makeProject, savedData } from './support/project.ts';

const NAME = "人民日报 · People's Daily";

test('rename a text: the pane heading, the TMX export, the handout and the library use the name; undone as one; kept over a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await makeProject(page);
  const zhTitle = page.locator('[data-pane="zh"] .pane-title');
  // the files were zh.txt and en.txt: named by their languages, not by the files
  await expect(zhTitle).toContainText('Chinese text');
  await expect(zhTitle).not.toContainText('zh.txt');
  await expect(page.locator('[data-pane="en"] .pane-title')).toContainText('English translation');

  await page.getByRole('button', { name: 'Name the texts…' }).click();
  const form = page.getByRole('form', { name: 'Names of the texts' });
  const zhName = form.getByRole('textbox', { name: 'Name of the text from zh.txt' });
  await zhName.fill('   ');
  await expect(form.getByRole('alert')).toHaveText('a text needs a name');
  await expect(form.getByRole('button', { name: 'Save names' })).toBeDisabled();
  await zhName.fill(NAME);
  await form.getByRole('button', { name: 'Save names' }).click();
  await expect(form).toHaveCount(0);
  await expect(zhTitle).toContainText(NAME);
  await expect(zhTitle).toHaveAttribute('title', NAME);
  await expect(page.getByRole('region', { name: NAME })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`Undone: Rename “Chinese text” to “${NAME}”.`)).toBeVisible();
  await expect(zhTitle).toContainText('Chinese text');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(zhTitle).toContainText(NAME);
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TMX' }).click();
  const tmx = readFileSync((await (await download).path())!, 'utf8');
  expect(tmx).toContain('<tuv xml:lang="zh-CN"><prop type="x-label">人民日报 · People&apos;s Daily</prop><seg>');
  expect(tmx).toContain('<tuv xml:lang="en"><prop type="x-label">English translation</prop><seg>');

  await page.reload();
  await expect(zhTitle).toContainText(NAME);
  await expect(page.getByRole('list', { name: 'Your projects' })).toContainText(`${NAME}, English translation`);
  const saved = (await savedData(page, id)) as { project: { witnesses: { label: string }[] } };
  expect(saved.project.witnesses.map((w) => w.label)).toEqual([NAME, 'English translation']);

  await page.goto(`${page.url()}&handout`);
  await expect(page.locator('.handout-main thead th')).toHaveText(['#', NAME, 'English translation']);
  await expect(page.getByRole('form', { name: 'Handout options' })).toContainText(`Print ${NAME}`);
});

test('a long name is cut short with an ellipsis on a phone, whole in its title, and the page does not widen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await makeProject(page);
  const long = 'The Joint Communiqué of the Chairman and the First Secretary, printed 4 Aug 1958';
  await page.getByRole('button', { name: 'Name the texts…' }).click();
  await page.getByRole('textbox', { name: 'Name of the text from en.txt' }).fill(long);
  await page.getByRole('button', { name: 'Save names' }).click();
  await expect(page.locator('[data-pane="en"] .pane-title')).toHaveAttribute('title', long);
  await page.setViewportSize({ width: 390, height: 844 });
  // in columns, the pane's heading is cut short
  const enTitle = page.locator('[data-pane="en"] .pane-title');
  expect(await enTitle.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis')).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // opened on a phone, it reads interlinear: one column, its heading holding every name
  await page.reload();
  const title = page.locator('[data-pane="interlinear"] .pane-title');
  await expect(title).toHaveAttribute('title', `Chinese text, ${long}`);
  expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis')).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/long-label-phone.png' });
});

test('a project saved before labels, its texts labelled with their file names, opens with readable names', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await makeProject(page);
  // as an older version saved it: each text's label its file's name
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onsuccess = () => {
          const store = open.result.transaction('projects', 'readwrite').objectStore('projects');
          const get = store.get(key);
          get.onsuccess = () => {
            const record = get.result as { project: { witnesses: { label: string }[]; sources: { fileName: string }[] } };
            record.project.witnesses.forEach((w, i) => (w.label = record.project.sources[i]!.fileName));
            const put = store.put(record, key);
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
    id,
  );
  const saved = (await savedData(page, id)) as { project: { witnesses: { label: string }[] } };
  expect(saved.project.witnesses.map((w) => w.label)).toEqual(['zh.txt', 'en.txt']);
  await page.reload();
  await expect(page.locator('[data-pane="zh"] .pane-title')).toContainText('Chinese text');
  await expect(page.locator('[data-pane="en"] .pane-title')).toContainText('English translation');
  await expect(page.locator('.pane-title').filter({ hasText: /\.txt/ })).toHaveCount(0);
});
