/** The structural class of a sentence: a bead never mixes classes on one side, and pays when its two sides differ. */

/**
 * heading 0; prose (sentences, list items) 1; signatures 2; date lines 3 (a date line moves
 * about); editorial annotations wholly in brackets, such as `(签字)` "(signed)", 4.
 */
export function structuralClass(kind: string, text = ''): number {
  if (/^[(（［\[【〔].*[)）］\]】〕]$/u.test(text.trim())) return 4;
  switch (kind) {
    case 'heading':
      return 0;
    case 'signature':
      return 2;
    case 'date-line':
      return 3;
    default:
      return 1;
  }
}

/** A run of sentences' class: NONE when classes are not known, MIXED when they differ. */
export const NONE = -1;
export const MIXED = -2;

export function classOf(classes: Uint8Array | undefined, start: number, end: number): number {
  if (!classes || start === end) return NONE;
  const first = classes[start]!;
  for (let k = start + 1; k < end; k++) if (classes[k] !== first) return MIXED;
  return first;
}
