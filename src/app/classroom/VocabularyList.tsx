/**
 * The student's words: saved from a pinned dictionary card (the word, its pinyin as read here, its
 * gloss, the sentence it came from), listed in the Study menu to review and remove, and exported
 * as a text file Anki imports.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { entriesByUse, type GlossaryEntry } from '../../core/glossary/glossary.ts';
import type { BuiltDocument } from '../../core/model.ts';
import { vocabularyTsv, type VocabularyItem } from '../../core/export/vocabulary-tsv.ts';
import { numberedToMarks } from '../../core/text/pinyin-marks.ts';
import { fileBase, saveFile } from '../files/save-file.ts';
import { vocabularyStore, type VocabularyActions, type VocabularyState } from './vocabulary-store.ts';
import type { ReadHere } from '../../core/reader/sentence-at.ts';

const NONE: readonly VocabularyItem[] = [];

/** A document's saved words (read from this browser when first wanted). */
export function useVocabulary<T>(doc: string, selector: (state: VocabularyState & VocabularyActions, items: readonly VocabularyItem[]) => T): T {
  const store = vocabularyStore();
  useEffect(() => {
    if (!store.getState().byDocument.has(doc)) store.getState().load(doc);
  }, [store, doc]);
  return useStore(store, (s) => selector(s, s.byDocument.get(doc) ?? NONE));
}

/** The entry that gives this reading, else the first: its glosses are the word's gloss. */
function glossFor(entries: readonly GlossaryEntry[], pinyin: string): { pinyin: string; gloss: string } {
  const ordered = entriesByUse(entries);
  const entry = ordered.find((e) => numberedToMarks(e.pinyin).toLowerCase() === pinyin.toLowerCase()) ?? ordered[0];
  return { pinyin: pinyin || (entry ? numberedToMarks(entry.pinyin) : ''), gloss: entry ? entry.glosses.slice(0, 3).join('; ') : '' };
}

export function SaveWord({ doc, word, entries, here }: { doc: BuiltDocument; word: { zh: string; row: number }; entries: readonly GlossaryEntry[]; here: ReadHere }) {
  const saved = useVocabulary(doc.id, (_, items) => items.some((i) => i.word === word.zh));
  const count = useVocabulary(doc.id, (_, items) => items.length);
  const [said, setSaid] = useState<string | null>(null);
  const save = () => {
    const { pinyin, gloss } = glossFor(entries, here.pinyin);
    const item: VocabularyItem = { word: word.zh, pinyin, gloss, sentence: here.sentence?.text ?? '', row: word.row, savedAt: new Date().toISOString() };
    if (vocabularyStore().getState().save(doc.id, item)) setSaid(`Saved to your vocabulary (${count + 1}).`);
  };
  return (
    <p className="card-actions">
      <button type="button" onClick={save} disabled={saved}>
        {saved ? 'In your vocabulary ✓' : 'Save to vocabulary'}
      </button>
      {said && saved && (
        <span role="status" className="card-said">
          {' '}
          {said}
        </span>
      )}
    </p>
  );
}

/** The list in the Study menu: each word with its pinyin, gloss and sentence, to remove; the export for Anki. */
export function MyWords({ doc, title }: { doc: BuiltDocument; title: string }) {
  const items = useVocabulary(doc.id, (_, list) => list);
  const problem = useVocabulary(doc.id, (s) => s.problem);
  const [open, setOpen] = useState(false);
  const store = vocabularyStore();
  return (
    <div className="my-words">
      <p className="tool-line">
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} title="The words you saved from their dictionary cards, to review and export">
          Vocabulary ({items.length})
        </button>
        <button type="button" disabled={items.length === 0} onClick={() => saveFile(`${fileBase(title)}.words.tsv`, new Blob([vocabularyTsv(items)], { type: 'text/tab-separated-values;charset=utf-8' }))} title="Your words as a text file Anki imports: word, pinyin, gloss, sentence">
          Export for Anki
        </button>
      </p>
      {problem && (
        <p className="classroom-problem" role="alert">
          {problem}{' '}
          <button type="button" className="icon" aria-label="Dismiss" onClick={() => store.getState().dismissProblem()}>
            ×
          </button>
        </p>
      )}
      {open && items.length === 0 && <p className="tool-hint">Turn on Words, tap a word and press “Save to vocabulary”.</p>}
      {open && items.length > 0 && (
        <ol className="vocabulary-list" aria-label="Vocabulary">
          {items.map((item) => (
            <li key={item.word}>
              <span lang="zh" className="vocabulary-word">
                {item.word}
              </span>{' '}
              <span className="card-pinyin">{item.pinyin}</span> <span className="vocabulary-gloss">{item.gloss}</span>
              <span className="vocabulary-sentence" lang="zh">
                {item.sentence}
              </span>
              <button type="button" className="icon" aria-label={`Remove ${item.word}`} onClick={() => store.getState().remove(doc.id, item.word)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
