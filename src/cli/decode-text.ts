/**
 * Reading a text a user brings from disk. The decoding itself (encoding detection, the refusal of
 * binary and undecodable bytes) is the core's, shared with the browser; this edge reads the file
 * and turns the core's TextInputError into a CliError with the same message.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { decodeUserBytes as decodeBytes, TextInputError, type DecodedText } from '../core/text/decode-text.ts';
import { CliError } from './source-files.ts';
import { textSizeProblem } from '../core/limits.ts';
import { writeErr } from './io.ts';

export { ENCODINGS, hanShare, latinShare, type DecodedText, type Encoding } from '../core/text/decode-text.ts';

/**
 * Read and decode a user's file; `encoding` overrides detection, and `flag` is the option that
 * sets it (`--zh-encoding`), for messages. Errors are CliErrors that name the file. Places read as
 * U+FFFD are reported on stderr, one line each, and so is a legacy encoding detection chose.
 */
export function decodeUserFile(path: string, encoding?: string, flag = '--encoding'): DecodedText {
  if (!existsSync(path)) throw new CliError(`${path}: file not found`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new CliError(`${path}: not a file`);
  // refused before it is read: a text this large would take minutes and gigabytes to align
  const tooLarge = textSizeProblem(path, stat.size);
  if (tooLarge) throw new CliError(tooLarge);
  const decoded = decodeUserBytes(readFileSync(path), path, encoding, flag);
  if (encoding === undefined && decoded.encoding !== 'utf-8') writeErr(`${path}: read as ${decoded.reason}\n`);
  for (const warning of decoded.warnings) writeErr(`${path}: warning: ${warning}\n`);
  return decoded;
}

/** The core's decodeUserBytes, failing with a CliError: exit code 2 for an unknown --encoding, 1 for bad bytes. */
export function decodeUserBytes(bytes: Uint8Array, path: string, encoding?: string, flag = '--encoding'): DecodedText {
  try {
    return decodeBytes(bytes, path, { encoding, encodingFlag: flag });
  } catch (error) {
    if (error instanceof TextInputError) throw new CliError(error.message, error.kind === 'unsupported-encoding' ? 2 : 1);
    throw error;
  }
}
