/**
 * Writing an `--out` file so that a failure never costs the user what was there: the content goes
 * to a temporary file beside the target, is flushed to disk, and only then renamed over it. A full
 * disk, a kill or a crash mid-write leaves the previous output as it was, and an `--out` that
 * names one of the command's own inputs is refused before anything is written.
 */
import { closeSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './source-files.ts';

/** The file operations a write needs, so a test can make one of them fail (a full disk: ENOSPC). */
export interface OutputFs {
  readonly write: (fd: number, data: Uint8Array) => void;
}

const NODE_FS: OutputFs = {
  write: (fd, data) => {
    let done = 0;
    while (done < data.length) done += writeSync(fd, data, done);
  },
};

/** The real path of `path`, or of its folder joined with its name when the file does not exist yet. */
function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const dir = dirname(resolve(path));
  return join(existsSync(dir) ? realpathSync(dir) : dir, basename(path));
}

/** Refuse an `--out` that is one of the command's inputs: writing it would destroy the input. */
export function refuseOutputOverInput(out: string, inputs: readonly string[]): void {
  const target = realPathOf(out);
  const input = inputs.find((file) => existsSync(file) && realPathOf(file) === target);
  if (input !== undefined) throw new CliError(`--out ${out} is the input ${input}; refusing to overwrite it (choose another output file)`, 2);
}

/**
 * Write `content` to `path` atomically: a temporary file beside it, fsync, rename. Throws a
 * CliError naming the file (and the reason, e.g. ENOSPC) and removes the temporary file on failure.
 */
export function writeOutput(path: string, content: string, inputs: readonly string[] = [], fs: OutputFs = NODE_FS): void {
  refuseOutputOverInput(path, inputs);
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx');
    fs.write(fd, new TextEncoder().encode(content));
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new CliError(`${path}: could not write the output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); any previous file there is unchanged`);
  }
}
