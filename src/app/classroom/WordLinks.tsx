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
import { chineseWordSpans, stemsOfWord, wordsOfStem, type Glossary, type GlossaryEntry } from '../../core/glossary/glossary.ts';
import { numberedToMarks } from '../../core/text/pinyin-marks.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import type { HoveredWord } from '../store/reader-store.ts';
import { useStyleRules } from '../style-rules.ts';

/** Until Floating UI has placed it beside its word (one frame), the card is not seen. */
const UNPLACED = { visibility: 'hidden', left: 0, top: 0 } as const;

export function WordLinks({ doc, glossary }: { doc: BuiltDocument; glossary: Glossary | null }) {
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
  if (!word || !glossary) return null;
  const entries = 'zh' in word ? glossary.entries[word.zh] : undefined;
  return (
    <>
      {'zh' in word && (
        <div ref={card} className={`dictionary-card${word.pinned ? ' pinned' : ''}`} role="tooltip" style={UNPLACED}>
          <p className="card-word" lang="zh">
            {word.zh}
          </p>
          {entries && entries.length > 0 ? <Entries entries={entries} /> : <p className="card-none">Not in CC-CEDICT.</p>}
          {stemsOfWord(glossary, word.zh).learned.length > 0 && <p className="card-learned">Often in the same rows as: {stemsOfWord(glossary, word.zh).learned.join(', ')}</p>}
          {word.pinned && (
            <button type="button" className="card-close" aria-label="Close the dictionary card" onClick={() => store.getState().setHoveredWord(null)}>
              ×
            </button>
          )}
          <p className="card-credit">CC-CEDICT</p>
        </div>
      )}
    </>
  );
}

function Entries({ entries }: { entries: readonly GlossaryEntry[] }) {
  return (
    <dl className="card-entries">
      {entries.slice(0, 4).map((e, k) => (
        <div key={k}>
          <dt>
            <span className="card-pinyin">{numberedToMarks(e.pinyin)}</span>{' '}
            <span lang="zh-Hans">{e.simplified}</span>
            {e.traditional !== e.simplified && (
              <>
                {' '}
                <span lang="zh-Hant" title="traditional">
                  {e.traditional}
                </span>
              </>
            )}
          </dt>
          <dd>{e.glosses.slice(0, 6).join('; ')}</dd>
        </div>
      ))}
    </dl>
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
