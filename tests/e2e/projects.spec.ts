/**
 * Texts users bring, as a teacher or a scholar uses them: choose a GBK Chinese file and a UTF-8
 * English one, watch the progress, correct two rows, undo one, reload and find the work still
 * there, export TMX and read what was downloaded; markup in a text stays text; bad files get a
 * clear message and the page stays usable; saved data that fails validation is set aside and said.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { closeMenu, openMenu } from './support/reader.ts';
import { encodeGbk } from './support/gbk.ts';
import { confirmRow, makeProject } from './support/project.ts';

const communique = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/build/doc-mao-khrushchev-1958.json'), 'utf8')) as { witnesses: { id: string; text: string }[] };
const textOf = (id: string) => communique.witnesses.find((w) => w.id === id)!.text;
/** The communiqué many times over: long enough that aligning takes a while and progress shows. */
const long = (id: string, times: number) => Array.from({ length: times }, () => textOf(id)).join('\n\n');

const chineseFile = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: encodeGbk(text) });
const englishFile = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });

/** Values the progress bar showed, recorded in the page as they change. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { __progress: number[] }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

const rowsOf = async (page: Page) => Number((await page.locator('.current-row').textContent())!.match(/of (\d+)|^(\d+) rows/)!.slice(1).find(Boolean));

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('a GBK Chinese file and a UTF-8 English file: aligned with progress, corrected, undone, kept over a reload, exported as TMX', async ({ page }) => {
  // a long walk through the editor: 20 s alone, more on a shared machine's two cores
  test.setTimeout(60_000);
  await page.goto('/');
  await page.getByRole('link', { name: '+ Bring your own texts' }).click();
  await expect(page).toHaveURL(/\?new$/);
  await page.getByLabel('File for the chinese text').setInputFiles(chineseFile('communique-gbk.txt', long('zh-rmrb', 40)));
  await page.getByLabel('File for the english translation').setInputFiles(englishFile('communique-en.txt', long('en', 40)));
  const chineseSlot = page.getByRole('region', { name: 'Chinese text' });
  await expect(chineseSlot.getByRole('combobox', { name: /^Encoding/ })).toHaveValue('gb18030');
  await expect(chineseSlot.getByRole('option', { name: /GB18030.*\(detected\)/ })).toHaveCount(1);
  await expect(chineseSlot).toContainText('Chinese (100% Han characters) (expected Chinese) ✓');
  await expect(chineseSlot).toContainText('毛泽东和赫鲁晓夫会谈公报');
  await expect(page.getByRole('region', { name: 'English translation' }).getByRole('combobox', { name: /^Encoding/ })).toHaveValue('utf-8');

  await recordProgress(page);
  await page.getByRole('textbox', { name: 'Name' }).fill('Communiqué ×40');
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page.getByRole('progressbar', { name: 'Aligning the texts' })).toBeVisible();
  await expect(page).toHaveURL(/\?project=/, { timeout: 60_000 });
  const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
  expect(progress.length).toBeGreaterThan(3);
  expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  await expect(page.locator('[data-pane="zh"]')).toContainText('中国方面参加会谈的有');
  const editor = page.getByRole('region', { name: 'Correct the alignment' });
  await expect(editor.getByText('0% confirmed')).toBeVisible();
  const before = await rowsOf(page);

  // Correction 1: merge rows 3 and 4 (click a sentence of row 3, press m).
  await page.locator('[data-pane="en"] .seg[data-row="3"]').first().click();
  const row3 = await page.locator('[data-pane="zh"] .row[data-row="3"]').innerText();
  const row4 = await page.locator('[data-pane="zh"] .row[data-row="4"]').innerText();
  await page.keyboard.press('m');
  await expect(page.getByText(`Row 3 of ${before - 1}`)).toBeVisible();
  // Correction 2: push row 5's last English sentence down; then undo it.
  await page.locator('[data-pane="en"] .seg[data-row="5"]').last().click();
  await page.getByRole('button', { name: 'Push sentence down' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Move a sentence down out of row 5/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Move a sentence down out of row 5.')).toBeVisible();
  // Confirm row 3.
  await page.locator('[data-pane="zh"] .seg[data-row="3"]').first().click();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(editor.getByText(`1 of ${before - 1} rows`)).toBeVisible();
  await expect(page.getByText('Saved in this browser')).toBeVisible();

  // Reload: the project, its table, confirmation and history are still there.
  await page.reload();
  await expect(page.locator('[data-pane="zh"] .row[data-row="3"]')).toBeVisible();
  await expect(editor.getByText(`1 of ${before - 1} rows`)).toBeVisible();
  expect(await page.locator('[data-pane="zh"] .row[data-row="3"]').innerText()).toContain(row4.replace(/^\d+\s*/, '').trim().slice(0, 8));
  await expect(page.locator('[data-pane="zh"] .row[data-row="3"]')).toHaveClass(/confirmed/);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Confirm row 3/);
  // the history came back too: undo the confirmation and the merge, then redo both
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: Merge rows 3 and 4.')).toBeVisible();
  expect(await rowsOf(page)).toBe(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByText('Redone: Confirm row 3.')).toBeVisible();
  expect(await rowsOf(page)).toBe(before - 1);
  await expect(page.getByRole('link', { name: /Communiqué ×40/ })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept('Communiqué ×40, checked'));
  await page.getByRole('button', { name: 'Rename…' }).click();
  await expect(page.getByRole('link', { name: /Communiqué ×40, checked/ })).toBeVisible();
  // the next row still to check: from row 2, past the confirmed row 3, row 4
  await page.locator('[data-pane="zh"] .seg[data-row="2"]').first().click();
  await page.keyboard.press('u');
  await expect(page.getByText(`Row 4 of ${before - 1}`)).toBeVisible();

  // Export TMX and read the file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TMX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Communiqué ×40, checked.zh-en.tmx');
  const tmx = readFileSync((await file.path())!, 'utf8');
  expect(tmx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
  const units = tmx.split('<tu>').slice(1);
  // one unit per row with text on both sides (the Chinese title has no English row of its own)
  expect(units.length).toBeGreaterThan(before - 1 - 45);
  expect(units.length).toBeLessThanOrEqual(before - 1);
  const third = units.find((u) => u.includes('<prop type="x-row">3</prop>'))!;
  const zhSeg = third.match(/<tuv xml:lang="zh-CN">(?:<prop type="x-label">[^<]*<\/prop>)?<seg>(.*?)<\/seg>/)![1]!;
  expect(zhSeg).toBe(`${row3.replace(/^\d+\s*/, '').trim()}${row4.replace(/^\d+\s*/, '').trim()}`);
});

test('markup in a text is only text: nothing in it runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const zh = '中华人民共和国和苏维埃社会主义共和国联盟的会谈公报。<img src=x onerror=alert(1)>双方认为会谈是友好的。<script>alert(2)</script>两国人民的团结万岁。';
  const en = 'The communiqué of the talks. <img src=x onerror=alert(3)> Both sides found the talks friendly. <script>alert(4)</script> Long live the unity of the two peoples.';
  await page.goto('/?new');
  await page.getByLabel('File for the chinese text').setInputFiles({ name: 'zh.txt', mimeType: 'text/plain', buffer: Buffer.from(zh) });
  await page.getByRole('region', { name: 'English translation' }).getByRole('textbox').fill(en);
  await page.getByRole('button', { name: 'Use the pasted text' }).click();
  await expect(page.getByRole('region', { name: 'Chinese text' })).toContainText('<img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page).toHaveURL(/\?project=/, { timeout: 30_000 });
  await expect(page.locator('[data-pane="zh"]')).toContainText('<script>alert(2)</script>');
  await expect(page.locator('[data-pane="en"]')).toContainText('<img src=x onerror=alert(3)>');
  await expect(page.locator('[data-pane] img, [data-pane] script, .import img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('bad files each get a clear message, and the page stays usable', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'dz-e2e-'));
  try {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x61));
    await page.goto('/?new');
    const zhFile = page.getByLabel('File for the chinese text');
    const zhSlot = page.getByRole('region', { name: 'Chinese text' });
    const remove = () => zhSlot.getByRole('button', { name: /^Remove / }).click();

    await zhFile.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await expect(zhSlot.getByRole('alert')).toHaveText('empty.txt: empty file, expected text');
    await remove();
    await zhFile.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
    await expect(zhSlot.getByRole('alert')).toHaveText('photo.png: image file (image/png), not a text');
    await remove();
    // an image under a text's name is found out by its bytes
    await zhFile.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]) });
    await expect(zhSlot.getByRole('alert')).toContainText('photo.txt: a binary file, not text');
    await remove();
    await zhFile.setInputFiles(huge);
    await expect(zhSlot.getByRole('alert')).toHaveText('huge.txt: too large (50.0 MB); a text can be at most 8.0 MB: split the text into parts and bring them one at a time');
    await remove();

    // two English texts where Chinese and English were expected
    await zhFile.setInputFiles(englishFile('english-too.txt', textOf('en')));
    await page.getByLabel('File for the english translation').setInputFiles(englishFile('en.txt', textOf('en')));
    await expect(zhSlot.getByRole('alert')).toHaveText(/^english-too\.txt: looks like English or another language \(0% Han characters\); expected Chinese$/);
    await expect(page.getByRole('button', { name: 'Align the texts' })).toBeDisabled();

    // a project file that is not one
    await page.getByLabel('Project file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"rows": []}') });
    await expect(page.locator('.project-file').getByRole('alert')).toHaveText(/^notes\.json: not a Duizhao project file/);

    // still usable: the right file in its place, and the texts align
    await remove();
    await zhFile.setInputFiles(chineseFile('zh.txt', textOf('zh-rmrb')));
    await expect(page.getByRole('button', { name: 'Align the texts' })).toBeEnabled();
    await page.getByRole('button', { name: 'Align the texts' }).click();
    await expect(page.locator('[data-pane="zh"]')).toContainText('中国方面参加会谈的有', { timeout: 30_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('damaged bytes: a bad byte in UTF-8 is shown as a warning; a GBK file with a stray byte is refused, and read as GB18030 on request', async ({ page }) => {
  await page.goto('/?new');
  const enSlot = page.getByRole('region', { name: 'English translation' });
  const zhSlot = page.getByRole('region', { name: 'Chinese text' });
  // UTF-8 English with curly quotes, and one stray Windows-1252 byte
  const english = Buffer.concat([Buffer.from('He said “hello”.\nThen he left.\n', 'utf8'), Buffer.from([0x93]), Buffer.from(' The end.\n')]);
  await page.getByLabel('File for the english translation').setInputFiles({ name: 'en-damaged.txt', mimeType: 'text/plain', buffer: english });
  await expect(enSlot.locator('.slot-warnings')).toContainText(`invalid UTF-8 at byte ${english.indexOf(0x93)} (line 3), read as U+FFFD`);
  await expect(enSlot.locator('.slot-preview')).toContainText('\uFFFD The end.');
  await expect(enSlot.getByLabel('Encoding')).toHaveValue('utf-8');

  const gbk = encodeGbk(textOf('zh-rmrb'));
  gbk[11] = 0x7f;
  await page.getByLabel('File for the chinese text').setInputFiles({ name: 'zh-stray.txt', mimeType: 'text/plain', buffer: gbk });
  await expect(zhSlot.getByRole('alert')).toHaveText(/^zh-stray\.txt: not valid UTF-8 \(at byte \d+, line 1\); it reads as gb18030 but for byte 11 \(line 1\) — choose the encoding gb18030 to read it with U\+FFFD there$/);
  await expect(page.getByRole('button', { name: 'Align the texts' })).toBeDisabled();
  await zhSlot.getByLabel('Read it as').selectOption('gb18030');
  await expect(zhSlot.locator('.slot-warnings')).toContainText('invalid GB18030 at byte 11 (line 1), read as U+FFFD');
  await expect(zhSlot.locator('.slot-preview')).toContainText('\uFFFD');
  await expect(page.getByRole('button', { name: 'Align the texts' })).toBeEnabled();
});

test('saved data that fails validation is set aside and reported, not dropped', async ({ page }) => {
  await page.goto('/?new');
  await page.getByLabel('File for the chinese text').setInputFiles(chineseFile('zh.txt', textOf('zh-rmrb')));
  await page.getByLabel('File for the english translation').setInputFiles(englishFile('en.txt', textOf('en')));
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page).toHaveURL(/\?project=/, { timeout: 30_000 });
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  const id = new URL(page.url()).searchParams.get('project')!;
  // damage the saved project, as a bug or another program might
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onsuccess = () => {
          const tx = open.result.transaction('projects', 'readwrite');
          const store = tx.objectStore('projects');
          const get = store.get(key);
          get.onsuccess = () => {
            const data = get.result as { project: { rows: unknown } };
            data.project.rows = [{ cells: 'broken' }];
            store.put(data, key);
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
  await page.reload();
  await expect(page.getByRole('main').getByRole('alert')).toContainText(`saved project "${id}": not a valid Duizhao project at project.rows`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('set aside, not deleted');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('alert')).toContainText('One saved project could not be read and was set aside');
  // the data is on the shelf
  const shelved = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('duizhao');
        open.onsuccess = () => {
          const count = open.result.transaction('set-aside').objectStore('set-aside').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(shelved).toBe(1);
});

test('two Chinese texts dropped together: a pane each, their differences marked; a sentence split at a character; the encoding read another way on request', async ({ page }) => {
  await page.goto('/?new');
  await page.getByRole('radio', { name: /Chinese texts of one work/ }).check();
  // drop two files at once on the first slot: they fill it and the next
  const files = [
    { name: 'rmrb.txt', bytes: [...encodeGbk(textOf('zh-rmrb'))] },
    { name: 'treaty.txt', bytes: [...Buffer.from(textOf('zh-treaty'), 'utf8')] },
  ];
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
    return data;
  }, files);
  await page.getByRole('region', { name: 'Chinese text A' }).dispatchEvent('drop', { dataTransfer: transfer });
  const a = page.getByRole('region', { name: 'Chinese text A' });
  await expect(a).toContainText('rmrb.txt');
  await expect(page.getByRole('region', { name: 'Chinese text B' })).toContainText('treaty.txt');

  // read as Big5, the GBK file is refused or garbled; read as GB18030 again, it is itself
  await a.getByRole('combobox', { name: /^Encoding/ }).selectOption('big5');
  await expect(a.getByRole('combobox').or(a.getByRole('alert')).first()).toBeVisible();
  await expect(a).not.toContainText('毛泽东和赫鲁晓夫会谈公报');
  await page.getByRole('button', { name: 'Remove rmrb.txt' }).click();
  await a.getByLabel('File for the chinese text a').setInputFiles(chineseFile('rmrb.txt', textOf('zh-rmrb')));
  await expect(a.getByRole('combobox', { name: /^Encoding/ })).toHaveValue('gb18030');
  await expect(a).toContainText('毛泽东和赫鲁晓夫会谈公报');

  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page.locator('[data-pane]')).toHaveCount(2, { timeout: 30_000 });
  expect(await page.locator('[data-pane]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pane')))).toEqual(['zh-a', 'zh-b']);
  await expect(page.locator('[data-pane="zh-b"] mark[data-variant="script"]').first()).toBeVisible();
  await expect((await openMenu(page, 'Differences')).getByRole('button', { name: /^script \d+/ })).toBeVisible();
  await closeMenu(page);

  // split the first sentence of row 2 in text A after its fourth character
  const rowsBefore = await rowsOf(page);
  await page.locator('[data-pane="zh-a"] .seg[data-row="2"]').first().click();
  await page.getByRole('button', { name: 'Split sentence…' }).click();
  const field = page.getByLabel('Put the caret where the sentence should break');
  const sentence = await field.inputValue();
  await field.press('Home');
  for (let k = 0; k < 4; k++) await field.press('ArrowRight');
  await page.getByRole('button', { name: 'Split here' }).click();
  await expect(page.locator('[data-pane="zh-a"] .row[data-row="2"] .seg')).toHaveCount(2);
  expect((await page.locator('[data-pane="zh-a"] .row[data-row="2"] .seg').allInnerTexts()).join('')).toBe(sentence);
  expect((await page.locator('[data-pane="zh-a"] .row[data-row="2"] .seg').first().innerText()).length).toBe(4);
  expect(await rowsOf(page)).toBe(rowsBefore);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-pane="zh-a"] .row[data-row="2"] .seg')).toHaveCount(1);
});

test('your own texts have the classroom tools too: the dictionary card from CC-CEDICT, notes kept in the project and exported', async ({ page }) => {
  await page.goto('/?new');
  await page.getByLabel('File for the chinese text').setInputFiles(chineseFile('zh.txt', textOf('zh-rmrb')));
  await page.getByLabel('File for the english translation').setInputFiles(englishFile('en.txt', textOf('en')));
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await expect(page.locator('[data-pane="zh"]')).toContainText('中国方面参加会谈的有', { timeout: 30_000 });

  await (await openMenu(page, 'Study')).getByRole('button', { name: 'Words' }).click();
  await closeMenu(page);
  const word = page.locator('[data-pane="zh"] .w[data-w="周恩来"]').first();
  await word.hover({ timeout: 30_000 });
  await expect(page.getByRole('tooltip')).toContainText('Zhōu Ēn lái');
  await expect(page.getByRole('tooltip')).toContainText('Zhou Enlai');

  await page.locator('[data-pane="zh"] .seg[data-row="3"]').click();
  await page.keyboard.press('o');
  await page.getByRole('textbox', { name: 'Note on row 3' }).fill('周恩来: the premier first');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Note on row 3/);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-pane="zh"] [data-note-row="3"]')).toHaveAttribute('title', 'Note: 周恩来: the premier first');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TMX' }).click();
  const tmx = readFileSync((await (await download).path())!, 'utf8');
  expect(tmx).toContain('<note>周恩来: the premier first</note>\n      <prop type="x-row">3</prop>');
});

test('realign unconfirmed: rows spoiled between two confirmed rows are aligned again, the confirmed ones kept; one undo brings the spoiled table back', async ({ page }) => {
  test.setTimeout(60_000);
  await makeProject(page);
  const editor = page.getByRole('region', { name: 'Correct the alignment' });
  const realign = editor.getByRole('button', { name: 'Realign unconfirmed' });
  await expect(realign).toBeDisabled();
  // each row's English sentences (not its number or flags)
  const cells = () => page.locator('[data-pane="en"] .row').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('.seg')].map((s) => s.textContent).join(' ')));
  const before = await rowsOf(page);
  const aligned = await cells();
  // confirm rows 2 and 8; spoil two rows between them
  await confirmRow(page, 2);
  await confirmRow(page, 8);
  await page.locator('[data-pane="en"] .seg[data-row="4"]').first().click();
  await page.keyboard.press('m');
  await expect(page.getByText(`Row 4 of ${before - 1}`)).toBeVisible();
  await page.locator('[data-pane="en"] .seg[data-row="5"]').last().click();
  await page.getByRole('button', { name: 'Push sentence down' }).click();
  await expect(editor.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Move a sentence down/);
  const spoiled = await cells();
  await realign.click();
  await expect(editor.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Realign the unconfirmed rows/);
  await expect.poll(() => rowsOf(page)).toBe(before);
  expect(await cells()).toEqual(aligned);
  await expect(page.locator('[data-pane="zh"] .row[data-row="2"]')).toHaveClass(/confirmed/);
  await expect(page.locator('[data-pane="zh"] .row[data-row="8"]')).toHaveClass(/confirmed/);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  // asked again, nothing changes, and it says so
  await realign.click();
  await expect(editor.getByText(/Not done: the aligner finds the same rows between the confirmed ones/)).toBeVisible();
  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => cells()).toEqual(spoiled);
});

test('an aligned TMX from another tool opens as a project, its rows as given; exported as TMX, confirmations and the traditional tag kept; a broken TSV is named with its line', async ({ page }) => {
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-TW" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="OmegaT" creationtoolversion="6" adminlang="en"/>
<body>
<tu><tuv xml:lang="zh-TW"><seg>學而時習之，不亦說乎？</seg></tuv><tuv xml:lang="en-US"><seg>Is it not a pleasure to learn and practise?</seg></tuv></tu>
<tu><tuv xml:lang="zh-TW"><seg>有朋自遠方來，不亦樂乎？</seg></tuv><tuv xml:lang="en-US"><seg>Is it not a joy to have friends come from afar?</seg></tuv></tu>
<tu><tuv xml:lang="zh-TW"><seg>人不知而不慍，不亦君子乎？</seg></tuv><tuv xml:lang="en-US"><seg>Is he not a man of virtue, who feels no discomposure though men may take no note of him?</seg></tuv></tu>
</body></tmx>`;
  await page.goto('/?new');
  await page.getByLabel('Project file').setInputFiles({ name: 'analects.tmx', mimeType: 'application/x-tmx+xml', buffer: Buffer.from(tmx) });
  await expect(page).toHaveURL(/\?project=/);
  await expect(page.locator('[data-pane]')).toHaveCount(2);
  await expect(page.locator('[data-pane="zh"]')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('[data-pane="en"] .row[data-row="2"]')).toContainText('friends come from afar');
  await confirmRow(page, 2);
  await expect(page.getByText('Saved in this browser')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TMX', exact: true }).click();
  const file = await (await download).path();
  const exported = readFileSync(file!, 'utf8');
  // each text named as the file's name gives it, not as the file
  expect(exported).toContain('<tuv xml:lang="zh-TW"><prop type="x-label">Analects (Chinese)</prop><seg>有朋自遠方來，不亦樂乎？</seg></tuv>');
  expect(exported).toContain('<tuv xml:lang="en"><prop type="x-label">Analects (English)</prop><seg>');
  expect(exported.match(/<prop type="x-status">confirmed<\/prop>/g)).toHaveLength(1);

  await page.goto('/?new');
  await page.getByLabel('Project file').setInputFiles({ name: 'primer.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from('早上好。\tGood morning.\n谢谢。\n') });
  await expect(page.getByRole('alert')).toContainText('primer.tsv, line 2: expected 2 columns, found 1');
});
