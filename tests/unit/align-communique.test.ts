/**
 * The communiqué aligned sentence by sentence, against gold alignments made by reading both
 * texts (tests/fixtures/communique/align-*.json: pairs of 0-based segment ids, Chinese then
 * English). Every bead must be exactly right, including the 1-2 beads where the English splits
 * one Chinese sentence and the 1-0 beads of the Chinese title and the treaty's `(签字)` lines.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentText } from '../../src/core/model.ts';
import { alignChineseEnglish } from '../../src/core/align/align-chinese-english.ts';
import { alignmentProblem } from '../../src/core/align/types.ts';
import { loadCedictLexicon } from '../../src/cli/cedict.ts';
import { buildCorpusFromDisk, witnessOf } from './load-corpus.ts';

const docs = buildCorpusFromDisk();
const lexicon = loadCedictLexicon();
const en = witnessOf(docs, 'mao-khrushchev-1958', 'en');

describe.each(['zh-rmrb', 'zh-treaty'])('%s ↔ en', (zhId) => {
  const zh = witnessOf(docs, 'mao-khrushchev-1958', zhId);
  const zhSentences = zh.segments.map((s) => segmentText(zh.text, s));
  const enSentences = en.segments.map((s) => segmentText(en.text, s));
  const alignment = alignChineseEnglish(zhSentences, enSentences, lexicon, {
    zhKinds: zh.segments.map((s) => s.kind),
    enKinds: en.segments.map((s) => s.kind),
  });
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, `../fixtures/communique/align-${zhId}-en.json`), 'utf8')) as [number[], number[]][];
  const range = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => start + k);

  it('is monotone and covers every sentence once', () => {
    expect(alignmentProblem(alignment, zhSentences.length, enSentences.length)).toBeNull();
  });

  it('matches the gold alignment bead for bead', () => {
    const actual = alignment.beads.map((b) => [range(b.aStart, b.aEnd), range(b.bStart, b.bEnd)]);
    const show = (beads: number[][][]) => beads.map(([a, b]) => `${a!.map((i) => zhSentences[i]!.slice(0, 12)).join('+')} ↔ ${b!.map((j) => enSentences[j]!.slice(0, 24)).join('+')}`);
    expect(show(actual)).toEqual(show(gold));
  });

  it('is sure of the prose beads it gets right', () => {
    const prose = alignment.beads.filter((b) => zh.segments[b.aStart]?.kind === 'sentence' && b.bEnd > b.bStart);
    const sure = prose.filter((b) => b.confidence >= 0.5);
    expect(sure.length / prose.length).toBeGreaterThan(0.85);
  });
});
