/** The classroom's aids: texts hidden until revealed, pinyin, words and the word pointed at, and the note being written. */
import type { Slice } from './slice.ts';
import type { HoveredWord, StudyActions, StudyState, WordPlace } from './state.ts';

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
