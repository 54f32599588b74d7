/** What every source reader gives back, and the helpers they share. */
import type { SourceMetadata } from '../model.ts';
import type { SourceEdit } from '../normalize/source-edit.ts';
import type { Line } from '../normalize/lines.ts';
import { SourceFormatError } from './source-error.ts';

/** One witness read out of a source file (a bilingual file holds two). */
export interface WitnessPart {
  /** `main` for single-witness files; `en` / `zh` for the People's Daily bilingual archive. */
  readonly part: string;
  /** The structural removals made; whitespace normalisation comes after, in the pipeline. */
  readonly edit: SourceEdit;
  readonly metadata: SourceMetadata;
  /** Sections in source offsets (the first starts where the body does), with titles. */
  readonly sections: readonly { readonly title: string; readonly sourceStart: number }[];
  /** The treaty database breaks paragraphs where pages broke; other formats do not. */
  readonly joinPageBreaks: boolean;
}

export type SourceReader = (source: string, file: string) => WitnessPart[];

/** Fail unless some line exists; name the line and what was expected there. */
export function expectLine(lines: readonly Line[], index: number, file: string, expected: string): Line {
  const line = lines[index];
  if (!line) throw new SourceFormatError(file, (lines.at(-1)?.number ?? 0) + 1, expected, '');
  return line;
}

export function firstNonBlank(lines: readonly Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  return i;
}

/** Metadata from named fields, with the rest under `extra`. */
export function metadataFrom(known: Partial<Record<Exclude<keyof SourceMetadata, 'extra'>, string | undefined>>, extra: Record<string, string> = {}): SourceMetadata {
  const out: Record<string, unknown> = { extra };
  for (const [key, value] of Object.entries(known)) if (value !== undefined && value !== '') out[key] = value;
  return out as unknown as SourceMetadata;
}

/** Remove spaces between Chinese characters (a title broken by a stray space). */
export function collapseCjkSpaces(s: string): string {
  return s.replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu, '').trim();
}
