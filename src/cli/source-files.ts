/** Reading source files from disk: bytes checked and decoded, with errors that name the file. */
import { readFileSync, existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { firstUndecodableByte } from '../core/text/decode-text.ts';
import { textSizeProblem } from '../core/limits.ts';

/** A CLI failure with a one-line message for stderr. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * The path of a manifest's `file` inside the sources folder. An absolute path, or one that
 * resolves outside the folder (by `..` or through a symlink), is refused: a manifest must never
 * read, and `export` never print, a file elsewhere on the machine.
 */
export function sourcePathInside(dir: string, file: string): string {
  const refuse = () => new CliError(`${join(dir, 'manifest.json')}: source file "${file}" is outside the sources folder ${dir}; name a file inside it`);
  if (isAbsolute(file)) throw refuse();
  const path = join(dir, file);
  const inside = (root: string, target: string) => {
    const rel = relative(root, target);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!inside(resolve(dir), resolve(path))) throw refuse();
  if (existsSync(path) && !inside(realpathSync(dir), realpathSync(path))) throw refuse();
  return path;
}

/** Decode a source file as UTF-8 text, refusing empty, binary and undecodable files. */
export function readSourceText(dir: string, file: string, expected: string): string {
  const path = sourcePathInside(dir, file);
  if (!existsSync(path)) throw new CliError(`${path}: file not found (the manifest names it as ${expected})`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new CliError(`${path}: not a file, expected ${expected}`);
  const tooLarge = textSizeProblem(path, stat.size);
  if (tooLarge) throw new CliError(tooLarge);
  return decodeSourceBytes(readFileSync(path), path, expected);
}

export function decodeSourceBytes(bytes: Uint8Array, path: string, expected: string): string {
  if (bytes.length === 0) throw new CliError(`${path}: empty file, expected ${expected}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(`${path}: binary file (NUL byte at offset ${nul}), expected ${expected} as UTF-8 text`);
  try {
    // a byte-order mark stays in the text, for the strip-bom rule to remove and record
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.trim() === '') throw new CliError(`${path}: only whitespace, expected ${expected}`);
    return text;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: not valid UTF-8 (at byte ${firstUndecodableByte(bytes, 'utf-8')}), expected ${expected} as UTF-8 text`);
  }
}
