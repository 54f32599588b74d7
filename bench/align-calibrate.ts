/**
 * Calibrating the aligner's confidence on MAC-Dev (../shared/eval/mac-dev; read there, never
 * copied): each bead's evidence (confidence.ts) and whether it is exactly a gold unit; a logistic
 * model fitted leave-one-chapter-out, so each chapter's figures come from a model that never saw
 * it. Prints, for the margin alone (the confidence before) and for the model: expected
 * calibration error, the share of beads flagged (confidence < 0.5), the share of wrong beads
 * flagged, and how many must be flagged to catch 70 % of the wrong ones; then the model fitted on
 * all six chapters, as CONFIDENCE_MODEL takes it. Skips cleanly when the data is absent.
 *
 *   npx tsx bench/align-calibrate.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignChineseEnglish } from '../src/core/align/align-chinese-english.ts';
import { CONFIDENCE_FEATURES, CONFIDENCE_MODEL, confidenceFeatures, fitConfidenceModel, probabilityRight, type BeadEvidence } from '../src/core/align/confidence.ts';
import { loadCedictLexicon } from '../src/cli/cedict.ts';

const MAC = join(import.meta.dirname, '../../shared/eval/mac-dev');
if (!existsSync(MAC)) {
  console.log(`align-calibrate: skipped (${MAC} not found)`);
  process.exit(0);
}
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const lexicon = loadCedictLexicon();
const range = (s: number, e: number) => Array.from({ length: e - s }, (_, k) => s + k).join(',');

interface Sample {
  readonly chapter: string;
  readonly features: number[];
  readonly margin: number;
  readonly current: number;
  readonly right: boolean;
}
const samples: Sample[] = [];
const chapters = readdirSync(MAC).filter((f) => f.endsWith('.gold')).map((f) => f.slice(0, -5)).sort();
for (const chapter of chapters) {
  const gold = new Set(lines(join(MAC, `${chapter}.gold`)).map((l) => l.replace(/\s/g, '')));
  let evidence: readonly BeadEvidence[] = [];
  const zh = lines(join(MAC, `${chapter}.zh`));
  const en = lines(join(MAC, `${chapter}.en`));
  const raw = alignChineseEnglish(zh, en, lexicon, { confidenceModel: null, onEvidence: (e) => (evidence = e) });
  const shipped = alignChineseEnglish(zh, en, lexicon);
  raw.beads.forEach((bead, k) => {
    samples.push({ chapter, features: confidenceFeatures(evidence[k]!), margin: bead.confidence, current: shipped.beads[k]!.confidence, right: gold.has(`[${range(bead.aStart, bead.aEnd)}]:[${range(bead.bStart, bead.bEnd)}]`) });
  });
}

function report(name: string, p: readonly number[]): void {
  const wrong = samples.filter((s) => !s.right).length;
  const flagged = samples.filter((_, k) => p[k]! < 0.5);
  const caught = flagged.filter((s) => !s.right).length;
  // expected calibration error over ten bins of confidence
  let ece = 0;
  for (let bin = 0; bin < 10; bin++) {
    const inBin = samples.map((s, k) => ({ s, p: p[k]! })).filter(({ p }) => Math.min(9, Math.floor(p * 10)) === bin);
    if (inBin.length === 0) continue;
    const meanP = inBin.reduce((sum, x) => sum + x.p, 0) / inBin.length;
    const accuracy = inBin.filter((x) => x.s.right).length / inBin.length;
    ece += (inBin.length / samples.length) * Math.abs(meanP - accuracy);
  }
  // flagging the least confident first: how many to catch 70 % of the wrong ones
  const order = samples.map((s, k) => ({ s, p: p[k]! })).sort((x, y) => x.p - y.p);
  let seen = 0;
  let needed = order.length;
  for (let k = 0; k < order.length; k++) {
    if (!order[k]!.s.right) seen++;
    if (seen >= 0.7 * wrong) {
      needed = k + 1;
      break;
    }
  }
  const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)} %`;
  console.log(`${name.padEnd(44)} ECE ${ece.toFixed(3)}; flagged (< 0.5) ${pct(flagged.length, samples.length)}, catching ${pct(caught, wrong)} of the wrong; 70 % of the wrong caught by flagging the least sure ${pct(needed, samples.length)}`);
}

console.log(`MAC-Dev: ${samples.length} beads in ${chapters.length} chapters, ${samples.filter((s) => !s.right).length} wrong (not exactly a gold unit); target: flagging ≤ 20 % catches ≥ 70 %`);
report('margin alone (the confidence before)', samples.map((s) => s.margin));
const heldOut = new Array<number>(samples.length);
for (const chapter of chapters) {
  const model = fitConfidenceModel(samples.filter((s) => s.chapter !== chapter));
  samples.forEach((s, k) => {
    if (s.chapter === chapter) heldOut[k] = probabilityRight(model, s.features);
  });
}
report('model, leave-one-chapter-out', heldOut);
report('model as shipped (CONFIDENCE_MODEL; seen all)', samples.map((s) => s.current));
const all = fitConfidenceModel(samples);
console.log(`fitted on all six: bias ${all.bias.toFixed(3)}; ${CONFIDENCE_FEATURES.map((f, k) => `${f} ${all.weights[k]!.toFixed(3)}`).join(', ')}`);
console.log(`as CONFIDENCE_MODEL: { bias: ${all.bias.toFixed(3)}, weights: [${all.weights.map((w) => w.toFixed(3)).join(', ')}] }${JSON.stringify(all.weights.map((w) => +w.toFixed(3))) === JSON.stringify(CONFIDENCE_MODEL.weights) ? ' (the one shipped)' : ' (not the one shipped)'}`);
