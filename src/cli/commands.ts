/**
 * The command line: `build`, `list`, `export`, `align`, `variants`, `publish`. Errors are one line on stderr and a non-zero exit
 * code (1 for bad input, 2 for a bad command line); never a stack trace.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { exportWitness, findWitness } from '../core/export/witness-export.ts';
import { pairJson, pairTsv, toTmx } from '../core/export/pair-export.ts';
import { tableRows } from '../core/export/table-rows.ts';
import { runAlign, runAlignBatch } from './align-command.ts';
import { runVariantsCommand } from './variants-command.ts';
import { TOOL_VERSION } from './version.ts';
import { runBuild } from './build-command.ts';
import { buildCorpus, buildOne, DEFAULT_BUILD, DEFAULT_SOURCES } from './corpus.ts';
import { CliError } from './source-files.ts';
import { writeOutput } from './output-file.ts';
import { runPublish } from './publish-command.ts';
import { writeErr, writeOut } from './io.ts';

const USAGE = `usage: npm run -s cli -- <command>
  build [--sources DIR] [--out DIR]        read every source and write the app's data (default data/build)
  list [--sources DIR]                     the documents and their witnesses
  export <doc> --witness W --format tsv|json [--out FILE]
                                           one witness's segments, one row each
  export <doc> --pair A,B --format tmx|tsv|json [--out FILE]
                                           two witnesses, row by row of the alignment table
  align --zh FILE --en FILE [--format tmx|tsv|json|vecalign] [--encoding E] [--zh-encoding E] [--en-encoding E] [--segmented] [--out FILE]
                                           any Chinese text and its English translation, aligned
  align --batch LIST [--format …] [--encoding E] [--segmented]
                                           every pair LIST names (ZH<TAB>EN[<TAB>OUT] a line), one output each
  variants <doc> [--pair A,B | --base ID] [--format tsv|json|tei] [--json]
                                           the differences between two Chinese witnesses, or every one against the base
  variants --a FILE --b FILE [--c FILE] [--d FILE] [--format tsv|json|tei] [--json] [--encoding E] [--a-encoding E] …
                                           the same for any two to four Chinese texts (A is the base)
  publish <doc> --out FILE.html [--view QUERY] [--build DIR]
  publish --project FILE.duizhao.json --out FILE.html [--view QUERY]
                                           one HTML file with the reader and the document (or project): it opens
                                           from disk with no server and fetches nothing; QUERY is a link's view,
                                           e.g. "hidden=en&pinyin=on"`;

/**
 * Run one command line (argv without node and the script); its exit code. Writes go through io.ts.
 * Every command but `publish` runs to its end before this returns (a number, not a promise), so
 * tests can run them in process, synchronously.
 */
export function runCommand(argv: readonly string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  const failed = (error: unknown) => {
    const cliError = error instanceof CliError ? error : null;
    const message = error instanceof Error ? error.message : String(error);
    writeErr(`duizhao: ${message}\n`);
    return cliError?.exitCode ?? 1;
  };
  try {
    switch (command) {
      case 'build':
        return build(rest);
      case 'list':
        return list(rest);
      case 'export':
        return exportCommand(rest);
      case 'align':
        return align(rest);
      case 'variants':
        return variants(rest);
      case 'publish':
        return publish(rest).catch(failed);
      case undefined:
        writeErr(USAGE + '\n');
        return 2;
      case 'help':
      case '--help':
        writeOut(USAGE + '\n');
        return 0;
      default:
        throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
    }
  } catch (error) {
    return failed(error);
  }
}

/** Options as strings (`true` for a flag given without a value). */
type ParsedOptions = Record<string, string | undefined> & { readonly flags: ReadonlySet<string> };

function parse(args: readonly string[], options: Record<string, { type: 'string' } | { type: 'boolean' }>, positionals: number): { values: ParsedOptions; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) throw new Error(`unexpected argument "${parsed.positionals[positionals]}"`);
    const values: Record<string, string | undefined> = {};
    const flags = new Set<string>();
    for (const [key, value] of Object.entries(parsed.values)) {
      if (typeof value === 'string') values[key] = value;
      else if (value === true) flags.add(key);
    }
    return { values: Object.assign(values, { flags }), positionals: parsed.positionals };
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

function build(args: readonly string[]): number {
  const { values } = parse(args, { sources: { type: 'string' }, out: { type: 'string' } }, 0);
  const started = performance.now();
  const summary = runBuild(values.sources ?? DEFAULT_SOURCES, values.out ?? DEFAULT_BUILD);
  const ms = (performance.now() - started).toFixed(0);
  writeOut(`built ${summary.documents} documents, ${summary.segments} segments into ${summary.outDir}/ in ${ms} ms\n`);
  return 0;
}

function list(args: readonly string[]): number {
  const { values } = parse(args, { sources: { type: 'string' } }, 0);
  for (const doc of buildCorpus(values.sources ?? DEFAULT_SOURCES)) {
    writeOut(`${doc.id}\t${doc.date}\t${doc.title.zh}${doc.title.en ? ` / ${doc.title.en}` : ''}\n`);
    for (const w of doc.witnesses) {
      writeOut(`  ${w.id}\t${w.lang}\t${w.segments.length} segments\t${w.label} (${w.sourceFile}, ${w.format})\n`);
    }
  }
  return 0;
}

/** Every file in the sources folder: an `--out` must never overwrite one of them. */
function sourceFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
}

function exportCommand(args: readonly string[]): number {
  const { values, positionals } = parse(
    args,
    { witness: { type: 'string' }, pair: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, sources: { type: 'string' } },
    1,
  );
  const docId = positionals[0];
  if (!docId) throw new CliError(`export needs a document id\n${USAGE}`, 2);
  if (values.pair !== undefined) return exportPair(docId, values.pair, values);
  if (!values.witness) throw new CliError(`export needs --witness W or --pair A,B\n${USAGE}`, 2);
  const format = values.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json') throw new CliError(`--format must be tsv or json for --witness, not "${format}"`, 2);
  const doc = buildOne(values.sources ?? DEFAULT_SOURCES, docId);
  const witness = (() => {
    try {
      return findWitness(doc, values.witness);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  })();
  const output = exportWitness(doc, witness, format);
  if (values.out) writeOutput(values.out, output, sourceFiles(values.sources ?? DEFAULT_SOURCES));
  else writeOut(output);
  return 0;
}

function exportPair(docId: string, pair: string, values: ParsedOptions): number {
  const ids = pair.split(',').map((s) => s.trim());
  if (ids.length !== 2 || !ids[0] || !ids[1] || ids[0] === ids[1]) throw new CliError(`--pair needs two different witness ids, A,B (got "${pair}")`, 2);
  const format = values.format ?? 'tsv';
  if (format !== 'tmx' && format !== 'tsv' && format !== 'json') throw new CliError(`--format must be tmx, tsv or json for --pair, not "${format}"`, 2);
  const doc = buildOne(values.sources ?? DEFAULT_SOURCES, docId);
  const index = (id: string) => {
    const at = doc.witnesses.findIndex((w) => w.id === id);
    if (at < 0) throw new CliError(`document ${doc.id} has no witness "${id}" (it has: ${doc.witnesses.map((w) => w.id).join(', ')})`);
    return at;
  };
  const [a, b] = [index(ids[0]), index(ids[1])];
  const rows = tableRows(doc, a, b);
  const side = (w: number) => ({ id: doc.witnesses[w]!.id, lang: doc.witnesses[w]!.lang, script: doc.witnesses[w]!.script, label: doc.witnesses[w]!.label });
  const output =
    format === 'tmx' ? toTmx(rows, side(a), side(b), { toolVersion: TOOL_VERSION }) : format === 'json' ? pairJson(rows, side(a), side(b), doc.id) : pairTsv(rows, side(a), side(b));
  if (values.out !== undefined) writeOutput(values.out, output, sourceFiles(values.sources ?? DEFAULT_SOURCES));
  else writeOut(output);
  return 0;
}

function align(args: readonly string[]): number {
  const { values } = parse(
    args,
    { zh: { type: 'string' }, en: { type: 'string' }, batch: { type: 'string' }, format: { type: 'string' }, encoding: { type: 'string' }, 'zh-encoding': { type: 'string' }, 'en-encoding': { type: 'string' }, segmented: { type: 'boolean' }, out: { type: 'string' } },
    0,
  );
  const format = values.format ?? 'tsv';
  if (format !== 'tmx' && format !== 'tsv' && format !== 'json' && format !== 'vecalign') {
    throw new CliError(`--format must be tmx, tsv, json or vecalign, not "${format}"`, 2);
  }
  const options = {
    format,
    segmented: values.flags.has('segmented'),
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
    ...(values['zh-encoding'] !== undefined ? { zhEncoding: values['zh-encoding'] } : {}),
    ...(values['en-encoding'] !== undefined ? { enEncoding: values['en-encoding'] } : {}),
  } as const;
  if (values.batch !== undefined) {
    if (values.zh !== undefined || values.en !== undefined || values.out !== undefined) throw new CliError('align --batch LIST takes its files from the list: leave out --zh, --en and --out', 2);
    return runAlignBatch(values.batch, options);
  }
  if (values.zh === undefined || values.en === undefined) throw new CliError(`align needs --zh FILE and --en FILE, or --batch LIST\n${USAGE}`, 2);
  runAlign({ ...options, zh: values.zh, en: values.en, ...(values.out !== undefined ? { out: values.out } : {}) });
  return 0;
}

function variants(args: readonly string[]): number {
  return runVariantsCommand(args);
}

async function publish(args: readonly string[]): Promise<number> {
  const { values, positionals } = parse(args, { project: { type: 'string' }, out: { type: 'string' }, view: { type: 'string' }, build: { type: 'string' } }, 1);
  if (values.out === undefined) throw new CliError(`publish needs --out FILE.html\n${USAGE}`, 2);
  if (positionals[0] !== undefined && values.project !== undefined) throw new CliError('publish takes a document id or --project FILE, not both', 2);
  const bytes = await runPublish({
    out: values.out,
    ...(positionals[0] !== undefined ? { doc: positionals[0] } : {}),
    ...(values.project !== undefined ? { project: values.project } : {}),
    ...(values.view !== undefined ? { view: values.view } : {}),
    ...(values.build !== undefined ? { buildDir: values.build } : {}),
  });
  writeOut(`wrote ${values.out} (${(bytes / 1024).toFixed(1)} KB)\n`);
  return 0;
}

