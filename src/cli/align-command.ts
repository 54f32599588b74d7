/**
 * `align --zh FILE --en FILE [--format tmx|tsv|json|vecalign] [--encoding E | --zh-encoding E --en-encoding E] [--segmented] [--out FILE]`:
 * any Chinese text and its English translation, aligned sentence by sentence.
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
import { TOOL_VERSION } from './version.ts';

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
  else process.stdout.write(output);
  // the success line only once the output is in place
  process.stderr.write(
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
