/**
 * Page-break repair for the treaty database, whose transcriptions break a paragraph wherever the
 * printed page broke (`伊拉` / `克共和国`). A paragraph is joined to the next when it stops in the
 * middle of a sentence: a single line of prose (it has clause punctuation inside) that ends in a
 * character that cannot end a sentence. List items end in `，`; titles, signatures and date lines
 * have no clause punctuation; none of them qualify.
 */
import type { SourceEdit } from './source-edit.ts';
import { isDateLine } from '../segment/line-kinds.ts';

const HAS_CLAUSE_PUNCTUATION = /[，。；：、！？]/u;
const ENDS_OPEN = /[\p{Script=Han}\p{L}\p{N}]$/u;
const STARTS_CONTINUATION = /^[\p{Script=Han}\p{L}\p{N}]/u;

export function joinPageBreaks(edit: SourceEdit): void {
  const view = edit.view();
  const paragraphs = view.text.split('\n\n');
  let at = 0;
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const paragraph = paragraphs[i]!;
    const end = at + paragraph.length;
    const next = paragraphs[i + 1]!;
    if (i > 0 && isCutByPage(paragraph, next)) edit.removeInView(view, end, end + 2, 'join-page-break');
    at = end + 2;
  }
}

function isCutByPage(paragraph: string, next: string): boolean {
  return (
    !paragraph.includes('\n') &&
    HAS_CLAUSE_PUNCTUATION.test(paragraph) &&
    ENDS_OPEN.test(paragraph) &&
    !isDateLine(paragraph) &&
    STARTS_CONTINUATION.test(next)
  );
}
