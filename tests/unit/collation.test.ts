/**
 * Collation a scholar can trust: golden cases, one folder per rule (tests/fixtures/collation/:
 * a.txt, b.txt and the differences expected, with their reasons), and properties over real text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/core/pipeline/compare-texts.ts';
import { tokenize } from '../../src/core/variants/tokens.ts';
import { toSimplified } from '../../src/core/text/opencc.ts';
import { detectScript } from '../../src/core/text/script.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/collation');
const read = (dir: string, file: string) => readFileSync(join(FIXTURES, dir, file), 'utf8');

describe('golden cases', () => {
  const cases = readdirSync(FIXTURES);
  it('there is one for every rule', () => {
    expect(cases).toEqual(expect.arrayContaining([
      'punctuation-runs', 'comma-shift', 'in-place-punctuation', 'moved-passage', 'two-traditional-hou', 'two-traditional-gan',
      'traditional-simplified-hou', 'unihan-z-variant', 'unihan-semantic-variant', 'unihan-specialized-variant', 'first-list-1955',
      'first-list-1955-traditional', 'glyph-forms', 'opencc-regional-variants', 'unihan-definition',
    ]));
  });
  for (const name of cases) {
    it(name, () => {
      const result = compareTexts(read(name, 'a.txt'), read(name, 'b.txt'));
      const found = result.variants.map((v) => ({ category: v.category, a: v.a, b: v.b, ...(v.strength ? { strength: v.strength } : {}), reason: v.reason }));
      expect({ scripts: result.scripts, differences: found }).toEqual(JSON.parse(read(name, 'expected.json')));
    });
  }
});

// real prose: the treaty database's mixed traditional/simplified transcription (disclaimer and all)
const TREATY = readFileSync(join(import.meta.dirname, '../../data/sources/002_25d61a0b82b9c0c2.txt'), 'utf8').replace(/^[\s\S]*?\n\n/, '');
const stretch = fc.tuple(fc.nat({ max: TREATY.length - 301 }), fc.integer({ min: 30, max: 300 })).map(([start, length]) => TREATY.slice(start, start + length));

describe('collation properties', () => {
  it('a text against its own OpenCC conversion has only script and variant differences', () => {
    fc.assert(
      fc.property(stretch, (text) => {
        const categories = new Set(compareTexts(text, toSimplified(text)).variants.map((v) => v.category));
        for (const c of categories) expect(['script', 'variant']).toContain(c);
      }),
      { numRuns: 60 },
    );
  });

  it('punctuation changed at random gives only punctuation differences', () => {
    const marks = [...'，。、；：！？「」“”（）'];
    fc.assert(
      fc.property(stretch, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom(...marks), fc.constantFrom('swap', 'drop', 'add')), { minLength: 1, maxLength: 6 }), (text, edits) => {
        const chars = [...text];
        for (const [where, mark, op] of edits) {
          const at = Math.floor(where * chars.length);
          const isMark = /[\p{P}\p{S}]/u.test(chars[at] ?? '');
          if (op === 'add') chars.splice(at, 0, mark);
          else if (isMark && op === 'swap') chars[at] = mark;
          else if (isMark) chars.splice(at, 1);
        }
        const variants = compareTexts(text, chars.join('')).variants;
        expect(variants.filter((v) => v.category !== 'punctuation')).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('a text with one sentence moved elsewhere (one that shares no four-character phrase with the sentences around it) gives exactly one move', () => {
    const sentences = TREATY.split(/(?<=。)/u).map((s) => s.trim()).filter((s) => [...s].length >= 12);
    const grams = (text: string) => {
      const chars = [...text.replace(/[\p{P}\s]/gu, '')];
      return new Set(chars.slice(0, -3).map((_, k) => chars.slice(k, k + 4).join('')));
    };
    const distinct = (passage: string, rest: string) => {
      const around = grams(rest);
      return [...grams(passage)].every((g) => !around.has(g));
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sentences.length - 8 }), fc.integer({ min: 1, max: 5 }), (first, gap) => {
        const run = sentences.slice(first, first + 7);
        if (new Set(run).size !== run.length || !distinct(run[0]!, run.slice(1).join(''))) return;
        const moved = [...run];
        const [passage] = moved.splice(0, 1);
        moved.splice(gap, 0, passage!);
        const variants = compareTexts(run.join('\n'), moved.join('\n')).variants;
        expect(variants.filter((v) => v.category === 'moved')).toHaveLength(1);
        expect(variants.filter((v) => v.category !== 'moved')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('no false substantive: its readings differ after script, variant, numeral and punctuation keys (texts of mixed script)', () => {
    fc.assert(
      fc.property(stretch, stretch, (a, b) => {
        fc.pre(detectScript(a).script === 'mixed' || detectScript(b).script === 'mixed');
        const result = compareTexts(a, b);
        if (result.scripts.a !== 'mixed' && result.scripts.b !== 'mixed') return;
        for (const v of result.variants.filter((x) => x.category === 'substantive')) {
          const keys = (text: string) => tokenize(text).filter((t) => t.type !== 'punctuation').map((t) => t.key).join('|');
          expect(keys(v.a), `${v.a} / ${v.b}`).not.toBe(keys(v.b));
        }
      }),
      { numRuns: 60 },
    );
  });
});
