/**
 * `variants <doc> [--pair A,B] [--json] [--sources DIR]` and
 * `variants --a FILE --b FILE [--json] [--encoding E] [--a-encoding E] [--b-encoding E]`: the differences between two Chinese
 * witnesses, as a table (category, row, both readings, context) with a summary line of counts per
 * category, or as JSON. Errors are CliErrors: exit code 1 for bad input, 2 for a bad command line.
 */
import { parseArgs } from 'node:util';
import type { BuiltDocument, DocumentVariants } from '../core/model.ts';
import { collatedWitnesses, comparedWitnesses, witnessOf } from '../core/variants/collation.ts';
import { collate } from '../core/variants/collate.ts';
import { createProject } from '../core/project/create-project.ts';
import { compareWitnesses, VARIANT_CATEGORIES, type Variant } from '../core/variants/index.ts';
import { compareTexts } from '../core/pipeline/compare-texts.ts';
import { buildOne, DEFAULT_SOURCES } from './corpus.ts';
import { decodeUserFile } from './decode-text.ts';
import { languageProblem } from '../core/text/decode-text.ts';
import { CliError } from './source-files.ts';
import { toTeiApparatus, type ApparatusWitness } from '../core/export/tei-apparatus.ts';
import { writeOut } from './io.ts';

export const VARIANTS_USAGE = `usage: variants <doc> [--pair A,B | --base ID] [--format tsv|json|tei] [--json] [--sources DIR]
       variants --a FILE --b FILE [--c FILE] [--d FILE] [--format tsv|json|tei] [--json] [--encoding E] [--a-encoding E] [--b-encoding E] [--c-encoding E] [--d-encoding E]`;

export interface VariantsArgs {
  readonly doc?: string | undefined;
  readonly pair?: string | undefined;
  readonly a?: string | undefined;
  readonly b?: string | undefined;
  /** A third and fourth text, compared with A (the base) as B is. */
  readonly c?: string | undefined;
  readonly d?: string | undefined;
  /** A document's witness the others are compared with (a collation of all its Chinese witnesses). */
  readonly base?: string | undefined;
  readonly json: boolean;
  /** `tsv` (the table, the default), `json` (as `--json`) or `tei` (a TEI parallel-segmentation apparatus). */
  readonly format?: string | undefined;
  /** Both files' encoding; `aEncoding` and `bEncoding` set one file's, and win over it. */
  readonly encoding?: string | undefined;
  readonly aEncoding?: string | undefined;
  readonly bEncoding?: string | undefined;
  readonly cEncoding?: string | undefined;
  readonly dEncoding?: string | undefined;
  readonly sources?: string | undefined;
}

/** Run `variants` with its command-line arguments (after the word `variants`): prints to stdout, returns the exit code. */
export function runVariantsCommand(args: readonly string[]): number {
  writeOut(runVariants(parseVariantsArgs(args)));
  return 0;
}

export function parseVariantsArgs(args: readonly string[]): VariantsArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { pair: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' }, encoding: { type: 'string' }, 'a-encoding': { type: 'string' }, 'b-encoding': { type: 'string' }, c: { type: 'string' }, d: { type: 'string' }, 'c-encoding': { type: 'string' }, 'd-encoding': { type: 'string' }, base: { type: 'string' }, sources: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${VARIANTS_USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new CliError(`variants takes one document id, not "${positionals.join(' ')}"\n${VARIANTS_USAGE}`, 2);
  return { doc: positionals[0], pair: values.pair, a: values.a, b: values.b, c: values.c, d: values.d, base: values.base, encoding: values.encoding, aEncoding: values['a-encoding'], bEncoding: values['b-encoding'], cEncoding: values['c-encoding'], dEncoding: values['d-encoding'], sources: values.sources, format: values.format, json: values.json === true };
}

/** The output of `variants` for parsed arguments. */
export function runVariants(args: VariantsArgs): string {
  const files = args.a !== undefined || args.b !== undefined || args.c !== undefined || args.d !== undefined;
  if (args.doc !== undefined && files) throw new CliError(`variants takes a document id or --a/--b files, not both\n${VARIANTS_USAGE}`, 2);
  if (args.doc === undefined && !files) throw new CliError(`variants needs a document id, or --a FILE and --b FILE\n${VARIANTS_USAGE}`, 2);
  const format = args.format ?? (args.json ? 'json' : 'tsv');
  if (format !== 'tsv' && format !== 'json' && format !== 'tei') throw new CliError(`--format must be tsv, json or tei, not "${format}"`, 2);
  if (args.json && format !== 'json') throw new CliError(`--json is --format json; not with --format ${format}`, 2);
  const several = args.base !== undefined || args.c !== undefined || args.d !== undefined;
  if (several) return collationOutput(args.doc !== undefined ? documentCollation(args, args.doc) : fileCollation(args), format);
  const result = args.doc !== undefined ? documentVariants(args, args.doc) : fileVariants(args);
  if (format === 'json') return JSON.stringify(result.variants.map(variantJson), null, 2) + '\n';
  if (format === 'tei') {
    const [a, b] = result.witnesses;
    return toTeiApparatus({ title: result.title, witnesses: result.witnesses, baseText: result.aText, variants: { a: a.id, b: b.id, items: result.variants } });
  }
  return variantTable(result.variants, result.aText, result.bText, result.sides);
}

interface Compared {
  readonly variants: readonly Variant[];
  readonly aText: string;
  readonly bText: string;
  /** What A and B are, for the table's first line. */
  readonly sides: readonly [string, string];
  /** A's and B's ids and labels, and what they are of, for the apparatus. */
  readonly witnesses: readonly [ApparatusWitness, ApparatusWitness];
  readonly title: string;
}

function documentVariants(args: VariantsArgs, docId: string): Compared {
  const encodingFlag = args.encoding !== undefined ? '--encoding' : args.aEncoding !== undefined ? '--a-encoding' : args.bEncoding !== undefined ? '--b-encoding' : null;
  if (encodingFlag !== null) throw new CliError(`${encodingFlag} is for --a/--b files; a document's sources are UTF-8`, 2);
  const doc = buildOne(args.sources ?? DEFAULT_SOURCES, docId);
  const [aId, bId] = pairOf(doc, args.pair);
  const [a, b] = [aId, bId].map((id) => doc.witnesses.find((w) => w.id === id));
  let variants: readonly Variant[];
  try {
    // the build already compared the document's default pair
    variants = doc.variants?.a === aId && doc.variants.b === bId ? doc.variants.items : compareWitnesses(doc, aId, bId);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  return { variants, aText: a!.text, bText: b!.text, sides: [`${aId} (${a!.label})`, `${bId} (${b!.label})`], witnesses: [{ id: aId, label: a!.label }, { id: bId, label: b!.label }], title: doc.title.en ?? doc.title.zh };
}

function pairOf(doc: BuiltDocument, pair: string | undefined): [string, string] {
  if (pair !== undefined) {
    const ids = pair.split(',').map((s) => s.trim());
    if (ids.length !== 2 || !ids[0] || !ids[1] || ids[0] === ids[1]) throw new CliError(`--pair needs two different witness ids, A,B (got "${pair}")`, 2);
    return [ids[0], ids[1]];
  }
  const chinese = doc.witnesses.filter((w) => w.lang === 'zh').map((w) => w.id);
  if (chinese.length < 2) {
    throw new CliError(`document ${doc.id} has ${chinese.length === 1 ? 'one Chinese witness' : 'no Chinese witness'} (${doc.witnesses.map((w) => w.id).join(', ')}); variants need two`);
  }
  return [chinese[0]!, chinese[1]!];
}

function fileVariants(args: VariantsArgs): Compared {
  if (args.a === undefined || args.b === undefined) throw new CliError(`variants needs both --a FILE and --b FILE\n${VARIANTS_USAGE}`, 2);
  if (args.pair !== undefined || args.sources !== undefined) throw new CliError(`--${args.pair !== undefined ? 'pair' : 'sources'} is for a document, not for --a/--b files`, 2);
  const read = (path: string, side: 'a' | 'b') => {
    const own = side === 'a' ? args.aEncoding : args.bEncoding;
    const { text } = decodeUserFile(path, own ?? args.encoding, own !== undefined || args.encoding === undefined ? `--${side}-encoding` : '--encoding');
    const problem = languageProblem(path, 'zh', text, `--${side}`);
    if (problem !== null) throw new CliError(`${problem}; variants compare two Chinese texts`);
    return text;
  };
  const result = compareTexts(read(args.a, 'a'), read(args.b, 'b'));
  return { variants: result.variants, aText: result.aText, bText: result.bText, sides: [args.a, args.b], witnesses: [{ id: 'A', label: args.a }, { id: 'B', label: args.b }], title: `${args.a} against ${args.b}` };
}

/** A variant as `--json` prints it: rows 1-based, as the table shows them. */
function variantJson(v: Variant) {
  return { ...v, row: v.row + 1, ...(v.bRow !== undefined ? { bRow: v.bRow + 1 } : {}) };
}

/** Characters of context on each side of a reading in the table. */
const CONTEXT = 6;

/** A line naming A and B, one line per difference, then a summary line of counts per category. */
export function variantTable(variants: readonly Variant[], aText: string, bText: string, sides: readonly [string, string] = ['A', 'B']): string {
  const lines = [`A: ${sides[0]}; B: ${sides[1]}`, 'category\trow\tA\tB\tcontext in A\tcontext in B\treason'];
  for (const v of variants) {
    const row = v.bRow !== undefined && v.bRow !== v.row ? `${v.row + 1}→${v.bRow + 1}` : String(v.row + 1);
    const category = v.strength ? `${v.category} (${v.strength})` : v.category;
    lines.push([category, row, shown(v.a), shown(v.b), inContext(aText, v.aSpan), inContext(bText, v.bSpan), oneLine(v.reason ?? '')].join('\t'));
  }
  const counts = VARIANT_CATEGORIES.map((c) => `${c} ${variants.filter((v) => v.category === c).length}`);
  lines.push(`${variants.length} differences: ${counts.join(', ')}`);
  return lines.join('\n') + '\n';
}

const shown = (s: string) => (s === '' ? '∅' : oneLine(s));
const oneLine = (s: string) => s.replace(/\s+/gu, ' ');

/** The reading in 【】 with up to CONTEXT code points either side (never half a surrogate pair). */
function inContext(text: string, span: { start: number; end: number }): string {
  const before = [...text.slice(Math.max(0, span.start - 2 * CONTEXT), span.start)];
  const after = [...text.slice(span.end, span.end + 2 * CONTEXT)];
  const whole = (chars: string[]) => chars.filter((c) => !/^[\uD800-\uDFFF]$/.test(c));
  return `${oneLine(whole(before).slice(-CONTEXT).join(''))}【${oneLine(text.slice(span.start, span.end))}】${oneLine(whole(after).slice(0, CONTEXT).join(''))}`;
}

/** Witnesses collated against a base: their texts and labels, and the differences. */
interface Collated {
  readonly title: string;
  readonly witnesses: readonly { readonly id: string; readonly label: string; readonly text: string }[];
  readonly variants: DocumentVariants;
}

function documentCollation(args: VariantsArgs, docId: string): Collated {
  if (args.pair !== undefined) throw new CliError('--pair compares two witnesses; --base compares every Chinese witness with one: not both', 2);
  if (args.encoding !== undefined || args.aEncoding !== undefined) throw new CliError('--encoding is for --a/--b files; a document\'s sources are UTF-8', 2);
  const doc = buildOne(args.sources ?? DEFAULT_SOURCES, docId);
  let variants: DocumentVariants | undefined;
  try {
    variants = collate(doc, args.base);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (!variants) throw new CliError(`document ${doc.id} has fewer than two Chinese witnesses (${doc.witnesses.map((w) => w.id).join(', ')}); variants need two`);
  return { title: doc.title.en ?? doc.title.zh, witnesses: doc.witnesses, variants };
}

/** Two to four files, each aligned with A (the base) and compared with it. */
function fileCollation(args: VariantsArgs): Collated {
  if (args.a === undefined || args.b === undefined) throw new CliError(`variants needs --a FILE and --b FILE (and --c, --d for more)\n${VARIANTS_USAGE}`, 2);
  if (args.d !== undefined && args.c === undefined) throw new CliError('--d needs --c: the texts are A, B, C, D in order', 2);
  if (args.base !== undefined) throw new CliError('--base is for a document; with files, --a is the base', 2);
  const sides = (['a', 'b', 'c', 'd'] as const).flatMap((side) => (args[side] !== undefined ? [{ side, path: args[side] }] : []));
  const inputs = sides.map(({ side, path }) => {
    const own = args[`${side}Encoding`];
    const { text, encoding } = decodeUserFile(path, own ?? args.encoding, own !== undefined || args.encoding === undefined ? `--${side}-encoding` : '--encoding');
    const problem = languageProblem(path, 'zh', text, `--${side}`);
    if (problem !== null) throw new CliError(`${problem}; variants compare Chinese texts`);
    return { text, lang: 'zh' as const, fileName: path, encoding };
  });
  const project = createProject(inputs, undefined, { id: 'files', name: 'files', now: '' });
  // the witnesses are named as the flags name them
  const ids = new Map(project.witnesses.map((w, k) => [w.id, sides[k]!.side.toUpperCase()]));
  const rename = (id: string) => ids.get(id) ?? id;
  const v = project.variants!;
  const variants: DocumentVariants = { a: rename(v.a), b: rename(v.b), compared: (v.compared ?? [v.b]).map(rename), items: v.items.map((item) => ({ ...item, witness: rename(item.witness ?? v.b) })) };
  // on the command line a text is the file the flag names, as with two texts (a project's readable default would hide which)
  return { title: sides.map((s) => s.path).join(' against '), witnesses: project.witnesses.map((w, k) => ({ id: rename(w.id), label: sides[k]!.path, text: w.text })), variants };
}

function collationOutput(result: Collated, format: 'tsv' | 'json' | 'tei'): string {
  const { variants } = result;
  if (format === 'json') return JSON.stringify(variants.items.map((v) => variantJson({ ...v, witness: witnessOf(variants, v) })), null, 2) + '\n';
  const witness = (id: string) => result.witnesses.find((w) => w.id === id)!;
  const base = witness(variants.a);
  if (format === 'tei') return toTeiApparatus({ title: result.title, witnesses: collatedWitnesses(variants).map((id) => ({ id, label: witness(id).label })), baseText: base.text, variants });
  // one table per witness against the base
  return comparedWitnesses(variants)
    .map((id) => {
      const other = witness(id);
      const items = variants.items.filter((v) => witnessOf(variants, v) === id);
      return variantTable(items, base.text, other.text, [`${base.id} (${base.label})`, `${other.id} (${other.label})`]);
    })
    .join('\n');
}
