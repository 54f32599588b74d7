/**
 * Word-level counterparts and the dictionary card. Over a Chinese word, the English words of the
 * same row that its CC-CEDICT glosses give are lit (failing those, the words the document keeps
 * pairing it with), and its card shows pinyin, both character forms and the glosses; over an English
 * word, the Chinese words of the row whose glosses give it. Lit by one style rule, as rows are.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useAnchored } from '../reader/anchored.ts';
import type { BuiltDocument } from '../../core/model.ts';
import { segmentText } from '../../core/model.ts';
import { chineseWordSpans, stemsOfWord, wordsOfStem, type Glossary } from '../../core/glossary/glossary.ts';
import type { ReadingCorrection } from '../../core/project/readings.ts';
import { WordCard } from './WordCard.tsx';
import type { ReadingWriter } from './ReadingCorrector.tsx';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import type { HoveredWord } from '../store/reader-store.ts';
import { useStyleRules } from '../style-rules.ts';

/** Until Floating UI has placed it beside its word (one frame), the card is not seen. */
const UNPLACED = { visibility: 'hidden', left: 0, top: 0 } as const;

export function WordLinks({ doc, glossary, readings, writer }: { doc: BuiltDocument; glossary: Glossary | null; readings?: readonly ReadingCorrection[] | undefined; writer?: ReadingWriter | undefined }) {
  const store = useReaderStoreApi();
  const word = useReaderStore((s) => s.hoveredWord);
  const rules = useMemo(() => (word && glossary ? linkRules(doc, glossary, word) : ''), [doc, glossary, word]);
  // the card beside the word, below it or above it, never over it
  const card = useRef<HTMLDivElement>(null);
  const locate = useCallback(() => (word ? { left: word.x, right: word.right ?? word.x + 16, bottom: word.y, top: word.top ?? word.y - 24 } : null), [word]);
  useAnchored(card, word && glossary && 'zh' in word ? locate : null, word);
  useStyleRules(rules);
  useEffect(() => {
    if (!word?.pinned) return;
    const close = (event: KeyboardEvent) => event.key === 'Escape' && store.getState().setHoveredWord(null);
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [store, word?.pinned]);
  if (!word || !glossary || !('zh' in word)) return null;
  return (
    <div ref={card} className={`dictionary-card${word.pinned ? ' pinned' : ''}`} role="tooltip" style={UNPLACED}>
      <WordCard doc={doc} glossary={glossary} word={word} readings={readings} writer={writer} close={() => store.getState().setHoveredWord(null)} />
    </div>
  );
}

/** The style rule lighting a word and its counterparts in its row. */
function linkRules(doc: BuiltDocument, glossary: Glossary, word: HoveredWord): string {
  const row = `.pane .seg[data-row="${word.row + 1}"]`;
  const css = (selector: string) => CSS.escape(selector);
  if ('zh' in word) {
    const { dictionary, learned } = stemsOfWord(glossary, word.zh);
    const stems = dictionary.length > 0 ? dictionary : learned;
    return [`${row} .w[data-w="${css(word.zh)}"] { background: var(--word-source); }`, ...stems.map((s) => `${row} .w[data-s="${css(s)}"] { background: var(--word-target); }`)].join('\n');
  }
  const words = wordsOfStem(glossary, word.stem, rowWords(doc, glossary, word.row));
  return [`${row} .w[data-s="${css(word.stem)}"] { background: var(--word-source); }`, ...words.map((w) => `${row} .w[data-w="${css(w)}"] { background: var(--word-target); }`)].join('\n');
}

/** The Chinese words of a row, in every Chinese witness. */
function rowWords(doc: BuiltDocument, glossary: Glossary, row: number): string[] {
  const out: string[] = [];
  doc.witnesses.forEach((w, i) => {
    if (w.lang !== 'zh') return;
    const cell = doc.rows[row]?.cells[i];
    if (!cell) return;
    for (let s = cell.start; s < cell.end; s++) for (const span of chineseWordSpans(segmentText(w.text, w.segments[s]!), glossary)) out.push(span.word);
  });
  return out;
}
