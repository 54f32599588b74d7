/** Reading source files from disk: bytes checked and decoded, with errors that name the file. */
import { readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstUndecodableByte } from '../core/text/decode-text.ts';

/** A CLI failure with a one-line message for stderr. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Decode a source file as UTF-8 text, refusing empty, binary and undecodable files. */
export function readSourceText(dir: string, file: string, expected: string): string {
  const path = join(dir, file);
  if (!existsSync(path)) throw new CliError(`${path}: file not found (the manifest names it as ${expected})`);
  if (!statSync(path).isFile()) throw new CliError(`${path}: not a file, expected ${expected}`);
  return decodeSourceBytes(readFileSync(path), path, expected);
}

export function decodeSourceBytes(bytes: Uint8Array, path: string, expected: string): string {
  if (bytes.length === 0) throw new CliError(`${path}: empty file, expected ${expected}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(`${path}: binary file (NUL byte at offset ${nul}), expected ${expected} as UTF-8 text`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') throw new CliError(`${path}: only whitespace, expected ${expected}`);
    return text;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: not valid UTF-8 (at byte ${firstUndecodableByte(bytes, 'utf-8')}), expected ${expected} as UTF-8 text`);
  }
}

/** Write an output file (`--out`), or fail with a message that names it. */
export function writeOutput(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new CliError(`${path}: could not write the output (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
