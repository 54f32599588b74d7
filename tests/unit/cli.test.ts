/**
 * The command line as a user runs it: its commands run in process (three in a process of their own,
 * as `npm run cli` runs them, for the exit code the shell sees), real files in a temporary folder, and the contract of DESIGN.md checked on what comes out — exit codes, one-line
 * errors that name the file, an atomic build that a failure never touches.
 */
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBuiltDocument, parseCorpusIndex } from '../../src/core/model.ts';
import { lexiconFromData } from '../../src/core/align/lexicon.ts';
import { runCli, spawnCli } from './run-cli.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = 'data/sources';

/** A build of the whole corpus takes seconds, and a spawned command starts node and tsx. */
const SLOW = { timeout: 60_000 };

const DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  'mao-khrushchev-1958': ['zh-rmrb', 'zh-treaty', 'en'],
  'prc-dprk-1958': ['zh-treaty'],
  'cpsu-letter-1963-11': ['zh-ocr'],
  'ccp-cpsu-letters-1963': ['zh-rmrb'],
};
const DOCUMENT_IDS = Object.keys(DOCUMENTS);

const SEED = {
  treaty: '000_1a9f24a81ee45699.txt',
  bilingual: '001_6560fbd3ee40b5f5.txt',
  treaty2: '002_25d61a0b82b9c0c2.txt',
  ocr: '003_40c4c9e224be5acb.txt',
  tagged: '004_bf8e1d9d49402e22.txt',
} as const;

/** The English witness of the communiqué has 48 segments today, its title first (`list` says so too). */
const EN_SEGMENTS = 48;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** In process: what the commands write and the code they return (spawnCli, for what the shell sees, in three tests). */
const cli = (...args: string[]): Run => runCli(...args);

/** Lines of output without the final newline's empty remainder. */
function linesOf(output: string): string[] {
  const lines = output.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Every file under `dir`, by relative path, with the SHA-256 of its bytes. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** `.build-staging-<pid>` / `.build-retired-<pid>` folders left beside the build. */
function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => name.startsWith('.build-'));
}

/** An error as the contract wants it: one line on stderr, no stack trace, nothing on stdout. */
function expectOneLineError(run: Run, exitCode: number): string {
  expect(run.status).toBe(exitCode);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = linesOf(run.stderr);
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  return lines[0]!;
}

let tmp = '';

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'duizhao-cli-'));
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('build', () => {
  it('writes corpus.json and one valid doc-<id>.json per document', SLOW, () => {
    const out = join(tmp, 'build');
    const run = cli('build', '--sources', SOURCES, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^built 4 documents, \d+ segments into .+ in \d+ ms\n$/);

    const expected = ['.duizhao-build', 'corpus.json', 'dictionary-cedict-v1.json', 'lexicon-cedict-v1.json', 'library-search.json', ...DOCUMENT_IDS.flatMap((id) => [`doc-${id}.json`, `gloss-${id}.json`])].sort();
    expect(readdirSync(out).sort()).toEqual(expected);
    // search across the library: every document's texts, in one file
    const search = JSON.parse(readFileSync(join(out, 'library-search.json'), 'utf8')) as { documents: { id: string; source: string; witnesses: { id: string; text: string }[] }[] };
    expect(search.documents.map((d) => d.id)).toEqual(DOCUMENT_IDS);
    expect(search.documents.every((d) => d.source === 'corpus' && d.witnesses.every((w) => w.text.length > 0))).toBe(true);
    // the browser's dictionary: the lexicon the CLI aligns with, in the form lexiconFromData reads
    const lexicon = lexiconFromData(JSON.parse(readFileSync(join(out, 'lexicon-cedict-v1.json'), 'utf8')));
    expect(lexicon.glosses.get('和平')?.some((stem) => stem.startsWith('peac'))).toBe(true);

    const index = parseCorpusIndex(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')), 'corpus.json');
    expect(index.documents.map((d) => d.id)).toEqual(DOCUMENT_IDS);
    for (const entry of index.documents) {
      const name = `doc-${entry.id}.json`;
      expect(entry.file).toBe(name);
      const doc = parseBuiltDocument(JSON.parse(readFileSync(join(out, name), 'utf8')), name);
      expect(doc.id).toBe(entry.id);
      expect(doc.witnesses.map((w) => w.id)).toEqual(DOCUMENTS[entry.id]);
      expect(entry.witnesses.map((w) => w.segments)).toEqual(doc.witnesses.map((w) => w.segments.length));
    }
    expect(leftovers(tmp)).toEqual([]);
  });

  it('replaces a previous build with identical bytes (the build is deterministic)', SLOW, () => {
    const out = join(tmp, 'build');
    expect(cli('build', '--sources', SOURCES, '--out', out).status).toBe(0);
    const first = hashTree(out);
    expect(cli('build', '--sources', SOURCES, '--out', out).status).toBe(0);
    expect(hashTree(out)).toEqual(first);
    // a file the build never wrote makes the folder someone's: refused, and kept
    writeFileSync(join(out, 'stale.json'), '{}');
    expect(cli('build', '--sources', SOURCES, '--out', out).status).toBe(1);
    expect(readFileSync(join(out, 'stale.json'), 'utf8')).toBe('{}');
    expect(leftovers(tmp)).toEqual([]);
  });
});

interface BadInput {
  readonly name: string;
  /** Break one thing in the copied sources folder. */
  readonly breakSources: (sources: string) => void;
  /** The file the error must name, relative to the sources folder. */
  readonly file: string;
  /** What the message must say was expected (or found wanting). */
  readonly says: RegExp;
}

/** `bytes` with `insert` put in at the first UTF-8 character boundary at or after the middle. */
function insertMidway(bytes: Buffer, insert: Buffer): Buffer {
  let at = bytes.length >> 1;
  while (at < bytes.length && (bytes[at]! & 0xc0) === 0x80) at++;
  return Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)]);
}

function editFile(path: string, edit: (bytes: Buffer) => Buffer | string): void {
  const bytes = readFileSync(path);
  chmodSync(path, 0o644); // the seeds are checked in read-only
  writeFileSync(path, edit(bytes));
}

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

const BAD_INPUTS: readonly BadInput[] = [
  {
    name: '(a) a seed truncated to 0 bytes',
    breakSources: (s) => editFile(join(s, SEED.treaty), () => ''),
    file: SEED.treaty,
    says: /empty file, expected a treaty-database source/,
  },
  {
    name: '(b) a seed replaced by binary bytes',
    breakSources: (s) => editFile(join(s, SEED.treaty2), () => PNG_HEADER),
    file: SEED.treaty2,
    says: /binary file .*expected a treaty-database source as UTF-8 text/,
  },
  {
    name: '(c) the tagged archive as plain text without 〖..〗 fields',
    breakSources: (s) => editFile(join(s, SEED.tagged), () => 'Just some plain text.\nNo fields here at all.\n'),
    file: SEED.tagged,
    says: /:1: expected a field `〖XX\/名〗value〖-XX\/名〗`.*found "Just some plain text\."/,
  },
  {
    name: '(c) a treaty-database seed without its 免 责 条 款 disclaimer',
    breakSources: (s) =>
      editFile(join(s, SEED.treaty), (bytes) => {
        const text = bytes.toString('utf8');
        const title = text.indexOf('毛');
        return text.slice(title);
      }),
    file: SEED.treaty,
    says: /:1: expected the disclaimer heading "免 责 条 款", found "毛/,
  },
  {
    name: '(c) a metadata-header seed declared as a treaty-database source',
    breakSources: (s) =>
      editFile(join(s, 'manifest.json'), (bytes) =>
        bytes.toString('utf8').replace(`"file": "${SEED.ocr}", "format": "metadata-header"`, `"file": "${SEED.ocr}", "format": "treaty-database"`),
      ),
    file: SEED.ocr,
    says: /expected the disclaimer heading "免 责 条 款", found "id: /,
  },
  {
    name: '(d) an unknown format name in the manifest',
    breakSources: (s) => editFile(join(s, 'manifest.json'), (bytes) => bytes.toString('utf8').replace('"tagged-archive"', '"tagged-archve"')),
    file: 'manifest.json',
    says: /documents\.3\.witnesses\.0\.format: .*expected one of .*"tagged-archive"/,
  },
  {
    name: '(e) the manifest naming a file that does not exist',
    breakSources: (s) => editFile(join(s, 'manifest.json'), (bytes) => bytes.toString('utf8').replace(SEED.ocr, '003_missing.txt')),
    file: '003_missing.txt',
    says: /file not found \(the manifest names it as a metadata-header source\)/,
  },
  {
    name: '(f) manifest.json cut off half way (not valid JSON)',
    breakSources: (s) => editFile(join(s, 'manifest.json'), (bytes) => bytes.subarray(0, bytes.length >> 1)),
    file: 'manifest.json',
    says: /not valid JSON/,
  },
  {
    name: '(f) manifest.json missing',
    breakSources: (s) => rmSync(join(s, 'manifest.json')),
    file: 'manifest.json',
    says: /file not found, expected the corpus manifest/,
  },
  {
    name: '(g) invalid UTF-8 bytes (0xff 0xfe) in the middle of Chinese text',
    breakSources: (s) => editFile(join(s, SEED.ocr), (bytes) => insertMidway(bytes, Buffer.from([0xff, 0xfe]))),
    file: SEED.ocr,
    says: /not valid UTF-8 \(at byte \d+\), expected a metadata-header source as UTF-8 text/,
  },
];

/** A good build first, then the broken sources: the error, and the good build untouched. */
function expectBadInputRejected(bad: BadInput): string {
  const out = join(tmp, 'build');
  const good = cli('build', '--sources', SOURCES, '--out', out);
  expect(good.status, good.stderr).toBe(0);
  const before = hashTree(out);
  const mtime = statSync(out).mtimeMs;

  const sources = join(tmp, 'sources');
  cpSync(join(ROOT, SOURCES), sources, { recursive: true });
  bad.breakSources(sources);
  const line = expectOneLineError(cli('build', '--sources', sources, '--out', out), 1);

  expect(line).toMatch(/^duizhao: /);
  expect(line).toContain(join(sources, bad.file));
  expect(line).toMatch(bad.says);
  expect(hashTree(out)).toEqual(before);
  expect(statSync(out).mtimeMs).toBe(mtime);
  expect(leftovers(tmp)).toEqual([]);
  return line;
}

describe('build on bad input: exit 1, one line naming the file, the previous build kept', () => {
  for (const bad of BAD_INPUTS) {
    it(bad.name, SLOW, () => {
      expectBadInputRejected(bad);
    });
  }

  // V8's JSON error quotes a snippet of the input with its newlines: the CLI keeps it on one line.
  it('(f) a stray comma in manifest.json still gives one line', SLOW, () => {
    expectBadInputRejected({
      name: 'stray comma',
      breakSources: (s) => editFile(join(s, 'manifest.json'), (bytes) => bytes.toString('utf8').replace('"documents": [', '"documents": [,')),
      file: 'manifest.json',
      says: /not valid JSON/,
    });
  });

  // The folder is joined to the file name only, never to the quoted line (`a/../b` stays as it is).
  it('quotes the offending line as it stands', SLOW, () => {
    const line = expectBadInputRejected({
      name: 'a line with slashes',
      breakSources: (s) => editFile(join(s, SEED.tagged), (bytes) => `see http://example.com/a/../b\n${bytes.toString('utf8')}`),
      file: SEED.tagged,
      says: /expected a field/,
    });
    expect(line).toContain('found "see http://example.com/a/../b"');
  });
});

describe('export', () => {
  it('--format tsv: a header, then one numbered row per segment', SLOW, () => {
    const run = cli('export', 'mao-khrushchev-1958', '--witness', 'en', '--format', 'tsv');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    const [header, ...rows] = linesOf(run.stdout);
    expect(header).toBe('row\ten');
    expect(rows).toHaveLength(EN_SEGMENTS);
    rows.forEach((line, i) => {
      const cells = line.split('\t');
      expect(cells, line).toHaveLength(2);
      expect(cells[0]).toBe(String(i + 1));
      expect(cells[1]!.trim()).not.toBe('');
    });
    expect(rows[0]).toBe('1\tCommuniqué on Talks Between Mao Zedong and Khrushchev');
    expect(rows[1]).toMatch(/^2\tFrom July 31 to August 3, 1958, Mao Zedong/);
  });

  it('--format json: the witness and its segments with their text', SLOW, () => {
    const run = cli('export', 'mao-khrushchev-1958', '--witness', 'en', '--format', 'json');
    expect(run.status, run.stderr).toBe(0);
    const data = JSON.parse(run.stdout) as {
      document: string;
      witness: string;
      lang: string;
      segments: { row: number; kind: string; start: number; end: number; text: string }[];
    };
    expect(data).toMatchObject({ document: 'mao-khrushchev-1958', witness: 'en', lang: 'en' });
    expect(data.segments).toHaveLength(EN_SEGMENTS);
    data.segments.forEach((s, i) => {
      expect(s.row).toBe(i + 1);
      expect(typeof s.text).toBe('string');
      expect(s.text.trim()).not.toBe('');
      expect(s.end).toBeGreaterThan(s.start);
    });
    // Spans tile the witness: each starts where the one before ended.
    for (let i = 1; i < data.segments.length; i++) expect(data.segments[i]!.start).toBe(data.segments[i - 1]!.end);
  });

  it('an unknown document id: exit 1, one line listing the valid ids', SLOW, () => {
    const line = expectOneLineError(cli('export', 'no-such-doc', '--witness', 'en', '--format', 'tsv'), 1);
    expect(line).toContain('no-such-doc');
    for (const id of DOCUMENT_IDS) expect(line).toContain(id);
  });

  it('an unknown witness: exit 1, one line listing the witnesses the document has', SLOW, () => {
    const line = expectOneLineError(cli('export', 'mao-khrushchev-1958', '--witness', 'fr', '--format', 'tsv'), 1);
    expect(line).toContain('"fr"');
    for (const id of DOCUMENTS['mao-khrushchev-1958']!) expect(line).toContain(id);
  });

  it('--format xml: exit 2', SLOW, () => {
    const line = expectOneLineError(cli('export', 'mao-khrushchev-1958', '--witness', 'en', '--format', 'xml'), 2);
    expect(line).toContain('"xml"');
    expect(line).toMatch(/tsv or json/);
  });

  it('--out FILE writes the file and prints nothing', SLOW, () => {
    const file = join(tmp, 'en.tsv');
    const run = cli('export', 'mao-khrushchev-1958', '--witness', 'en', '--format', 'tsv', '--out', file);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(cli('export', 'mao-khrushchev-1958', '--witness', 'en', '--format', 'tsv').stdout);
    expect(linesOf(written)).toHaveLength(EN_SEGMENTS + 1);
  });
});

describe('list and the command line', () => {
  it('list prints each document id and its witness ids', SLOW, () => {
    const run = cli('list');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const lines = linesOf(run.stdout);
    const listed: Record<string, string[]> = {};
    let current = '';
    for (const line of lines) {
      const witness = /^ {2}(\S+)\t(zh|en)\t\d+ segments\t/.exec(line);
      if (witness) listed[current]!.push(witness[1]!);
      else {
        current = line.split('\t')[0]!;
        listed[current] = [];
      }
    }
    expect(listed).toEqual(DOCUMENTS);
    expect(run.stdout).toMatch(new RegExp(`^ {2}en\\ten\\t${EN_SEGMENTS} segments\\t`, 'm'));
  });

  it('an unknown command: exit 2 with the usage on stderr (in a process of its own, as the shell sees it)', SLOW, () => {
    const run = spawnCli('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^duizhao: unknown command "frobnicate"\n/);
    expect(run.stderr).toContain('usage: npm run -s cli -- <command>');
    for (const command of ['build', 'list', 'export']) expect(run.stderr).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('no command: exit 2 with the usage on stderr, nothing on stdout (in a process of its own)', SLOW, () => {
    const run = spawnCli();
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('usage: npm run -s cli -- <command>');
  });
});

describe('output paths', () => {
  it('build --out refuses to replace a folder that is not a build', SLOW, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dz-precious-'));
    try {
      writeFileSync(join(dir, 'notes.txt'), 'keep');
      const run = cli('build', '--out', dir);
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(`duizhao: ${dir}: holds files a build did not write (notes.txt); refusing to replace it`);
      expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('export --out into a folder that does not exist: one line naming the file, exit 1 (in a process of its own)', SLOW, () => {
    const run = spawnCli('export', 'prc-dprk-1958', '--witness', 'zh-treaty', '--out', '/nonexistent-dz/x.tsv');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('duizhao: /nonexistent-dz/x.tsv: could not write the output (ENOENT); any previous file there is unchanged');
  });
});
