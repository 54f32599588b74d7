/**
 * Segmentation of a witness into lossless spans: headings, list items, signature and date lines
 * are whole lines (or the title at the head of a line); prose lines are split into sentences.
 * Each span runs from its first character to the next span's, so the spans tile the text.
 */
import type { Lang, Section, Segment, SegmentKind } from '../model.ts';
import { linesOf, isBlank, hasBlankLine, type Line } from '../normalize/lines.ts';
import { chineseSentenceStarts } from './chinese-sentences.ts';
import { englishSentenceStarts } from './english-sentences.ts';
import { isClosingLine, isDateLine } from '../text/line-kinds.ts';

interface Piece {
  readonly start: number;
  readonly kind: SegmentKind;
  readonly paragraph: number;
  readonly section: number;
}

/** Lines of a list item that close the list (`…王稼祥。`) are short; a long line after a list is prose. */
const MAX_LIST_LINE = { zh: 60, en: 160 } as const;
const ENDS_WITH_COMMA = /[，,、]$/u;

/** Segment `text` into spans; `sections` (text offsets, in order) give section titles and bounds. */
export function segmentWitness(text: string, lang: Lang, sections: readonly Section[]): Segment[] {
  const lines = linesOf(text).filter((l) => !isBlank(l.text));
  const paragraphsByBlankLines = hasBlankLine(text);
  const pieces: Piece[] = [];
  let paragraph = -1;
  let previous: Line | undefined;
  let previousKind: SegmentKind | undefined;
  const closing = closingLines(lines, lang, sections);

  for (const [index, line] of lines.entries()) {
    const section = sectionIndexAt(sections, line.start);
    const newParagraph = !previous || !paragraphsByBlankLines || hasBlankLine(text.slice(previous.end, line.start));
    if (newParagraph) paragraph++;
    const content = trimmedBounds(line);
    const title = sections[section]?.start === line.start ? sections[section].title : '';

    if (closing.has(line.start)) {
      pieces.push({ start: content.start, kind: isDateLine(line.text) ? 'date-line' : 'signature', paragraph, section });
      previousKind = 'signature';
    } else if (isListLine(line.text, lines[index + 1]?.text ?? '', previousKind === 'list-item' && ENDS_WITH_COMMA.test(previous?.text.trim() ?? ''), lang)) {
      pieces.push({ start: content.start, kind: 'list-item', paragraph, section });
      previousKind = 'list-item';
    } else {
      let from = content.start;
      if (title && line.text.trim().startsWith(title)) {
        pieces.push({ start: from, kind: 'heading', paragraph, section });
        from = content.start + title.length;
        while (from < content.end && /\s/.test(text[from]!)) from++;
      }
      if (from < content.end) {
        const starts = [from, ...sentenceStarts(text, lang, from, content.end)];
        for (const start of starts) pieces.push({ start, kind: 'sentence', paragraph, section });
      }
      previousKind = from < content.end ? 'sentence' : 'heading';
    }
    previous = line;
  }
  return spansFromPieces(pieces, text.length);
}

function sentenceStarts(text: string, lang: Lang, from: number, to: number): number[] {
  return lang === 'zh' ? chineseSentenceStarts(text, from, to) : englishSentenceStarts(text, from, to);
}

/**
 * A list line ends with a comma and is followed by another short line (`…周恩来，` then
 * `国务院副总理…元帅，`), or is the short line that closes a list (`…王稼祥。`). A salutation
 * (`亲爱的同志们，`) followed by prose is not a list.
 */
function isListLine(line: string, nextLine: string, listContinues: boolean, lang: Lang): boolean {
  const isShort = (s: string) => [...s.trim()].length <= MAX_LIST_LINE[lang];
  if (listContinues && isShort(line)) return true;
  return ENDS_WITH_COMMA.test(line.trim()) && nextLine !== '' && isShort(nextLine);
}

/**
 * The lines of each section's closing block: the trailing run of date lines and short lines
 * without sentence punctuation, when prose comes before it.
 */
function closingLines(lines: readonly Line[], lang: Lang, sections: readonly Section[]): Set<number> {
  const closing = new Set<number>();
  const bySection = new Map<number, Line[]>();
  for (const line of lines) {
    const s = sectionIndexAt(sections, line.start);
    const list = bySection.get(s);
    if (list) list.push(line);
    else bySection.set(s, [line]);
  }
  for (const sectionLines of bySection.values()) {
    let k = sectionLines.length;
    while (k > 0 && isClosingLine(sectionLines[k - 1]!.text, lang)) k--;
    if (k === 0) continue;
    for (const line of sectionLines.slice(k)) closing.add(line.start);
  }
  return closing;
}

function sectionIndexAt(sections: readonly Section[], offset: number): number {
  let index = 0;
  for (const [i, s] of sections.entries()) if (s.start <= offset) index = i;
  return index;
}

function trimmedBounds(line: Line): { start: number; end: number } {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

/** Spans from piece starts: the first span starts at 0, each ends where the next begins. */
function spansFromPieces(pieces: readonly Piece[], textLength: number): Segment[] {
  return pieces.map((p, i) => ({
    start: i === 0 ? 0 : p.start,
    end: i + 1 < pieces.length ? pieces[i + 1]!.start : textLength,
    kind: p.kind,
    paragraph: p.paragraph,
    section: p.section,
  }));
}

/** Pre-segmented text: each non-empty line is one sentence (`align --segmented`). */
export function segmentByLines(text: string): Segment[] {
  const pieces: Piece[] = linesOf(text)
    .filter((l) => !isBlank(l.text))
    .map((l, k) => ({ start: trimmedBounds(l).start, kind: 'sentence', paragraph: k, section: 0 }));
  return spansFromPieces(pieces, text.length);
}
