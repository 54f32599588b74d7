/**
 * The one-file reader, as a class gets it: a single HTML file (made by `publish`, or downloaded
 * from Share → One-file reader) opened from disk in a browser with the network off. Every request
 * the page makes is logged: the file itself must be the only one. In it: the panes with their rows,
 * a hidden text revealed, pinyin, a word's card, and a note that survives a reload.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';
import { confirmRow, makeProject } from './support/project.ts';

const OUT = resolve('test-results/one-file');

/**
 * The file opened offline in a fresh context; `requests` lists every URL the page asked for, and
 * `close` checks that the file's own policy refused nothing either (a request it blocks is never made).
 */
async function openOffline(browser: Browser, file: string, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport });
  await context.setOffline(true);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  // anything but a file: URL is refused outright (the page's own policy should never let one out)
  await context.route(/^(?!file:)/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  await expect(page.locator('[data-pane]').first()).toBeVisible();
  expect(errors).toEqual([]);
  const close = async () => {
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await context.close();
  };
  return { page, requests, close };
}

function publish(args: readonly string[]): void {
  execFileSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'publish', ...args], { stdio: 'pipe' });
}

test('a one-file reader from the command line opens from disk offline, fetches nothing, and keeps a note', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'communique-cli.html');
  publish(['mao-khrushchev-1958', '--out', file, '--view', 'hidden=en']);
  const { page, requests, close } = await openOffline(browser, file);
  const href = pathToFileURL(file).href;

  await expect(page.getByText(/^One-file reader made with Duizhao \d+\.\d+\.\d+ from 毛泽东和赫鲁晓夫会谈公报 on \d{4}-\d\d-\d\d$/)).toBeVisible();
  await expect(page.locator('[data-pane="zh-rmrb"][lang="zh-Hans"] .seg[data-row="1"][data-witness="zh-rmrb"]')).toHaveText('毛泽东和赫鲁晓夫会谈公报');
  await expect(page.locator('[data-pane="zh-treaty"] .seg[data-row]').first()).toBeVisible();
  await expect(page.locator('mark[data-variant]').first()).toBeVisible();

  // the English came hidden, as the view it was made with says: revealed row by row
  const en = page.locator('[data-pane="en"]');
  await expect(en).not.toContainText('From July 31');
  await expect(en.locator('.seg[data-row="2"]')).toHaveClass(/concealed/);
  await page.getByRole('button', { name: 'Reveal row 2' }).click();
  await expect(en.locator('.seg[data-row="2"]')).toContainText('From July 31 to August 3, 1958');

  // pinyin from the readings the file carries (pinyin-pro's, as the app reads them)
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Pinyin' }).click();
  await closeMenu(page);
  const title = page.locator('[data-pane="zh-rmrb"] .seg[data-row="1"]');
  expect(await title.locator('rt').allInnerTexts()).toEqual(['máo', 'zé', 'dōng', 'hé', 'hè', 'lǔ', 'xiǎo', 'fū', 'huì', 'tán', 'gōng', 'bào']);

  // words: the card from the document's glossary in the file
  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Words' }).click();
  await closeMenu(page);
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="2"] .w[data-w="赫鲁晓夫"]').first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Nikita Khrushchev');

  // a student's note, kept in this browser over a reload
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="5"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 5' }).fill('陈毅 </script><b>bold</b>');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('[data-pane="zh-rmrb"] [data-note-row="5"]')).toBeVisible();
  await expect(page.getByText('Your notes are kept in this browser.')).toBeVisible();
  await page.reload();
  const marker = page.locator('[data-pane="zh-rmrb"] [data-note-row="5"]');
  await expect(marker).toHaveAttribute('title', 'Note: 陈毅 </script><b>bold</b>');
  // the same file in a second tab: a note written there shows here at once
  const second = await page.context().newPage();
  await second.goto(href);
  await second.locator('[data-pane="zh-rmrb"] .seg[data-row="6"]').click();
  await second.keyboard.press('o');
  await second.getByRole('textbox', { name: 'Note on row 6' }).fill('from the second tab');
  await second.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('[data-pane="zh-rmrb"] [data-note-row="6"]')).toHaveAttribute('title', 'Note: from the second tab');
  await expect(second.locator('[data-pane="zh-rmrb"] [data-note-row="5"]')).toBeVisible();
  await second.close();
  await page.screenshot({ path: join(OUT, 'one-file-1280.png') });
  // no find in a one-file reader: the list of keys does not offer it
  await page.keyboard.press('?');
  await expect(page.getByText('a note on the current row')).toBeVisible();
  await expect(page.getByText('find in the document')).toHaveCount(0);
  await expect(page.getByRole('searchbox')).toHaveCount(0);

  expect(requests.filter((url) => url !== href)).toEqual([]);
  await close();
});

test('Share → One-file reader downloads the open document with its teaching view, and it opens offline', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?doc=mao-khrushchev-1958&w=zh-rmrb,en&hidden=en&pinyin=on&words=on&size=1.35');
  await expect(page.locator('[data-pane="en"] .seg.concealed').first()).toBeVisible();
  // the teacher's note, kept in this browser, goes into the file
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="3"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 3' }).fill('who is missing here?');
  await page.getByRole('button', { name: 'Save note' }).click();
  const downloading = page.waitForEvent('download');
  await (await openMenu(page, 'Share')).getByRole('button', { name: 'One-file reader' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.reader\.html$/);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'communique-app.html');
  await download.saveAs(file);

  const { page: reader, requests, close } = await openOffline(browser, file, { width: 390, height: 844 });
  // the texts shown (the treaty text left out), the English hidden, pinyin on: as the teacher had them
  await expect(reader.locator('[data-pane="zh-treaty"]')).toHaveCount(0);
  await expect(reader.locator('[data-witness="zh-treaty"]')).toHaveCount(0);
  await expect(reader.locator('.seg.concealed[data-witness="en"]').first()).toBeVisible();
  await expect(reader.locator('[data-witness="zh-rmrb"][data-row="1"] rt').first()).toHaveText('máo');
  await expect(reader.locator('[data-note-row="3"]')).toHaveAttribute('title', 'Note: who is missing here?');
  // words on and the text as large as the teacher had it
  await expect(reader.locator('[data-witness="zh-rmrb"] .w').first()).toBeAttached();
  await expect(reader.locator('.panes')).toHaveAttribute('style', /--text-scale: 1\.35/);
  await reader.screenshot({ path: join(OUT, 'one-file-390.png') });
  expect(requests.filter((url) => url !== pathToFileURL(file).href)).toEqual([]);
  await close();
});

test('a one-file reader whose data was damaged says so, and fetches nothing still', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'damaged.html');
  publish(['prc-dprk-1958', '--out', file]);
  // a row that points past the text's sentences: the document no longer holds together
  writeFileSync(file, readFileSync(file, 'utf8').replace(/"cells":\[\{"start":0,"end":1\}/, '"cells":[{"start":0,"end":999}'));
  const context = await browser.newContext();
  await context.setOffline(true);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByRole('alert')).toHaveText(/^This one-file reader cannot be shown: the document in this file: not a valid Duizhao build file: its data does not have the shape of a Duizhao document/);
  expect(requests).toEqual([pathToFileURL(file).href]);
  await context.close();
});

test('Share → One-file reader of a project carries its rows, confirmations, notes and hidden English', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await makeProject(page);
  await confirmRow(page, 2);
  await page.locator('[data-pane="zh"] .seg[data-row="3"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 3' }).fill('a teacher’s note');
  await page.getByRole('button', { name: 'Save note' }).click();
  await (await openMenu(page, 'Study')).getByRole('checkbox', { name: /en\.txt|English/ }).check();
  await closeMenu(page);
  const downloading = page.waitForEvent('download');
  await (await openMenu(page, 'Share')).getByRole('button', { name: 'One-file reader' }).click();
  const download = await downloading;
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'project-app.html');
  await download.saveAs(file);

  const { page: reader, requests, close } = await openOffline(browser, file);
  await expect(reader.getByText(/^One-file reader made with Duizhao .* from zh on \d{4}-\d\d-\d\d$/)).toBeVisible();
  await expect(reader.locator('[data-pane="zh"] .row[data-row="2"]')).toHaveClass(/confirmed/);
  await expect(reader.locator('[data-pane="zh"] [data-note-row="3"]')).toHaveAttribute('title', 'Note: a teacher’s note');
  await expect(reader.locator('[data-pane="en"] .seg.concealed').first()).toBeVisible();
  // no editing in a one-file reader
  await expect(reader.getByRole('button', { name: 'Confirm', exact: true })).toHaveCount(0);
  // words from the glossary the project's worker made
  await (await openMenu(reader, 'Study')).getByRole('button', { name: 'Words' }).click();
  await closeMenu(reader);
  await reader.locator('[data-pane="zh"] .w[data-w="赫鲁晓夫"]').first().hover();
  await expect(reader.getByRole('tooltip')).toContainText('Nikita Khrushchev');
  expect(requests.filter((url) => url !== pathToFileURL(file).href)).toEqual([]);
  await close();
});

test('where the browser refuses storage to a file, the one-file reader says notes will not last, and still takes them', async ({ browser }) => {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'no-storage.html');
  publish(['mao-khrushchev-1958', '--out', file]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.setOffline(true);
  // as a browser that gives pages opened from disk no storage: reaching localStorage throws
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByText('This browser keeps nothing for a file opened from disk: notes written here last until the page is closed.')).toBeVisible();
  await page.locator('[data-pane="zh-rmrb"] .seg[data-row="4"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 4' }).fill('for now');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('[data-pane="zh-rmrb"] [data-note-row="4"]')).toHaveAttribute('title', 'Note: for now');
  // the text size works for the session too
  await (await openMenu(page, 'Layout')).getByRole('button', { name: 'A+ Larger text' }).click();
  await expect(page.getByText('110%')).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});

test('Share → One-file reader says why when the reader’s script cannot be had, and downloads nothing', async ({ page }) => {
  await page.goto('/?doc=prc-dprk-1958');
  await page.route('**/one-file/reader.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  let downloads = 0;
  page.on('download', () => downloads++);
  const share = await openMenu(page, 'Share');
  await share.getByRole('button', { name: 'One-file reader' }).click();
  await expect(share.getByRole('alert')).toHaveText('The one-file reader could not be made: /one-file/reader.js could not be loaded (HTTP 404)');
  await expect(share.getByRole('button', { name: 'One-file reader' })).toBeEnabled();
  expect(downloads).toBe(0);
});
