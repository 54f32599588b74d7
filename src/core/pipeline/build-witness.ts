/** From a source file's text to a segmented witness: read, normalise, segment. */
import type { KeptRun, Section, Witness } from '../model.ts';
import { normalizeWhitespace } from '../normalize/whitespace.ts';
import { joinPageBreaks } from '../normalize/page-breaks.ts';
import { segmentWitness } from '../segment/segment-witness.ts';
import { SOURCE_READERS } from '../sources/index.ts';
import { readPlainText } from '../sources/plain-text.ts';
import type { WitnessSpec } from '../sources/manifest.ts';
import { detectScript } from '../text/script.ts';

/**
 * Build one witness from its source text (already decoded); throws with the file named on bad
 * input. `titleLine`: a plain text's first line, when it reads as a title, is a heading.
 */
export function buildWitness(spec: WitnessSpec, source: string, options: { readonly titleLine?: boolean } = {}): Witness {
  const parts = spec.format === 'plain-text' ? readPlainText(source, options) : SOURCE_READERS[spec.format](source, spec.file);
  const wanted = spec.part ?? 'main';
  const part = parts.find((p) => p.part === wanted);
  if (!part) {
    throw new Error(`${spec.file}: a ${spec.format} source has parts ${parts.map((p) => p.part).join(', ')}, not "${wanted}"`);
  }
  normalizeWhitespace(part.edit);
  if (part.joinPageBreaks) joinPageBreaks(part.edit);
  const { text, kept, removals } = part.edit.finish();
  if (text.trim() === '') throw new Error(`${spec.file}: no text is left for witness ${spec.id} after removing headers and boilerplate`);
  const sections = sectionsInText(part.sections, kept, text.length);
  return {
    id: spec.id,
    lang: spec.lang,
    // a witness's script decides what a script difference is: detected from its text unless given
    script: spec.script ?? (spec.lang === 'en' ? 'latn' : detectScript(text).script),
    label: spec.label,
    sourceFile: spec.file,
    format: spec.format,
    metadata: part.metadata,
    text,
    kept,
    removals,
    sections,
    segments: segmentWitness(text, spec.lang, sections),
  };
}

/** Section starts move from source offsets to the first kept character at or after them. */
function sectionsInText(
  sections: readonly { title: string; sourceStart: number }[],
  kept: readonly KeptRun[],
  textLength: number,
): Section[] {
  const starts = sections.map((s) => {
    const run = kept.find((r) => r.sourceStart + r.length > s.sourceStart);
    return run ? run.textStart + Math.max(0, s.sourceStart - run.sourceStart) : textLength;
  });
  return sections.map((s, i) => ({ title: s.title, start: i === 0 ? 0 : starts[i]!, end: starts[i + 1] ?? textLength }));
}
