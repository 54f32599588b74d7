/**
 * Reader speed in headless Chromium (Debian's) on a generated document of 10,000 rows and three
 * witnesses (two Chinese, one English; nothing copyrighted; with a variant list like the build's):
 * time to first paint and to the first rows painted, and frames per second while a pane scrolls
 * with sync on (frames counted with requestAnimationFrame during a scripted scroll), in aligned
 * and flowing layout, and in the interlinear column (one scroller: no sync to keep). Also the communiqué's initial JavaScript, gzipped. Prints figures; asserts
 * nothing.
 *
 *   npx tsx bench/reader.ts        (builds the app first with `vite build`)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { corpusIndexOf } from '../src/core/pipeline/corpus-index.ts';
import { generateDocument } from './reader/generate-document.ts';
import { serveFolder } from './reader/static-server.ts';
import { initialScripts } from './reader/initial-scripts.ts';

const ROWS = 10_000;
const RUNS = 3;

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const initial = initialScripts('dist');
const gzipped = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join('dist', file))).length, 0);
console.log(`initial JavaScript of the reader: ${(gzipped / 1024).toFixed(1)} KB gzipped (${initial.join(', ')}; budget 150 KB)`);

const doc = generateDocument(ROWS);
const json = JSON.stringify(doc);
const site = mkdtempSync(join(tmpdir(), 'dz-reader-bench-'));
cpSync('dist', site, { recursive: true });
writeFileSync(join(site, 'corpus.json'), JSON.stringify(corpusIndexOf([doc])));
writeFileSync(join(site, `doc-${doc.id}.json`), json);
console.log(`generated ${doc.id}: ${doc.rows.length} rows, segments ${doc.witnesses.map((w) => w.segments.length).join(' / ')}, ${doc.variants?.items.length ?? 0} differences; ${(json.length / 1e6).toFixed(1)} MB (${(gzipSync(json).length / 1e6).toFixed(1)} MB gzipped)`);

const port = 4199;
const server = await serveFolder(site, port, false);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

/** When the first row enters the page, and the frame after it (its paint), by the page's own clock. */
const WATCH_FIRST_ROW = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-row="1"]')) return;
  observer.disconnect();
  window.__firstRow = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__firstRowPainted = performance.now())));
}).observe(document, { childList: true, subtree: true })`;

/** Scroll one pane by 40 px a frame for 3 s; frames per second, and the longest frame. Scripts as strings: tsx would wrap named functions in a helper the page does not have. */
const scrollScript = (pane: string, by: number) => `new Promise((resolve) => {
  const el = document.querySelector('[data-pane="${pane}"]');
  const times = [];
  const start = performance.now();
  let last = start;
  const step = (now) => {
    times.push(now - last);
    last = now;
    el.scrollTop += ${by};
    if (now - start < 3000) requestAnimationFrame(step);
    else resolve({ fps: times.length / ((now - start) / 1000), longest: Math.max(...times.slice(1)), over20: times.filter((t) => t > 20).length });
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(step); });
})`;

/** How far apart the same row stands in the panes at the leader's reading line, in px. */
const levelScript = (panes: string[]) => `(() => {
  const els = ${JSON.stringify(panes)}.map((id) => document.querySelector('[data-pane="' + id + '"]'));
  const lead = els[0];
  const line = lead.getBoundingClientRect().top + lead.clientHeight * 0.3;
  let row = null;
  for (const el of lead.querySelectorAll('[data-first], .row')) if (el.getBoundingClientRect().top <= line) row = el.dataset.row;
  const tops = els.map((el) => el.querySelector('[data-row="' + row + '"]')?.getBoundingClientRect().top ?? NaN);
  return { row, spread: Math.max(...tops) - Math.min(...tops) };
})()`;

async function open(page: Page, query: string) {
  await page.addInitScript(WATCH_FIRST_ROW);
  await page.goto(`http://localhost:${port}/?doc=${doc.id}${query}`);
  await page.waitForFunction('window.__firstRowPainted !== undefined', undefined, { timeout: 60_000 });
}

try {
  const figures: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await open(page, '');
    const fcp = (await page.evaluate(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN`)) as number;
    const [firstRow, painted] = (await page.evaluate(`[window.__firstRow, window.__firstRowPainted]`)) as number[];
    const marks = (await page.evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('duizhao:')).map((m) => m.name.slice(8) + ' ' + Math.round(m.startTime)).join(', ')`)) as string;
    const script = (await page.evaluate(`Math.round(performance.getEntriesByType('resource').find((r) => r.name.includes('/assets/') && r.name.endsWith('.js'))?.responseEnd ?? NaN)`)) as number;
    const docEnd = (await page.evaluate(`Math.round(performance.getEntriesByType('resource').find((r) => r.name.includes('doc-'))?.responseEnd ?? NaN)`)) as number;
    const rendered = (await page.evaluate(`document.querySelectorAll('[data-pane="en"] [data-block]').length`)) as number;
    figures.push(`run ${run + 1}: first contentful paint ${fcp.toFixed(0)} ms; first rows in the page ${firstRow!.toFixed(0)} ms, painted by ${painted!.toFixed(0)} ms (script loaded ${script} ms, document received ${docEnd} ms; ${marks} ms); ${rendered} of ${ROWS} rows rendered per pane`);
    await page.close();
  }
  console.log(`10,000 rows × 3 panes, opening (from navigation start):\n  ${figures.join('\n  ')}`);

  {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await open(page, '&layout=interlinear');
    await page.mouse.move(5, 5);
    const down = (await page.evaluate(scrollScript('interlinear', 40))) as { fps: number; longest: number; over20: number };
    const up = (await page.evaluate(scrollScript('interlinear', -40))) as { fps: number; longest: number; over20: number };
    const rendered = (await page.evaluate(`document.querySelectorAll('[data-pane="interlinear"] [data-block]').length`)) as number;
    console.log(`scripted scroll, interlinear (3 s each way, 40 px a frame; target ≥ 55 fps):\n  down: ${down.fps.toFixed(1)} fps, longest frame ${down.longest.toFixed(0)} ms, ${down.over20} frames over 20 ms\n  up: ${up.fps.toFixed(1)} fps, longest frame ${up.longest.toFixed(0)} ms, ${up.over20} frames over 20 ms; ${rendered} of ${ROWS} rows rendered`);
    await page.close();
  }

  for (const layout of ['rows', 'flow'] as const) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await open(page, layout === 'flow' ? '&layout=flow' : '');
    await page.mouse.move(5, 5);
    const lines: string[] = [];
    for (const [pane, by] of [['zh-a', 40], ['en', 40], ['zh-b', -40]] as const) {
      const result = (await page.evaluate(scrollScript(pane, by))) as { fps: number; longest: number; over20: number };
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const level = (await page.evaluate(levelScript([pane, ...['zh-a', 'zh-b', 'en'].filter((p) => p !== pane)]))) as { row: string; spread: number };
      lines.push(`${pane} ${by > 0 ? 'down' : 'up'}: ${result.fps.toFixed(1)} fps, longest frame ${result.longest.toFixed(0)} ms, ${result.over20} frames over 20 ms; then row ${level.row} stands within ${level.spread.toFixed(1)} px across the panes`);
    }
    const tops = (await page.evaluate(`['zh-a', 'zh-b', 'en'].map((id) => document.querySelector('[data-pane="' + id + '"]').scrollTop)`)) as number[];
    console.log(`scripted scroll with sync, ${layout === 'rows' ? 'aligned rows' : 'flowing text'} (3 s each, 40 px a frame; target ≥ 55 fps):\n  ${lines.join('\n  ')}\n  scrollTops after: ${tops.join(', ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
