/**
 * The lesson's view kept with its document and project: a teacher sets a text up for a class
 * (English hidden, pinyin, words, flowing layout, larger text), goes elsewhere, and finds it so
 * when reopening it from the library, from a bare link or after a reload; a link made with a view
 * keeps that view; a project's file carries it to another browser.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';
import { makeProject } from './support/project.ts';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

/** Hide the English, pinyin and words on, flowing text, the text two steps larger. */
async function setUpLesson(page: Page, english: string) {
  const study = await openMenu(page, 'Study');
  await study.getByRole('checkbox', { name: english }).check();
  await study.getByRole('button', { name: 'Pinyin' }).click();
  await study.getByRole('button', { name: 'Words', exact: true }).click();
  await (await openMenu(page, 'Layout')).getByRole('button', { name: 'Flowing text' }).click();
  const layout = await openMenu(page, 'Layout');
  await layout.getByRole('button', { name: 'A+ Larger text' }).click();
  await layout.getByRole('button', { name: 'A+ Larger text' }).click();
  await closeMenu(page);
}

async function expectLesson(page: Page, english: string, pane: string) {
  await expect(page.locator(`[data-pane="${pane}"] .concealed`).first()).toBeVisible();
  await expect(page.locator('[data-pane] rt').first()).toBeVisible();
  const study = await openMenu(page, 'Study');
  await expect(study.getByRole('checkbox', { name: english })).toBeChecked();
  await expect(study.getByRole('button', { name: 'Words', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const layout = await openMenu(page, 'Layout');
  await expect(layout.getByRole('button', { name: 'Flowing text' })).toHaveAttribute('aria-pressed', 'true');
  await expect(layout.getByText('120%')).toBeVisible();
  await closeMenu(page);
}

test('a corpus document keeps its lesson: reopened from the library, from a bare link and after a reload', async ({ page }) => {
  await page.goto('/?doc=mao-khrushchev-1958');
  await expect(page.locator('[data-pane="en"]')).toContainText('From July 31');
  await setUpLesson(page, 'English translation');
  await expect(page).toHaveURL(/hidden=en.*pinyin=on.*words=on.*size=1\.2/);
  await expectLesson(page, 'English translation', 'en');

  // another document is read as it was, not as this lesson
  await page.getByRole('link', { name: /朝鲜民主主义人民共和国政府联合声明/ }).click();
  await expect(page.locator('[data-pane="zh-treaty"]')).toBeVisible();
  await expect(page.locator('[data-pane] rt')).toHaveCount(0);
  // back from the library: the lesson as it was left
  await page.getByRole('link', { name: /毛泽东和赫鲁晓夫会谈公报/ }).click();
  await expect(page.locator('[data-pane="en"]')).toBeVisible();
  await expectLesson(page, 'English translation', 'en');

  // a bare link, in this browser
  await page.goto('/?doc=mao-khrushchev-1958');
  await expectLesson(page, 'English translation', 'en');
  await page.reload();
  await expectLesson(page, 'English translation', 'en');

  // a link that says how to show the texts is shown as it says, and that becomes the lesson
  await page.goto('/?doc=mao-khrushchev-1958&layout=rows');
  await expect(page.locator('[data-pane="en"]')).toContainText('From July 31');
  await expect(page.locator('[data-pane] rt')).toHaveCount(0);
  await page.goto('/?doc=mao-khrushchev-1958');
  await expect(page.locator('[data-pane="en"]')).toContainText('From July 31');
  await expect(page.locator('[data-pane] rt')).toHaveCount(0);
});

test("a project keeps its lesson over a reload, and its file carries it to another browser", async ({ page, browser }) => {
  await makeProject(page);
  await expect(page.locator('[data-pane="en"]')).toBeVisible();
  await setUpLesson(page, 'English translation');
  const url = new URL(page.url());
  const project = url.searchParams.get('project')!;
  await page.goto(`/?project=${project}`);
  await expectLesson(page, 'English translation', 'en');

  // Share → the project's file, opened in a browser that has never seen it
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON' }).click();
  const file = await (await download).path();
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { view?: string };
  expect(saved.view).toMatch(/hidden=en/);

  const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const fresh = await other.newPage();
  await fresh.goto('/?new');
  await fresh.getByLabel('Project file').setInputFiles(file);
  await expect(fresh.locator('[data-pane="en"]')).toBeVisible();
  await expectLesson(fresh, 'English translation', 'en');
  await other.close();
});
