/**
 * Page-break repair for the treaty database, whose transcriptions break a paragraph wherever the
 * printed page broke (`伊拉` / `克共和国`). A paragraph is joined to the next when it stops in the
 * middle of a sentence: a single line of prose (it has clause punctuation inside) that ends in a
 * character that cannot end a sentence. List items end in `，`; titles, signatures and date lines
 * have no clause punctuation; none of them qualify.
 */
import type { SourceEdit } from './source-edit.ts';
import { isDateLine } from '../text/line-kinds.ts';
import { BLANK_LINE, hasLineBreak } from './lines.ts';

const HAS_CLAUSE_PUNCTUATION = /[，。；：、！？]/u;
const ENDS_OPEN = /[\p{Script=Han}\p{L}\p{N}]$/u;
const STARTS_CONTINUATION = /^[\p{Script=Han}\p{L}\p{N}]/u;

export function joinPageBreaks(edit: SourceEdit): void {
  const view = edit.view();
  // paragraphs and the blank line after each (blank runs are already collapsed to one)
  const breaks = [...view.text.matchAll(BLANK_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let at = 0;
  for (let i = 0; i < breaks.length; i++) {
    const { start, end } = breaks[i]!;
    const paragraph = view.text.slice(at, start);
    const next = view.text.slice(end, breaks[i + 1]?.start ?? view.text.length);
    if (i > 0 && isCutByPage(paragraph, next)) edit.removeInView(view, start, end, 'join-page-break');
    at = end;
  }
}

function isCutByPage(paragraph: string, next: string): boolean {
  return (
    !hasLineBreak(paragraph) &&
    HAS_CLAUSE_PUNCTUATION.test(paragraph) &&
    ENDS_OPEN.test(paragraph) &&
    !isDateLine(paragraph) &&
    STARTS_CONTINUATION.test(next)
  );
}
