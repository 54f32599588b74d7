/**
 * The command line: `build`, `list`, `export`. Errors are one line on stderr and a non-zero exit
 * code (1 for bad input, 2 for a bad command line); never a stack trace.
 */
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { exportWitness, findWitness, type WitnessExportFormat } from '../core/export/witness-export.ts';
import { runBuild } from './build-command.ts';
import { buildCorpus, buildOne, DEFAULT_BUILD, DEFAULT_SOURCES } from './corpus.ts';
import { CliError } from './source-files.ts';

const USAGE = `usage: npm run -s cli -- <command>
  build [--sources DIR] [--out DIR]        read every source and write the app's data (default data/build)
  list [--sources DIR]                     the documents and their witnesses
  export <doc> --witness W --format tsv|json [--out FILE]
                                           one witness's segments, one row each`;

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'build':
        return build(rest);
      case 'list':
        return list(rest);
      case 'export':
        return exportCommand(rest);
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"\n${USAGE}`, 2);
    }
  } catch (error) {
    const cliError = error instanceof CliError ? error : null;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`duizhao: ${message}\n`);
    return cliError?.exitCode ?? 1;
  }
}

function parse(args: readonly string[], options: Record<string, { type: 'string' }>, positionals: number) {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) throw new Error(`unexpected argument "${parsed.positionals[positionals]}"`);
    return parsed;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

function build(args: readonly string[]): number {
  const { values } = parse(args, { sources: { type: 'string' }, out: { type: 'string' } }, 0);
  const started = performance.now();
  const summary = runBuild(values.sources ?? DEFAULT_SOURCES, values.out ?? DEFAULT_BUILD);
  const ms = (performance.now() - started).toFixed(0);
  process.stdout.write(`built ${summary.documents} documents, ${summary.segments} segments into ${summary.outDir}/ in ${ms} ms\n`);
  return 0;
}

function list(args: readonly string[]): number {
  const { values } = parse(args, { sources: { type: 'string' } }, 0);
  for (const doc of buildCorpus(values.sources ?? DEFAULT_SOURCES)) {
    process.stdout.write(`${doc.id}\t${doc.date}\t${doc.title.zh}${doc.title.en ? ` / ${doc.title.en}` : ''}\n`);
    for (const w of doc.witnesses) {
      process.stdout.write(`  ${w.id}\t${w.lang}\t${w.segments.length} segments\t${w.label} (${w.sourceFile}, ${w.format})\n`);
    }
  }
  return 0;
}

function exportCommand(args: readonly string[]): number {
  const { values, positionals } = parse(
    args,
    { witness: { type: 'string' }, pair: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, sources: { type: 'string' } },
    1,
  );
  const docId = positionals[0];
  if (!docId) throw new CliError(`export needs a document id\n${USAGE}`, 2);
  if (values.pair !== undefined) throw new CliError('export --pair needs the sentence alignment, which this version does not have yet; use --witness', 2);
  if (!values.witness) throw new CliError(`export needs --witness W\n${USAGE}`, 2);
  const format = values.format ?? 'tsv';
  if (format !== 'tsv' && format !== 'json') throw new CliError(`--format must be tsv or json for --witness, not "${format}"`, 2);
  const doc = buildOne(values.sources ?? DEFAULT_SOURCES, docId);
  const witness = (() => {
    try {
      return findWitness(doc, values.witness!);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  })();
  const output = exportWitness(doc, witness, format as WitnessExportFormat);
  if (values.out) writeFileSync(values.out, output);
  else process.stdout.write(output);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
