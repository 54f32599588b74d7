/**
 * Reader speed in headless Chromium on a generated document of 10,000 rows and three witnesses
 * (two Chinese, one English; nothing copyrighted): time to first paint and to the panes being
 * shown, and frames per second while a pane scrolls with sync on (frames counted with
 * requestAnimationFrame during a scripted scroll). Also the communiqué's initial JavaScript,
 * gzipped. Prints figures; asserts nothing.
 *
 *   npx tsx bench/reader.ts        (builds the app first with `vite build`)
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { BuiltDocument, Row } from '../src/core/model.ts';
import { buildWitness } from '../src/core/pipeline/build-witness.ts';
import { corpusIndexOf } from '../src/core/pipeline/corpus-index.ts';
import { seededRandom } from '../tests/generators/parallel-text.ts';

const ROWS = 10_000;
const random = seededRandom(5);
const ZH = '中国苏联双方会谈人民和平团结发展经济合作国际形势关系社会主义斗争胜利政府代表问题意见一致认为支持反对';
const EN = 'peace unity people talks both sides government economy cooperation international situation relations struggle victory support'.split(' ');
const zhSentence = () => `${Array.from({ length: 12 + Math.floor(random() * 30) }, () => ZH[Math.floor(random() * ZH.length)]).join('')}。`;
const enSentence = () => {
  const words = Array.from({ length: 10 + Math.floor(random() * 25) }, () => EN[Math.floor(random() * EN.length)]!);
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const zh = Array.from({ length: ROWS }, zhSentence);
const spec = (id: string, lang: 'zh' | 'en') => ({ id, lang, script: lang === 'zh' ? 'hans' : 'latn', label: id, file: `${id}.txt`, format: 'plain-text' }) as const;
const witnesses = [buildWitness(spec('zh-a', 'zh'), zh.join('\n')), buildWitness(spec('zh-b', 'zh'), zh.join('\n')), buildWitness(spec('en', 'en'), Array.from({ length: ROWS }, enSentence).join('\n'))];
const rows: Row[] = Array.from({ length: ROWS }, (_, r) => ({ cells: witnesses.map(() => ({ start: r, end: r + 1 })), confidence: 0.9 }));
const doc: BuiltDocument = { id: 'bench-10000', title: { zh: '基准文件', en: 'Benchmark' }, date: '2026-01-01', credits: 'generated', witnesses, rows };

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const assets = join('dist', 'assets');
const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
const initial = js.map((f) => gzipSync(readFileSync(join(assets, f))).length).reduce((a, b) => a + b, 0);
console.log(`initial JavaScript: ${(initial / 1024).toFixed(1)} KB gzipped (${js.length} file(s); budget 150 KB)`);

const site = mkdtempSync(join(tmpdir(), 'dz-reader-bench-'));
cpSync('dist', site, { recursive: true });
writeFileSync(join(site, 'corpus.json'), JSON.stringify(corpusIndexOf([doc])));
writeFileSync(join(site, 'doc-bench-10000.json'), JSON.stringify(doc));
const port = 4199;
// its own process group, so that ending the benchmark ends the server under npx too
const server = spawn('npx', ['vite', 'preview', '--outDir', site, '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // when the first row enters the page, and the frame after (its paint), by the page's own clock
  await page.addInitScript(`new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-row="1"]')) return;
    observer.disconnect();
    window.__firstRow = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__firstRowPainted = performance.now())));
  }).observe(document, { childList: true, subtree: true })`);
  const started = Date.now();
  await page.goto(`http://localhost:${port}/?doc=bench-10000`);
  await page.waitForSelector('[data-pane="en"] [data-row="1"]', { timeout: 60_000 });
  const firstRows = Date.now() - started;
  await page.waitForSelector('[data-pane="en"] [data-row="10000"]', { state: 'attached', timeout: 60_000 });
  const shown = Date.now() - started;
  const paint = (await page.evaluate(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`)) as number;
  const [firstRow, firstRowPainted] = (await page.evaluate(`[window.__firstRow, window.__firstRowPainted]`)) as number[];
  const marks = (await page.evaluate(`performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime) + ' ms').join(', ')`)) as string;
  const script = (await page.evaluate(`Math.round(performance.getEntriesByType('resource').find((r) => r.name.includes('/assets/'))?.responseEnd ?? NaN)`)) as number;
  console.log(`  on the way: script loaded ${script} ms; ${marks}`);
  console.log(`10,000 rows × 3 panes: first contentful paint ${paint.toFixed(0)} ms (the loading line); the document's first rows in the page ${firstRow!.toFixed(0)} ms and painted by ${firstRowPainted!.toFixed(0)} ms after navigation start (Playwright saw them at ${firstRows} ms); all 10,000 rows in the page after ${shown} ms`);
  // Scripts as strings: tsx would wrap named functions in a helper the page does not have.
  const measureFps = async () => (await page.evaluate(`new Promise((resolve) => {
    const pane = document.querySelector('[data-pane="zh-a"]');
    let frames = 0;
    const start = performance.now();
    const step = () => {
      frames++;
      pane.scrollTop += 40;
      if (performance.now() - start < 3000) requestAnimationFrame(step);
      else resolve(frames / ((performance.now() - start) / 1000));
    };
    requestAnimationFrame(step);
  })`)) as number;
  await page.mouse.move(5, 5);
  const fpsAway = await measureFps();
  await page.locator('[data-pane="zh-a"]').hover();
  const fps = await measureFps();
  const level = (await page.evaluate(`['zh-a', 'zh-b', 'en'].map((id) => document.querySelector('[data-pane="' + id + '"]').scrollTop)`)) as number[];
  console.log(`scripted scroll with sync: ${fps.toFixed(1)} frames per second over 3 s with the pointer over the pane, ${fpsAway.toFixed(1)} with it elsewhere (target ≥ 55); scrollTops after: ${level.join(', ')}`);
} finally {
  await browser.close();
  process.kill(-server.pid!, 'SIGTERM');
  rmSync(site, { recursive: true, force: true });
}
