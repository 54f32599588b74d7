import { mkdtempSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARKER, refusalToReplace, removeStaleStaging } from '../../src/cli/build-command.ts';
import { writeOutput } from '../../src/cli/output-file.ts';
import { CliError, sourcePathInside } from '../../src/cli/source-files.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'duizhao-out-'));

describe('writeOutput', () => {
  it('on a full disk leaves the previous output whole and no temporary file behind', () => {
    const dir = scratch();
    const out = join(dir, 'pair.tsv');
    writeFileSync(out, 'the previous output\n');
    const fullDisk = {
      write: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeOutput(out, 'new output that does not fit', [], fullDisk)).toThrow(/pair\.tsv: could not write the output \(ENOSPC\)/);
    expect(readFileSync(out, 'utf8')).toBe('the previous output\n');
    expect(readdirSync(dir)).toEqual(['pair.tsv']);
  });

  it('replaces the output whole when the write succeeds', () => {
    const dir = scratch();
    const out = join(dir, 'pair.tsv');
    writeFileSync(out, 'old\n');
    writeOutput(out, 'new\n');
    expect(readFileSync(out, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['pair.tsv']);
  });

  it('refuses an --out that is one of the inputs, also by another spelling or a symlink, and leaves it intact', () => {
    const dir = scratch();
    const input = join(dir, 'zh.txt');
    writeFileSync(input, '中文\n');
    symlinkSync(input, join(dir, 'link.txt'));
    for (const out of [input, join(dir, '.', 'zh.txt'), join(dir, 'link.txt')]) {
      expect(() => writeOutput(out, 'aligned', [input])).toThrow(/is the input .*zh\.txt; refusing/);
    }
    expect(readFileSync(input, 'utf8')).toBe('中文\n');
  });
});

describe('sourcePathInside', () => {
  it('refuses absolute paths and paths that leave the sources folder, by .. or by a symlink', () => {
    const dir = scratch();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(join(dir, 'secret.txt'), 'not a source');
    symlinkSync(join(dir, 'secret.txt'), join(sources, 'link.txt'));
    for (const file of ['/etc/passwd', '../secret.txt', '../../../../etc/passwd', 'link.txt', 'a/../../secret.txt']) {
      expect(() => sourcePathInside(sources, file), file).toThrow(CliError);
      expect(() => sourcePathInside(sources, file), file).toThrow(/manifest\.json: source file .* is outside the sources folder/);
    }
  });

  it('takes a plain name inside the folder', () => {
    const sources = scratch();
    writeFileSync(join(sources, '000.txt'), '文');
    expect(sourcePathInside(sources, '000.txt')).toBe(join(sources, '000.txt'));
    expect(sourcePathInside(sources, 'sub/001.txt')).toBe(join(sources, 'sub/001.txt'));
  });
});

describe('build --out', () => {
  it('refuses a folder holding a corpus.json beside files a build never writes', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'corpus.json'), '{}');
    writeFileSync(join(dir, 'thesis.docx'), 'years of work');
    expect(refusalToReplace(dir)).toMatch(/holds files a build did not write \(thesis\.docx\); refusing/);
  });

  it('refuses a symlink, and a folder whose marker does not list a file', () => {
    const dir = scratch();
    const build = join(dir, 'build');
    mkdirSync(build);
    writeFileSync(join(build, BUILD_MARKER), JSON.stringify({ files: ['corpus.json'] }));
    writeFileSync(join(build, 'corpus.json'), '{}');
    expect(refusalToReplace(build)).toBeNull();
    writeFileSync(join(build, 'doc-extra.json'), '{}');
    expect(refusalToReplace(build)).toMatch(/doc-extra\.json/);
    symlinkSync(build, join(dir, 'link'));
    expect(refusalToReplace(join(dir, 'link'))).toMatch(/is a symbolic link; refusing/);
  });

  it('takes a missing or empty folder, and an older build of only build names', () => {
    const dir = scratch();
    expect(refusalToReplace(join(dir, 'none'))).toBeNull();
    expect(refusalToReplace(dir)).toBeNull();
    for (const name of ['corpus.json', 'doc-a-1.json', 'gloss-a-1.json', 'lexicon-cedict-v1.json']) writeFileSync(join(dir, name), '{}');
    expect(refusalToReplace(dir)).toBeNull();
  });

  it('removes staging folders a killed build left, not those of a build still running', () => {
    const dir = scratch();
    const dead = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    mkdirSync(join(dir, `.build-staging-${dead}`));
    mkdirSync(join(dir, `.build-retired-${dead}`));
    mkdirSync(join(dir, `.build-staging-${process.ppid}`));
    removeStaleStaging(dir);
    expect(readdirSync(dir)).toEqual([`.build-staging-${process.ppid}`]);
  });
});
