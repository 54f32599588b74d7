/**
 * `align --zh FILE --en FILE [--format tmx|tsv|json|vecalign] [--encoding E] [--segmented] [--out FILE]`:
 * any Chinese text and its English translation, aligned sentence by sentence.
 */
import { writeFileSync } from 'node:fs';
import { segmentText, type Lang } from '../core/model.ts';
import { buildWitness } from '../core/pipeline/build-witness.ts';
import { segmentByLines } from '../core/segment/segment-witness.ts';
import { alignChineseEnglish } from '../core/align/align-chinese-english.ts';
import { toVecalign } from '../core/export/vecalign.ts';
import { alignmentRows, pairJson, pairTsv, toTmx } from '../core/export/pair-export.ts';
import { loadCedictLexicon } from './cedict.ts';
import { decodeUserFile, hanShare } from './decode-text.ts';
import { CliError } from './source-files.ts';
import { TOOL_VERSION } from './version.ts';

export interface AlignArgs {
  readonly zh: string;
  readonly en: string;
  readonly format: 'tmx' | 'tsv' | 'json' | 'vecalign';
  readonly encoding?: string;
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
  process.stderr.write(
    `aligned ${args.zh} (${zh.encoding}, ${zh.sentences.length} sentences) with ${args.en} (${en.encoding}, ${en.sentences.length} sentences): ${rows.length} rows\n`,
  );
  if (args.out) writeFileSync(args.out, output);
  else process.stdout.write(output);
}

function readSide(path: string, lang: Lang, args: AlignArgs): Side {
  const { text, encoding } = decodeUserFile(path, args.encoding);
  const flag = lang === 'zh' ? '--zh' : '--en';
  if (text.trim() === '') throw new CliError(`${path}: no text (${flag} needs ${lang === 'zh' ? 'a Chinese' : 'an English'} text)`);
  const share = hanShare(text);
  if (lang === 'zh' && share < 0.5) {
    throw new CliError(`${path}: ${flag} looks like English or another language (${Math.round(share * 100)}% Han characters); expected Chinese`);
  }
  if (lang === 'en' && share > 0.3) {
    throw new CliError(`${path}: ${flag} looks like Chinese (${Math.round(share * 100)}% Han characters); expected English`);
  }
  if (args.segmented) {
    return { sentences: segmentByLines(text).map((s) => segmentText(text, s)), encoding };
  }
  const witness = buildWitness({ id: lang, lang, script: lang === 'en' ? 'latn' : 'mixed', label: path, file: path, format: 'plain-text' }, text);
  return { sentences: witness.segments.map((s) => segmentText(witness.text, s)), kinds: witness.segments.map((s) => s.kind), encoding };
}
