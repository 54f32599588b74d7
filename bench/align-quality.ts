/**
 * Alignment quality on MAC-Dev (../shared/eval/mac-dev: six novel chapters with a manual gold
 * alignment), scored by ../shared/eval/score.mjs with the corpus's own sentence split. Prints
 * strict and lax F1 for the full aligner and for ablations, so each cue's worth is visible.
 * Skips cleanly when the evaluation data is absent. The data is copyrighted: it is read from
 * there, never copied.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { alignChineseEnglish } from '../src/core/align/align-chinese-english.ts';
import { DEFAULT_WEIGHTS, type CostWeights } from '../src/core/align/bead-cost.ts';
import type { AlignOptions } from '../src/core/align/align-sentences.ts';
import { toVecalign } from '../src/core/export/vecalign.ts';
import { loadCedictLexicon } from '../src/cli/cedict.ts';

const EVAL = join(import.meta.dirname, '../../shared/eval');
const MAC = join(EVAL, 'mac-dev');
if (!existsSync(MAC)) {
  console.log(`align-quality: skipped (${MAC} not found)`);
  process.exit(0);
}

const chapters = readdirSync(MAC).filter((f) => f.endsWith('.gold')).map((f) => f.slice(0, -5)).sort();
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const lexicon = loadCedictLexicon();
const empty = { glosses: new Map(), names: new Map(), maxWordLength: 1 };

/** Beads right (exactly a gold unit) among the sure (confidence ≥ 0.5) and the unsure ones. */
const calibration = { sure: [0, 0], unsure: [0, 0] };

function score(name: string, options: AlignOptions, useLexicon = true): void {
  const out = mkdtempSync(join(tmpdir(), 'dz-align-'));
  const args: string[] = [];
  const started = performance.now();
  for (const c of chapters) {
    const alignment = alignChineseEnglish(lines(join(MAC, `${c}.zh`)), lines(join(MAC, `${c}.en`)), useLexicon ? lexicon : empty, options);
    writeFileSync(join(out, `${c}.align`), toVecalign(alignment));
    args.push(join(MAC, `${c}.gold`), join(out, `${c}.align`));
    if (name === 'full aligner') {
      const gold = new Set(lines(join(MAC, `${c}.gold`)).map((l) => l.replace(/\s/g, '')));
      for (const line of toVecalign(alignment).trim().split('\n')) {
        const [a, b, confidence] = line.split(':');
        const bucket = Number(confidence) >= 0.5 ? calibration.sure : calibration.unsure;
        bucket[0]! += gold.has(`${a}:${b}`) ? 1 : 0;
        bucket[1]!++;
      }
    }
  }
  const ms = performance.now() - started;
  const result = execFileSync('node', [join(EVAL, 'score.mjs'), ...args], { encoding: 'utf8' });
  const strict = /strict .*F1 ([\d.]+)/.exec(result)?.[1];
  const lax = /lax .*F1 ([\d.]+)/.exec(result)?.[1];
  console.log(`${name.padEnd(38)} strict F1 ${strict}   lax F1 ${lax}   (${ms.toFixed(0)} ms)`);
  rmSync(out, { recursive: true, force: true });
}

const without = (patch: Partial<CostWeights>): CostWeights => ({ ...DEFAULT_WEIGHTS, ...patch });
console.log(`MAC-Dev: ${chapters.length} chapters; published strict/lax F1: Bertalign 0.911/0.998, Vecalign 0.863/0.997, Hunalign 0.610/0.852, Gale-Church 0.485/0.737`);
score('full aligner', {});
const rate = ([right, all]: number[]) => `${((100 * right!) / Math.max(1, all!)).toFixed(1)}% right of ${all}`;
console.log(`  confidence: beads ≥ 0.5 ${rate(calibration.sure)}; beads < 0.5 ${rate(calibration.unsure)}`);
if (!process.argv.includes('--quick')) {
  score('without learning (one pass)', { learn: false });
  score('without dictionary', {}, false);
  score('without numbers', { weights: without({ numberMatch: 0, numberMismatch: 0 }) });
  score('without names', { weights: without({ name: 0 }) });
  score('without punctuation marks (?, !, quotes)', { weights: without({ marks: 0, openQuotation: 0 }) });
  score('without the open quotation cue', { weights: without({ openQuotation: 0 }) });
  score('length only (Gale-Church-like)', { learn: false, weights: without({ lexical: 0, numberMatch: 0, numberMismatch: 0, name: 0, marks: 0, openQuotation: 0 }) });
}
