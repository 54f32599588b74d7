/**
 * The classroom's tools, in two of the toolbar's menus. Study: pinyin, words (dictionary card and
 * word links), hiding a text to reveal it row by row, a note on the current row. Share: a link to
 * the current row or a range of rows, the rows with their notes, the printable handout, and the
 * one-file reader (where the page offers it: src/app/reader/reader-features.ts).
 */
import { lazy, Suspense, useState } from 'react';
import type { BuiltDocument } from '../../core/model.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { useAids } from './use-classroom.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { useRowNotes } from './use-row-notes.ts';
import { rowsWithNotesTsv } from '../../core/export/notes-export.ts';
import { fileBase, saveFile } from '../files/save-file.ts';
import { ViewBoundary } from '../ViewBoundary.tsx';

/** The vocabulary list, loaded with the Study menu's first opening. */
const MyWords = lazy(() => import('./VocabularyList.tsx').then((m) => ({ default: m.MyWords })));
import { useReaderFeatures } from '../reader/reader-features.ts';

export function StudyTools({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const state = store.getState;
  const pinyin = useReaderStore((s) => s.pinyin);
  const words = useReaderStore((s) => s.words);
  const shown = useReaderStore((s) => s.shown);
  const hidden = useReaderStore((s) => s.hiddenWitnesses);
  const revealed = useReaderStore((s) => s.revealed);
  const current = useReaderStore((s) => s.currentRow);
  const pinyinReady = useAids((s) => s.pinyinOf !== null);
  const hasChinese = doc.witnesses.some((w) => w.lang === 'zh');
  const anyHidden = [...hidden].some((w) => shown.includes(w));
  const glossary = useAids((s) => s.glossaries.get(doc.id));
  const pinyinProblem = useAids((s) => s.pinyinProblem);

  return (
    <div className="tool-lines">
      {hasChinese && (
        <p className="tool-line">
          <button type="button" aria-pressed={pinyin} onClick={() => state().setPinyin(!pinyin)} title="Pinyin above the Chinese">
            Pinyin{pinyin && !pinyinReady && !pinyinProblem ? '…' : ''}
          </button>
          <button type="button" aria-pressed={words} onClick={() => state().setWords(!words)} title="Hover or tap a word: its dictionary card, and its counterparts in the row">
            Words{words && glossary?.status === 'loading' ? '…' : ''}
          </button>
        </p>
      )}
      {hasChinese && (
        <ViewBoundary what="your vocabulary" resetKey={doc.id}>
          <Suspense fallback={null}>
            <MyWords doc={doc} title={doc.title.en ?? doc.title.zh ?? doc.id} />
          </Suspense>
        </ViewBoundary>
      )}
      <fieldset className="hide-texts">
        <legend>Hide, to reveal row by row</legend>
        {doc.witnesses
          .filter((w) => shown.includes(w.id))
          .map((w) => (
            <label key={w.id}>
              <input type="checkbox" checked={hidden.has(w.id)} onChange={() => state().toggleHidden(w.id)} /> {w.label}
            </label>
          ))}
      </fieldset>
      {anyHidden && (
        <p className="tool-line">
          <button type="button" disabled={current === null} onClick={() => current !== null && state().revealRow(current)} title="Reveal the current row (r)">
            Reveal row
          </button>
          <button type="button" disabled={revealed === 'all'} onClick={() => state().revealAll()}>
            Reveal all
          </button>
          <button type="button" disabled={revealed !== 'all' && revealed.size === 0} onClick={() => state().hideAll()}>
            Hide all
          </button>
        </p>
      )}
      <p className="tool-line">
        <button type="button" disabled={current === null} onClick={() => current !== null && state().openNote(current)} title="A note on the current row (o)">
          Note
        </button>
        {current === null && <span className="tool-hint">Choose a row to write a note on it.</span>}
      </p>
    </div>
  );
}

/** What stands in the way of the Study tools (pinyin or the dictionary not loading), shown in the bar. */
export function StudyProblems({ doc }: { doc: BuiltDocument }) {
  const words = useReaderStore((s) => s.words);
  const pinyinProblem = useAids((s) => s.pinyinProblem);
  const glossary = useAids((s) => s.glossaries.get(doc.id));
  return (
    <>
      {pinyinProblem && (
        <span className="classroom-problem" role="alert">
          {pinyinProblem}
        </span>
      )}
      {words && glossary?.status === 'none' && <span className="classroom-problem">{glossary.message}</span>}
    </>
  );
}

/** The rows a link points to, shown in the bar while they are marked; pressing it clears them. */
export function MarkedRows() {
  const store = useReaderStoreApi();
  const range = useReaderStore((s) => s.range);
  if (!range) return null;
  return (
    <button type="button" onClick={() => store.getState().setRange(null)} title="Clear the marked rows">
      Rows {range.from + 1}–{range.to + 1} ×
    </button>
  );
}

export function ShareTools({ reading, extra }: { reading: ReaderDocument; extra?: React.ReactNode }) {
  const doc = reading.doc;
  const shown = useReaderStore((s) => s.shown);
  const range = useReaderStore((s) => s.range);
  const notes = useRowNotes(reading);
  const { links, shareOneFile } = useReaderFeatures();
  return (
    <div className="tool-lines">
      {links && <LinkTools doc={doc} />}
      <p className="tool-line">
        <button type="button" onClick={() => saveFile(`${fileBase(doc.title.en ?? (reading.kind === 'project' ? doc.title.zh : doc.id))}.notes.tsv`, new Blob([rowsWithNotesTsv(doc, shown, notes, range ?? undefined)], { type: 'text/tab-separated-values;charset=utf-8' }))} title="The rows shown (or marked), with their notes, as TSV">
          Export with notes
        </button>
        {extra}
        {links && (
          <a className="handout-link" href={`${window.location.search}${window.location.search ? '&' : '?'}handout`} target="_blank" rel="noopener">
            Handout
          </a>
        )}
      </p>
      {shareOneFile && <OneFileButton reading={reading} share={shareOneFile} />}
    </div>
  );
}

/** Rows for a link, and the link copied (or shown, where the clipboard is refused). */
function LinkTools({ doc }: { doc: BuiltDocument }) {
  const store = useReaderStoreApi();
  const current = useReaderStore((s) => s.currentRow);
  const range = useReaderStore((s) => s.range);
  const [copied, setCopied] = useState<string | null>(null);
  const copyLink = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied');
    } catch {
      // no clipboard (an insecure page, or refused): the link is shown to copy by hand
      setCopied(url);
    }
  };
  return (
    <>
      <p className="tool-line">
        <button
          type="button"
          disabled={current === null}
          title="Mark the rows from the current one to the row you give, for a link"
          onClick={() => {
            if (current === null) return;
            const answer = window.prompt(`Link rows ${current + 1} to row:`, String((range?.to ?? current) + 1));
            const to = Number(answer);
            if (answer === null) return;
            if (Number.isInteger(to) && to >= 1 && to <= doc.rows.length) store.getState().setRange({ from: Math.min(current, to - 1), to: Math.max(current, to - 1) });
          }}
        >
          Rows…
        </button>
        <button type="button" disabled={current === null && !range} onClick={() => void copyLink()} title="Copy a link that opens this view at this row (or these rows)">
          Copy link
        </button>
      </p>
      {copied && (
        <p className="copied" role="status">
          {copied}
        </p>
      )}
    </>
  );
}

/** Share → One-file reader: the open document as one HTML file, downloaded; what failed, said. */
function OneFileButton({ reading, share }: { reading: ReaderDocument; share: (reading: ReaderDocument) => Promise<void> }) {
  const [state, setState] = useState<{ readonly busy: boolean; readonly problem?: string }>({ busy: false });
  const make = async () => {
    setState({ busy: true });
    try {
      await share(reading);
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, problem: `The one-file reader could not be made: ${(error as Error).message}` });
    }
  };
  return (
    <>
      <p className="tool-line">
        <button type="button" disabled={state.busy} onClick={() => void make()} title="One HTML file with this document, its notes and this view (hidden texts, pinyin, layout), that opens in any browser with no server or network: to hand to a class">
          One-file reader{state.busy ? '…' : ''}
        </button>
      </p>
      {state.problem && (
        <p className="classroom-problem" role="alert">
          {state.problem}
        </p>
      )}
    </>
  );
}
