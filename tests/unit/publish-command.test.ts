/**
 * `publish` as a user runs it: a real process, a corpus built into a temporary folder, a project
 * file written there. A one-file reader that parses comes out; bad input (an unknown document, a
 * project file that is missing or not one, an output nowhere to be written) is one line on stderr
 * naming it, a non-zero exit, and nothing left behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAligned } from '../../src/core/project/import-aligned.ts';
import { projectToJson } from '../../src/core/project/project-file.ts';
import { ONE_FILE_DATA_ID, readOneFileData } from '../../src/core/publish/one-file.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SLOW = { timeout: 120_000 };

function cli(args: readonly string[]) {
  const run = spawnSync('node', ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function dataOf(file: string) {
  const html = readFileSync(file, 'utf8');
  const open = `<script type="application/json" id="${ONE_FILE_DATA_ID}">`;
  const start = html.indexOf(open) + open.length;
  return { html, data: readOneFileData(html.slice(start, html.indexOf('</script>', start))) };
}

let dir: string;
let build: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duizhao-publish-'));
  build = join(dir, 'build');
  const built = cli(['build', '--out', build]);
  expect(built.stderr).toBe('');
}, SLOW.timeout);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the folder holds beside the build and the files the tests wrote: never a temporary file or a half-written output. */
const namesIn = (folder: string) => readdirSync(folder).filter((n) => !['build', 'primer.duizhao.json', 'primer.html'].includes(n)).sort();

describe('publish', () => {
  it('writes a corpus document as one file with its glossary, pinyin and the view asked for', SLOW, () => {
    const out = join(dir, 'communique.html');
    const run = cli(['publish', 'mao-khrushchev-1958', '--build', build, '--out', out, '--view', 'hidden=en&pinyin=on']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*communique\.html \(\d+\.\d KB\)\n$/);
    const { html, data } = dataOf(out);
    expect(data.kind).toBe('corpus');
    expect(data.doc.witnesses.map((w) => w.id)).toEqual(['zh-rmrb', 'zh-treaty', 'en']);
    expect(data.doc.variants?.items.length).toBeGreaterThan(100);
    expect(data.view).toEqual({ hidden: ['en'], pinyin: true });
    expect(Object.keys(data.glossary?.entries ?? {})).toContain('赫鲁晓夫');
    expect(Object.keys(data.pinyin ?? {})).toEqual(['zh-rmrb', 'zh-treaty']);
    expect(html).toMatch(/One-file reader made with Duizhao \d+\.\d+\.\d+ from 毛泽东和赫鲁晓夫会谈公报 on \d{4}-\d\d-\d\d/);
    // the reader's script is in the file: no src, no link to anything
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(namesIn(dir)).toEqual(['communique.html']);
  });

  it('writes a project file as one file, its notes and confirmations in its rows', SLOW, () => {
    const project = importAligned('你好。\tHello.\n再见</script>。\tGoodbye.\n', { id: 'p1', now: '2026-01-02T03:04:05Z', fileName: 'primer.tsv' });
    const rows = project.rows.map((r, i) => (i === 1 ? { ...r, status: 'confirmed' as const, note: 'say it twice' } : r));
    const input = join(dir, 'primer.duizhao.json');
    writeFileSync(input, projectToJson({ ...project, rows }));
    const out = join(dir, 'primer.html');
    const run = cli(['publish', '--project', input, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { data } = dataOf(out);
    expect(data.kind).toBe('project');
    expect(data.id).toBe('p1');
    expect(data.provenance.title).toBe('primer');
    expect(data.doc.rows[1]).toMatchObject({ status: 'confirmed', note: 'say it twice' });
    expect(data.doc.witnesses[0]!.text).toContain('再见</script>。');
    expect(data.pinyin?.[data.doc.witnesses[0]!.id]?.[0]).toBe('nǐ hǎo');
  });

  it('refuses an unknown document, naming it, and writes nothing', SLOW, () => {
    const out = join(dir, 'nothing.html');
    const run = cli(['publish', 'no-such-doc', '--build', build, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^duizhao: there is no document "no-such-doc" in .*corpus\.json \(it has: mao-khrushchev-1958, /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(namesIn(dir)).toEqual(['communique.html']);
  });

  it('refuses a project file that is missing or not a project, naming the file, and writes nothing', SLOW, () => {
    const out = join(dir, 'nothing.html');
    const missing = cli(['publish', '--project', join(dir, 'gone.duizhao.json'), '--out', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/gone\.duizhao\.json: file not found, expected a project file/);
    const bad = join(dir, 'bad.duizhao.json');
    writeFileSync(bad, '{"format":"duizhao-project","version":1,"project":{"id":"x"}}');
    const invalid = cli(['publish', '--project', bad, '--out', out]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/bad\.duizhao\.json: not a valid Duizhao project at project\.name/);
    writeFileSync(bad, 'not json');
    expect(cli(['publish', '--project', bad, '--out', out]).stderr).toMatch(/bad\.duizhao\.json: not a Duizhao project file: not JSON/);
    rmSync(bad);
    expect(namesIn(dir)).toEqual(['communique.html']);
  });

  it('refuses an output it cannot write, naming it, and leaves nothing behind', SLOW, () => {
    const out = join(dir, 'no-such-folder', 'x.html');
    const run = cli(['publish', 'mao-khrushchev-1958', '--build', build, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no-such-folder\/x\.html: could not write the output \(ENOENT\)/);
    expect(namesIn(dir)).toEqual(['communique.html']);
    // and a command line that says too little or too much
    expect(cli(['publish', 'mao-khrushchev-1958']).status).toBe(2);
    expect(cli(['publish', 'mao-khrushchev-1958', '--out', join(dir, 'x.txt')]).stderr).toMatch(/a one-file reader is an \.html file/);
  });
});
