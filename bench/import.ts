/**
 * Bringing a 5 MB pair in the browser (headless Debian Chromium, the built app): a GBK Chinese file
 * and a UTF-8 English file of about 2.5 MB each (the communiqué's two texts repeated, so nothing
 * copyrighted), chosen on the import page and aligned in the worker. Prints how long reading,
 * aligning and opening take, how many progress updates the bar showed, the longest frame of the
 * page while the worker aligned (the page must never freeze), the time from a correction's key to
 * the table redrawn, a reload of the saved project, and, for the same pair in Node, the pipeline's
 * time and peak memory. Asserts nothing.
 *
 *   npx tsx bench/import.ts        (builds the corpus data and the app first)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createProject } from '../src/core/project/create-project.ts';
import { loadCedictLexicon } from '../src/cli/cedict.ts';
import { encodeGbk } from '../tests/e2e/support/gbk.ts';
import { serveFolder } from './reader/static-server.ts';

/** The two files together: the communiqué's Chinese (GBK) and English (UTF-8), repeated. */
const TARGET_BYTES = 5 * 1024 * 1024;

execFileSync('npm', ['run', '-s', 'cli', '--', 'build'], { stdio: 'inherit' });
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

const doc = JSON.parse(readFileSync('data/build/doc-mao-khrushchev-1958.json', 'utf8')) as { witnesses: { id: string; text: string }[] };
const text = (id: string) => doc.witnesses.find((w) => w.id === id)!.text;
const copies = Math.ceil(TARGET_BYTES / (encodeGbk(text('zh-rmrb')).length + Buffer.byteLength(text('en'))));
const repeat = (t: string) => Array.from({ length: copies }, () => t).join('\n\n');
const zh = repeat(text('zh-rmrb'));
const en = repeat(text('en'));
const dir = mkdtempSync(join(tmpdir(), 'dz-import-bench-'));
const zhFile = join(dir, 'chinese-gbk.txt');
const enFile = join(dir, 'english-utf8.txt');
writeFileSync(zhFile, encodeGbk(zh));
writeFileSync(enFile, en);
const mb = (file: string) => (readFileSync(file).length / 1024 / 1024).toFixed(2);
console.log(`pair (the communiqué ${copies} times): ${zhFile.split('/').pop()} ${mb(zhFile)} MB (GBK), ${enFile.split('/').pop()} ${mb(enFile)} MB (UTF-8); ${(Number(mb(zhFile)) + Number(mb(enFile))).toFixed(2)} MB in all`);

// The same pipeline in Node, for its time and memory.
{
  const lexicon = loadCedictLexicon();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const project = createProject(
    [
      { text: zh, lang: 'zh', fileName: 'zh', encoding: 'gb18030' },
      { text: en, lang: 'en', fileName: 'en', encoding: 'utf-8' },
    ],
    lexicon,
    { id: 'bench', name: 'bench', now: new Date().toISOString() },
    () => (peak = Math.max(peak, process.memoryUsage().rss)),
  );
  clearInterval(watch);
  console.log(`Node, createProject: ${((performance.now() - t0) / 1000).toFixed(2)} s for ${project.witnesses.map((w) => w.segments.length).join(' × ')} sentences → ${project.rows.length} rows; peak RSS ${(peak / 1e6).toFixed(0)} MB (${((peak - rssBefore) / 1e6).toFixed(0)} MB above the start)`);
}

const port = 4198;
const server = await serveFolder('dist', port, true);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://localhost:${port}/?new`);
  // the page's longest frame and progress values, recorded by the page itself
  await page.evaluate(`(() => {
    window.__frames = { longest: 0, last: performance.now(), on: false };
    const tick = (now) => { const f = window.__frames; if (f.on) f.longest = Math.max(f.longest, now - f.last); f.last = now; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.__progress = [];
    new MutationObserver(() => { const bar = document.querySelector('progress'); if (bar && window.__progress.at(-1) !== bar.value) window.__progress.push(bar.value); }).observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
  const t0 = performance.now();
  await page.getByLabel('File for the chinese text').setInputFiles(zhFile);
  await page.getByLabel('File for the english translation').setInputFiles(enFile);
  await page.getByRole('button', { name: 'Align the texts' }).waitFor();
  await page.waitForFunction(`!document.querySelector('button.primary').disabled`, undefined, { timeout: 60_000 });
  const read = performance.now() - t0;
  await page.evaluate(`window.__frames.on = true; window.__frames.last = performance.now()`);
  const t1 = performance.now();
  await page.getByRole('button', { name: 'Align the texts' }).click();
  await page.waitForURL(/\?project=/, { timeout: 600_000 });
  await page.locator('[data-pane="zh"] [data-row]').first().waitFor({ timeout: 60_000 });
  const aligned = performance.now() - t1;
  const { longest, progress } = (await page.evaluate(`({ longest: window.__frames.longest, progress: window.__progress })`)) as { longest: number; progress: number[] };
  const rows = await page.locator('.current-row').textContent();
  console.log(`browser: files read and decoded in ${(read / 1000).toFixed(2)} s; aligned and opened in ${(aligned / 1000).toFixed(2)} s (${rows?.split('·')[0]?.trim()}); ${progress.length} progress updates (${progress.slice(0, 3).join(', ')} … ${progress.slice(-2).join(', ')}); longest frame of the page meanwhile ${longest.toFixed(0)} ms`);

  // a correction: from the key to the table redrawn with one row fewer
  await page.locator('.editor').waitFor();
  const timings: number[] = [];
  for (let k = 0; k < 3; k++) {
    await page.locator(`[data-pane="en"] .seg[data-row="${3 + k}"]`).first().click();
    await page.waitForFunction((row) => document.querySelector('.current-row')?.textContent?.startsWith(`Row ${row} of`), 3 + k, { timeout: 10_000 }).catch(async () => {
      throw new Error(`row ${3 + k} did not become current: ${await page.locator('.current-row').textContent()}`);
    });
    const before = (await page.locator('.current-row').textContent())!;
    const t = performance.now();
    await page.keyboard.press('m');
    await page.waitForFunction((text) => document.querySelector('.current-row')?.textContent !== text, before, { timeout: 20_000 }).catch(async () => {
      await page.screenshot({ path: '/tmp/scratch/bench-fail.png' });
      throw new Error(`the merge did not show: ${await page.locator('.current-row').textContent()}; ${await page.locator('.editor').textContent()}`);
    });
    timings.push(performance.now() - t);
  }
  await page.getByText('Saved in this browser').waitFor();
  console.log(`a merge, key to table redrawn: ${timings.map((t) => t.toFixed(0)).join(', ')} ms`);

  const t2 = performance.now();
  await page.reload();
  await page.locator('[data-pane="zh"] [data-row]').first().waitFor({ timeout: 60_000 });
  console.log(`reload of the saved project: ${((performance.now() - t2) / 1000).toFixed(2)} s to its first rows`);
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
