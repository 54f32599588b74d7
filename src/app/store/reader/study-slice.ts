/** The classroom's aids: texts hidden until revealed, pinyin, words and the word pointed at, and the note being written. */
import type { Slice } from './slice.ts';

export interface StudyState {
  /** Witnesses whose text is hidden until revealed (a class translates before it reads). */
  readonly hiddenWitnesses: ReadonlySet<string>;
  /** Rows revealed in the hidden witnesses, or all of them. */
  readonly revealed: ReadonlySet<number> | 'all';
  readonly pinyin: boolean;
  /** Chinese words as words: the dictionary card on hover or tap, and their English counterparts. */
  readonly words: boolean;
  /** The word under the pointer, in its row: a Chinese word or an English base form. */
  readonly hoveredWord: HoveredWord | null;
  /** The row whose note is being written, or null. */
  readonly noteRow: number | null;
}

/** A word pointed at in a row: a Chinese word or an English base form, where it stands on screen, and whether a tap pinned it. */
export type HoveredWord = ({ readonly zh: string; readonly place?: WordPlace } | { readonly stem: string }) & {
  readonly row: number;
  /** The word's box on screen: left and bottom, and (when known) top and right. */
  readonly x: number;
  readonly y: number;
  readonly top?: number;
  readonly right?: number;
  readonly pinned: boolean;
};

/** Where a Chinese word stands: its witness, and the UTF-16 offset in that witness's text where it starts. */
export interface WordPlace {
  readonly witness: string;
  readonly at: number;
}

export interface StudyActions {
  readonly toggleHidden: (witness: string) => void;
  /** Reveal a row in every hidden witness. */
  readonly revealRow: (row: number) => void;
  readonly revealAll: () => void;
  readonly hideAll: () => void;
  readonly setPinyin: (on: boolean) => void;
  readonly setWords: (on: boolean) => void;
  readonly setHoveredWord: (word: HoveredWord | null) => void;
  readonly openNote: (row: number | null) => void;
}

export const STUDY: StudyState = { hiddenWitnesses: new Set(), revealed: new Set(), pinyin: false, words: false, hoveredWord: null, noteRow: null };

const samePlace = (a: WordPlace | undefined, b: WordPlace | undefined) => a?.witness === b?.witness && a?.at === b?.at;
const sameWord = (a: HoveredWord, b: HoveredWord) => a.row === b.row && a.pinned === b.pinned && ('zh' in a ? 'zh' in b && a.zh === b.zh && samePlace(a.place, b.place) : 'stem' in b && a.stem === b.stem);

export const studySlice: Slice<StudyState, StudyActions> = (set, get) => ({
  ...STUDY,
  toggleHidden: (witness) => {
    const hidden = new Set(get().hiddenWitnesses);
    if (hidden.has(witness)) hidden.delete(witness);
    else hidden.add(witness);
    set({ hiddenWitnesses: hidden, ...(hidden.size === 0 ? { revealed: new Set<number>() } : {}) });
  },
  revealRow: (row) => {
    const revealed = get().revealed;
    if (revealed === 'all' || revealed.has(row)) return;
    set({ revealed: new Set([...revealed, row]) });
  },
  revealAll: () => set({ revealed: 'all' }),
  hideAll: () => set({ revealed: new Set() }),
  setPinyin: (on) => set({ pinyin: on }),
  setWords: (on) => set({ words: on, hoveredWord: null }),
  setHoveredWord: (word) => {
    const now = get().hoveredWord;
    if (now === word || (now && word && sameWord(now, word))) return;
    // a word pinned by a tap stays until another is tapped or it is closed
    if (now?.pinned && word && !word.pinned) return;
    set({ hoveredWord: word });
  },
  openNote: (row) => set({ noteRow: row }),
});
