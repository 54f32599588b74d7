/**
 * How large a one-file reader is (`publish`, Share → One-file reader): bytes and gzip, in all and
 * part by part (the reader's script and style, the document, its glossary, its pinyin), for the
 * communiqué and for a generated project of about 1 MB of text (Chinese made of dictionary words,
 * English of their glosses: tests/generators/parallel-text.ts; nothing copyrighted). Uses
 * dist/one-file/ when `vite build` has written it, else builds the reader's script in memory.
 * With `--open`, also how long each file takes to show its first rows from disk in Chromium
 * (CHROMIUM_PATH or /usr/bin/chromium). Prints figures; asserts nothing.
 *
 *   npx tsx bench/publish-size.ts [--open]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadCedictEntriesCached } from '../src/cli/cedict.ts';
import { runPublish } from '../src/cli/publish-command.ts';
import { importAligned } from '../src/core/project/import-aligned.ts';
import { projectToJson } from '../src/core/project/project-file.ts';
import { ONE_FILE_DATA_ID } from '../src/core/publish/one-file.ts';
import { generateParallelText } from '../tests/generators/parallel-text.ts';

/** Milliseconds from opening `file` to its first rows on screen, twice (a cold and a warm start). */
async function openTimes(file: string): Promise<number[]> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const times: number[] = [];
  for (let k = 0; k < 2; k++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const started = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.locator('[data-pane] .seg[data-row]').first().waitFor();
    times.push(Math.round(performance.now() - started));
    await page.close();
  }
  await browser.close();
  return times;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sized = (text: string) => `${kb(Buffer.byteLength(text))} (gzip ${kb(gzipSync(text).length)})`;

/** The file's size, and its parts' (each gzipped alone, so they add up to a little more than the whole). */
function report(label: string, file: string): void {
  const html = readFileSync(file, 'utf8');
  const between = (open: string, close: string) => {
    const start = html.indexOf(open) + open.length;
    return html.slice(start, html.indexOf(close, start));
  };
  const data = JSON.parse(between(`<script type="application/json" id="${ONE_FILE_DATA_ID}">`, '</script>')) as Record<string, unknown>;
  console.log(`${label}: ${sized(html)}`);
  console.log(`  reader script  ${sized(between('<script>', '</script>'))}`);
  console.log(`  reader style   ${sized(between('<style>', '</style>'))}`);
  for (const part of ['doc', 'glossary', 'pinyin'] as const) console.log(`  ${part.padEnd(14)} ${sized(JSON.stringify(data[part]))}`);
}

/** A project of generated texts, about `megabytes` of Chinese and English together, its rows as generated. */
function generatedProject(megabytes: number): { json: string; textBytes: number } {
  const entries = loadCedictEntriesCached();
  // about 370 bytes of Chinese and English a Chinese sentence (measured on the generator)
  const text = generateParallelText(entries, Math.round((megabytes * 2 ** 20) / 370), 1958);
  const tsv = text.gold.map(([zh, en]) => `${zh.map((i) => text.zh[i]).join('')}\t${en.map((i) => text.en[i]).join(' ')}`).join('\n');
  const project = importAligned(tsv, { id: 'bench-1mb', now: new Date().toISOString(), fileName: 'generated.tsv' });
  const textBytes = project.witnesses.reduce((n, w) => n + Buffer.byteLength(w.text), 0);
  return { json: projectToJson(project), textBytes };
}

const open = process.argv.includes('--open');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-publish-size-'));
try {
  const communique = join(dir, 'communique.html');
  await runPublish({ doc: 'mao-khrushchev-1958', out: communique });
  report('the communiqué (mao-khrushchev-1958)', communique);
  if (open) console.log(`  first rows from disk in Chromium after ${(await openTimes(communique)).join(' / ')} ms`);

  const { json, textBytes } = generatedProject(1);
  const projectFile = join(dir, 'generated.duizhao.json');
  writeFileSync(projectFile, json);
  const started = performance.now();
  const project = join(dir, 'project.html');
  await runPublish({ project: projectFile, out: project });
  console.log(`\na generated project: texts ${kb(textBytes)}, project file ${kb(Buffer.byteLength(json))}; published in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  report('its one-file reader', project);
  if (open) console.log(`  first rows from disk in Chromium after ${(await openTimes(project)).join(' / ')} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
