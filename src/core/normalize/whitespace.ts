/**
 * Whitespace normalisation: every change is a removal by a named rule, so the kept text still
 * maps character for character onto the source.
 */
import type { SourceEdit } from './source-edit.ts';
import { BLANK_LINES, linesOf } from './lines.ts';

const CJK = String.raw`\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF`;
const INNER_CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, 'gu');
const INDENT = /^[ \t\u3000]+/;
const TRAILING = /[ \t\u3000]+$/;

/** Apply every whitespace rule, in an order where each sees the result of the one before. */
export function normalizeWhitespace(edit: SourceEdit): void {
  if (edit.source.charCodeAt(0) === 0xfeff && edit.isKept(0)) edit.remove(0, 1, 'strip-bom');
  removeCarriageReturns(edit);
  removeIndentAndTrailingSpace(edit);
  trimDocument(edit);
  collapseBlankLines(edit);
  removeSpaceBetweenCjk(edit);
}

function removeCarriageReturns(edit: SourceEdit): void {
  const s = edit.source;
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) {
    if (s.charCodeAt(i + 1) === 10) edit.remove(i, i + 1, 'crlf');
  }
}

function removeIndentAndTrailingSpace(edit: SourceEdit): void {
  const view = edit.view();
  for (const line of linesOf(view.text)) {
    const indent = INDENT.exec(line.text);
    if (indent) edit.removeInView(view, line.start, line.start + indent[0].length, 'strip-indent');
    const trailing = TRAILING.exec(line.text);
    if (trailing && (!indent || trailing.index > 0)) {
      edit.removeInView(view, line.start + trailing.index, line.end, 'trailing-space');
    }
  }
}

function trimDocument(edit: SourceEdit): void {
  const view = edit.view();
  const lead = /^\s+/.exec(view.text);
  if (lead) edit.removeInView(view, 0, lead[0].length, 'trim-document');
  const tail = /\s+$/.exec(view.text);
  if (tail && tail.index > 0) edit.removeInView(view, tail.index, view.text.length, 'trim-document');
}

/** More than one blank line in a row says no more than one: keep the first two line breaks. */
function collapseBlankLines(edit: SourceEdit): void {
  const view = edit.view();
  for (const m of view.text.matchAll(BLANK_LINES)) {
    const kept = m[1]!.length;
    edit.removeInView(view, m.index + kept, m.index + m[0].length, 'blank-lines');
  }
}

/** Spaces between two Chinese characters are layout (`毛 澤 东`, a title broken by a stray space). */
function removeSpaceBetweenCjk(edit: SourceEdit): void {
  const view = edit.view();
  for (const m of view.text.matchAll(INNER_CJK_SPACE)) {
    edit.removeInView(view, m.index, m.index + m[0].length, 'cjk-inner-space');
  }
}
