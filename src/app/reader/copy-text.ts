/**
 * What copying from the panes puts on the clipboard: the text selected, without what is not the
 * text (row numbers, notes' markers, "moved" links, pinyin above the characters, the words said
 * only to a screen reader), a row or paragraph to a line.
 */
const NOT_TEXT = '.row-number, .row-mark, .note-marker, .moved-link, .reveal, .pane-title, .unsure-flag, .confirmed-flag, rt, rp, .sr-only, .gap';
const BLOCKS = '.row, .interlinear-cell, .flow-block, .paragraph';

export function selectedText(selection: Selection): string {
  const parts: string[] = [];
  for (let k = 0; k < selection.rangeCount; k++) {
    const holder = document.createElement('div');
    holder.append(selection.getRangeAt(k).cloneContents());
    for (const el of holder.querySelectorAll(NOT_TEXT)) el.remove();
    for (const el of holder.querySelectorAll(BLOCKS)) el.append('\n');
    parts.push(holder.textContent ?? '');
  }
  return parts
    .join('\n')
    .replace(/[ \t]*\n[\s]*/gu, '\n')
    .trim();
}

/** For the panes' `copy` event: the text only, when something in them is selected. */
export function copyTextOnly(event: ClipboardEvent): void {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', selectedText(selection));
  event.preventDefault();
}
