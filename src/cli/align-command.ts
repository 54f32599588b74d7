/**
 * `align --zh FILE --en FILE [--format tmx|tsv|json|vecalign] [--encoding E | --zh-encoding E --en-encoding E] [--segmented] [--out FILE]`:
 * any Chinese text and its English translation, aligned sentence by sentence.
 * `align --batch LIST [--format …] [--encoding …] [--segmented]`: every pair a list names, one
 * output each, with the dictionary loaded once.
 */
import { segmentText, type Lang } from '../core/model.ts';
import { buildWitness } from '../core/pipeline/build-witness.ts';
import { segmentByLines } from '../core/segment/segment-witness.ts';
import { alignChineseEnglish } from '../core/align/align-chinese-english.ts';
import { alignmentProblem } from '../core/align/types.ts';
import { toVecalign } from '../core/export/vecalign.ts';
import { alignmentRows, pairJson, pairTsv, toTmx } from '../core/export/pair-export.ts';
import { loadCedictLexicon } from './cedict.ts';
import { languageProblem } from '../core/text/decode-text.ts';
import { decodeUserFile } from './decode-text.ts';
import { CliError } from './source-files.ts';
import { writeOutput } from './output-file.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { TOOL_VERSION } from './version.ts';
import { writeErr, writeOut } from './io.ts';

export interface AlignArgs {
  readonly zh: string;
  readonly en: string;
  readonly format: 'tmx' | 'tsv' | 'json' | 'vecalign';
  /** Both sides' encoding; `zhEncoding` and `enEncoding` set one side's, and win over it. */
  readonly encoding?: string;
  readonly zhEncoding?: string;
  readonly enEncoding?: string;
  readonly segmented: boolean;
  readonly out?: string;
}

interface Side {
  readonly sentences: string[];
  readonly kinds?: string[];
  readonly encoding: string;
}

export type BatchOptions = Omit<AlignArgs, 'zh' | 'en' | 'out'>;

/** A line of a batch list: a pair (the Chinese file, the English, the output), or why it is not one. */
export type BatchLine = { readonly line: number } & ({ readonly pair: { readonly zh: string; readonly en: string; readonly out: string } } | { readonly problem: string });

/**
 * A batch list: one pair a line, `ZH<TAB>EN` or `ZH<TAB>EN<TAB>OUT` (tabs, since file names hold
 * spaces); blank lines and lines starting with `#` are skipped. Paths are taken from the list's
 * folder. Without OUT, the output is beside the Chinese file: `NAME.aligned.FORMAT`. Lines that
 * cannot be read are returned as problems; the others stand.
 */
export function parseBatchList(text: string, listPath: string, format: AlignArgs['format']): BatchLine[] {
  const base = dirname(listPath);
  const lines: BatchLine[] = [];
  const outputs = new Map<string, number>();
  text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).forEach((raw, k) => {
    const line = k + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = raw.split('\t');
    if ((fields.length !== 2 && fields.length !== 3) || fields.some((f) => f.trim() === '')) {
      lines.push({ line, problem: `expected ZH<TAB>EN or ZH<TAB>EN<TAB>OUT (tab-separated), found ${fields.length === 1 ? 'no tab' : `${fields.length} fields`}: "${raw.slice(0, 80)}"` });
      return;
    }
    const [zh, en, out] = fields.map((f) => resolve(base, f.trim()));
    const output = out ?? `${zh!.slice(0, zh!.length - extname(zh!).length)}.aligned.${format === 'vecalign' ? 'txt' : format}`;
    const earlier = outputs.get(output);
    if (earlier !== undefined) {
      lines.push({ line, problem: `the output ${output} is line ${earlier}'s output too; give this pair another` });
      return;
    }
    outputs.set(output, line);
    lines.push({ line, pair: { zh: zh!, en: en!, out: output } });
  });
  return lines;
}

/**
 * Align every pair of a batch list, the dictionary loaded once, in the list's order. A pair that
 * fails (a missing file, a text in the wrong language, a bad line) is reported on a line naming
 * the list's line, and the others are still aligned; the exit code is 1 when anything failed.
 * An output's folder is made if it does not exist.
 */
export function runAlignBatch(listPath: string, options: BatchOptions): number {
  let text: string;
  try {
    text = readFileSync(listPath, 'utf8');
  } catch (error) {
    throw new CliError(`--batch ${listPath}: cannot read the list (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const lines = parseBatchList(text, listPath, options.format);
  if (lines.length === 0) throw new CliError(`--batch ${listPath}: the list names no pairs (one a line: ZH<TAB>EN or ZH<TAB>EN<TAB>OUT)`);
  let failed = 0;
  for (const entry of lines) {
    try {
      if ('problem' in entry) throw new Error(entry.problem);
      mkdirSync(dirname(entry.pair.out), { recursive: true });
      runAlign({ ...options, ...entry.pair });
    } catch (error) {
      failed++;
      writeErr(`duizhao: ${listPath}:${entry.line}: ${(error as Error).message}\n`);
    }
  }
  writeErr(`aligned ${lines.length - failed} of ${lines.length} pairs${failed > 0 ? `; ${failed} failed (named above)` : ''}\n`);
  return failed > 0 ? 1 : 0;
}

export function runAlign(args: AlignArgs): void {
  const zh = readSide(args.zh, 'zh', args);
  const en = readSide(args.en, 'en', args);
  const alignment = alignChineseEnglish(zh.sentences, en.sentences, loadCedictLexicon(), {
    ...(zh.kinds ? { zhKinds: zh.kinds } : {}),
    ...(en.kinds ? { enKinds: en.kinds } : {}),
  });
  // vecalign and the row numbers rely on beads covering every sentence of both sides once, in order
  const problem = alignmentProblem(alignment, zh.sentences.length, en.sentences.length);
  if (problem !== null) throw new Error(`internal error: the alignment does not cover both texts (${problem})`);
  const rows = alignmentRows(alignment, zh.sentences, en.sentences);
  const a = { id: 'zh', lang: 'zh' } as const;
  const b = { id: 'en', lang: 'en' } as const;
  const output = (() => {
    switch (args.format) {
      case 'vecalign':
        return toVecalign(alignment);
      case 'tsv':
        return pairTsv(rows, a, b);
      case 'json':
        return pairJson(rows, a, b);
      case 'tmx':
        return toTmx(rows, a, b, { toolVersion: TOOL_VERSION });
    }
  })();
  if (args.out) writeOutput(args.out, output, [args.zh, args.en]);
  else writeOut(output);
  // the success line only once the output is in place
  writeErr(
    `aligned ${args.zh} (${zh.encoding}, ${zh.sentences.length} sentences) with ${args.en} (${en.encoding}, ${en.sentences.length} sentences): ${rows.length} rows\n`,
  );
}

function readSide(path: string, lang: Lang, args: AlignArgs): Side {
  const sideEncoding = lang === 'zh' ? args.zhEncoding : args.enEncoding;
  const flag = sideEncoding !== undefined ? `--${lang}-encoding` : '--encoding';
  const { text, encoding } = decodeUserFile(path, sideEncoding ?? args.encoding, args.encoding === undefined && sideEncoding === undefined ? `--${lang}-encoding` : flag);
  checkLanguage(path, lang, text);
  const sentences = args.segmented ? sentencesByLine(text) : sentencesOf(path, lang, text);
  if (sentences.texts.length === 0) throw new CliError(`${path}: no sentences found (${lang === 'zh' ? '--zh' : '--en'})`);
  return { sentences: sentences.texts, ...(sentences.kinds ? { kinds: sentences.kinds } : {}), encoding };
}

/** Refuse a side that is empty or in the wrong language, with the share that decided it. */
function checkLanguage(path: string, lang: Lang, text: string): void {
  const problem = languageProblem(path, lang, text, lang === 'zh' ? '--zh' : '--en');
  if (problem !== null) throw new CliError(problem);
}

function sentencesByLine(text: string): { texts: string[]; kinds?: string[] } {
  return { texts: segmentByLines(text).map((s) => segmentText(text, s)) };
}

function sentencesOf(path: string, lang: Lang, text: string): { texts: string[]; kinds: string[] } {
  const witness = buildWitness({ id: lang, lang, script: lang === 'en' ? 'latn' : 'mixed', label: path, file: path, format: 'plain-text' }, text);
  return { texts: witness.segments.map((s) => segmentText(witness.text, s)), kinds: witness.segments.map((s) => s.kind) };
}
