/** The losslessness check the normalisation tests share: every character of a source is kept or removed, once. */
import { expect } from 'vitest';
import type { KeptRun, Removal } from '../../src/core/model.ts';
import { sourceOffsetOf } from '../../src/core/normalize/source-edit.ts';

/** Every source offset is covered once, by a kept run or a removal; removals hold their source text; kept text is source text. */
export function expectTilesSource(source: string, { text, kept, removals }: { readonly text: string; readonly kept: readonly KeptRun[]; readonly removals: readonly Removal[] }): void {
  const covered = [
    ...kept.map((r) => ({ start: r.sourceStart, end: r.sourceStart + r.length })),
    ...removals.map((r) => ({ start: r.sourceStart, end: r.sourceEnd })),
  ].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const c of covered) {
    expect(c.start).toBe(at);
    at = c.end;
  }
  expect(at).toBe(source.length);
  for (const r of removals) expect(source.slice(r.sourceStart, r.sourceEnd)).toBe(r.text);
  for (let i = 0; i < text.length; i++) expect(source[sourceOffsetOf(kept, i)]).toBe(text[i]);
}
