/**
 * The one-file reader's script stays lean: one classic script (no imports, no chunks to fetch)
 * within its budget, without what it leaves out (pinyin-pro's dictionary, OpenCC's and the
 * comparison's tables, zod). Built in memory as `vite build` builds it.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildOneFileAssets } from '../../vite.one-file.ts';

/** 103.7 KB gzip when the budget was set: React and the reader; pinyin-pro alone would be 141.6 KB. */
const BUDGET = 115 * 1024;

describe('the one-file reader’s script', () => {
  it('is one classic script within its budget, with nothing left to fetch', { timeout: 120_000 }, async () => {
    const { script, style } = await buildOneFileAssets();
    expect(gzipSync(script).length).toBeLessThan(BUDGET);
    expect(script).not.toMatch(/\bimport\s*\(|^\s*import\s|\bexport\s*\{/m);
    expect(script).not.toMatch(/\.js["'`]/); // no chunk named
    expect(style).not.toMatch(/url\((?!["']?data:)/); // no font or image to fetch
    expect(style).not.toMatch(/@import/);
  });
});
