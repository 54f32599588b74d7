/**
 * How large a text Duizhao takes, the same in the CLI, the corpus build and the browser. Beyond
 * it a text is refused before it is read, with the limit named: alignment and comparison hold
 * every sentence of both texts at once, and past this size a run takes minutes and gigabytes
 * (bench/size-limits.ts measures it; README.md gives the figures).
 */

/**
 * The largest file taken as one text: 8 MiB (some 2.8 million Chinese characters in UTF-8, or a
 * long novel). Two texts at the limit align in about a minute and under 2 GB in Node; twice that
 * comes near the 4 GB a Node process or a browser tab has.
 */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/** A size as people say it: `4.2 KB`, `5.0 MB`. */
export function megabytes(bytes: number): string {
  return bytes < 100 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of `bytes` is too large to read as a text, in one line naming it; null when it is not. */
export function textSizeProblem(name: string, bytes: number): string | null {
  if (bytes <= MAX_TEXT_BYTES) return null;
  return `${name}: too large (${megabytes(bytes)}); a text can be at most ${megabytes(MAX_TEXT_BYTES)}: split the text into parts and bring them one at a time`;
}
