/**
 * Reading a text a user brings from disk. The decoding itself (encoding detection, the refusal of
 * binary and undecodable bytes) is the core's, shared with the browser; this edge reads the file
 * and turns the core's TextInputError into a CliError with the same message.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { decodeUserBytes as decodeBytes, TextInputError, type DecodedText } from '../core/text/decode-text.ts';
import { CliError } from './source-files.ts';

export { ENCODINGS, hanShare, latinShare, type DecodedText, type Encoding } from '../core/text/decode-text.ts';

/** Read and decode a user's file; `encoding` overrides detection. Errors are CliErrors that name the file. */
export function decodeUserFile(path: string, encoding?: string): DecodedText {
  if (!existsSync(path)) throw new CliError(`${path}: file not found`);
  if (!statSync(path).isFile()) throw new CliError(`${path}: not a file`);
  return decodeUserBytes(readFileSync(path), path, encoding);
}

/** The core's decodeUserBytes, failing with a CliError: exit code 2 for an unknown --encoding, 1 for bad bytes. */
export function decodeUserBytes(bytes: Uint8Array, path: string, encoding?: string): DecodedText {
  try {
    return decodeBytes(bytes, path, encoding);
  } catch (error) {
    if (error instanceof TextInputError) throw new CliError(error.message, error.kind === 'unsupported-encoding' ? 2 : 1);
    throw error;
  }
}
