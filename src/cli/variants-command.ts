/**
 * `variants <doc> [--pair A,B] [--json]` and `variants --a FILE --b FILE [--json] [--encoding E]`:
 * the differences between two Chinese witnesses, as a table (category, both readings, row,
 * context) with a summary line of counts, or as JSON.
 */
import type { BuiltDocument } from '../core/model.ts';
import { compareTexts, compareWitnesses, VARIANT_CATEGORIES, type Variant } from '../core/variants/index.ts';
import { buildOne, DEFAULT_SOURCES } from './corpus.ts';
import { decodeUserFile, hanShare } from './decode-text.ts';
import { CliError } from './source-files.ts';

export interface VariantsArgs {
  readonly doc?: string | undefined;
  readonly pair?: string | undefined;
  readonly a?: string | undefined;
  readonly b?: string | undefined;
  readonly json: boolean;
  readonly encoding?: string | undefined;
  readonly sources?: string | undefined;
}

export function runVariants(args: VariantsArgs): string {
  const { variants, aText, bText } = args.doc !== undefined ? documentVariants(args) : fileVariants(args);
  if (args.json) {
    return JSON.stringify(variants.map((v) => ({ ...v, row: v.row + 1, ...(v.bRow !== undefined ? { bRow: v.bRow + 1 } : {}) })), null, 2) + '\n';
  }
  return variantTable(variants, aText, bText);
}

function documentVariants(args: VariantsArgs) {
  const doc = buildOne(args.sources ?? DEFAULT_SOURCES, args.doc!);
  const [aId, bId] = pairOf(doc, args.pair);
  try {
    const variants = compareWitnesses(doc, aId, bId);
    return { variants, aText: doc.witnesses.find((w) => w.id === aId)!.text, bText: doc.witnesses.find((w) => w.id === bId)!.text };
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

function pairOf(doc: BuiltDocument, pair: string | undefined): [string, string] {
  if (pair !== undefined) {
    const ids = pair.split(',').map((s) => s.trim());
    if (ids.length !== 2 || !ids[0] || !ids[1] || ids[0] === ids[1]) throw new CliError(`--pair needs two different witness ids, A,B (got "${pair}")`, 2);
    return [ids[0], ids[1]];
  }
  const chinese = doc.witnesses.filter((w) => w.lang === 'zh').map((w) => w.id);
  if (chinese.length < 2) throw new CliError(`document ${doc.id} has ${chinese.length === 1 ? 'one Chinese witness' : 'no Chinese witness'} (${doc.witnesses.map((w) => w.id).join(', ')}); variants need two`);
  return [chinese[0]!, chinese[1]!];
}

function fileVariants(args: VariantsArgs) {
  if (args.a === undefined || args.b === undefined) throw new CliError('variants needs a document id, or --a FILE and --b FILE', 2);
  const read = (path: string) => {
    const { text } = decodeUserFile(path, args.encoding);
    if (text.trim() === '') throw new CliError(`${path}: no text, expected a Chinese text`);
    if (hanShare(text) < 0.5) throw new CliError(`${path}: does not look like Chinese (${Math.round(hanShare(text) * 100)}% Han characters); variants compare two Chinese texts`);
    return text;
  };
  const result = compareTexts(read(args.a), read(args.b));
  return { variants: result.variants, aText: result.aText, bText: result.bText };
}

const CONTEXT = 6;

/** One line per difference, then a summary line of counts per category. */
export function variantTable(variants: readonly Variant[], aText: string, bText: string): string {
  const show = (s: string) => (s === '' ? '∅' : s.replace(/\s+/g, ' '));
  const context = (text: string, span: { start: number; end: number }) =>
    `${text.slice(Math.max(0, span.start - CONTEXT), span.start).replace(/\s+/g, ' ')}【${text.slice(span.start, span.end)}】${text.slice(span.end, span.end + CONTEXT).replace(/\s+/g, ' ')}`;
  const lines = ['category\trow\tA\tB\tcontext in A\tcontext in B'];
  for (const v of variants) {
    const row = v.bRow !== undefined ? `${v.row + 1}→${v.bRow + 1}` : String(v.row + 1);
    lines.push([v.category, row, show(v.a), show(v.b), context(aText, v.aSpan), context(bText, v.bSpan)].join('\t'));
  }
  const counts = VARIANT_CATEGORIES.map((c) => `${c} ${variants.filter((v) => v.category === c).length}`);
  lines.push(`${variants.length} differences: ${counts.join(', ')}`);
  return lines.join('\n') + '\n';
}
