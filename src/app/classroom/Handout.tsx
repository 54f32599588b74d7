/**
 * A printable handout of the view: the witnesses shown, in their order, as columns, row by row
 * with row numbers, the notes, and (if chosen) pinyin; a hidden text prints as ruled lines to write
 * the translation on. A linked range prints only those rows. The options and the Print button are
 * for the screen; the print stylesheet leaves the page itself.
 */
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { segmentText, type RowCell, type Witness } from '../../core/model.ts';
import { correctPinyin, type ReadingCorrection } from '../../core/project/readings.ts';
import type { PinyinOf } from './aids-store.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { useRowNotes } from './use-row-notes.ts';
import { useReaderStore } from '../store/use-reader-store.ts';
import { paneLang } from '../reader/witness-lang.ts';
import { withPinyin } from './ruby.tsx';
import { writingLines } from './writing-lines.ts';
import { useAids, useClassroom } from './use-classroom.ts';

export function Handout({ reading }: { reading: ReaderDocument }) {
  const doc = reading.doc;
  const { aids } = useClassroom();
  const shown = useReaderStore((s) => s.shown);
  const hidden = useReaderStore((s) => s.hiddenWitnesses);
  const range = useReaderStore((s) => s.range);
  const pinyinInView = useReaderStore((s) => s.pinyin);
  const [pinyin, setPinyin] = useState(pinyinInView);
  const [withNotes, setWithNotes] = useState(true);
  const pinyinOf = useAids((s) => s.pinyinOf);
  const notes = useRowNotes(reading);
  const readings = reading.kind === 'project' ? reading.doc.readings : undefined;
  useEffect(() => {
    if (pinyin) void aids.getState().loadPinyin();
  }, [aids, pinyin]);

  const witnesses = shown.map((id) => doc.witnesses.findIndex((w) => w.id === id)).filter((i) => i >= 0);
  const first = range?.from ?? 0;
  const last = range?.to ?? doc.rows.length - 1;
  const noteOf = (r: number) => notes.get(r);
  const rows = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const anyNotes = withNotes && rows.some((r) => noteOf(r));
  const ready = !pinyin || pinyinOf !== null;

  return (
    <div className={`handout columns-${witnesses.length}`}>
      <div className="handout-options">
        <label>
          <input type="checkbox" checked={pinyin} onChange={(e) => setPinyin(e.target.checked)} /> Pinyin
        </label>
        <label>
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} /> Notes
        </label>
        <button type="button" onClick={() => window.print()} disabled={!ready}>
          Print
        </button>
        <a href={window.location.search.replace(/[&?]handout\b/, '') || '?'}>Back to the reader</a>
      </div>
      <header>
        <h1 lang="zh">{doc.title.zh}</h1>
        {doc.title.en && <p className="handout-title-en">{doc.title.en}</p>}
        <p className="handout-meta">
          {doc.date} · rows {first + 1}–{last + 1} of {doc.rows.length}
        </p>
      </header>
      <table className="handout-table" data-ready={ready ? '' : undefined}>
        <thead>
          <tr>
            <th className="handout-row">#</th>
            {witnesses.map((w) => (
              <th key={w}>{doc.witnesses[w]!.label}</th>
            ))}
            {anyNotes && <th className="handout-notes">Notes</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <td className="handout-row">{r + 1}</td>
              {witnesses.map((w) => {
                const witness = doc.witnesses[w]!;
                const cell = doc.rows[r]!.cells[w]!;
                const text = witness.segments.slice(cell.start, cell.end).map((s) => segmentText(witness.text, s)).join(witness.lang === 'en' ? ' ' : '');
                if (hidden.has(witness.id)) return <td key={w} className="write">{ruledLines(text, witness.lang)}</td>;
                return (
                  <td key={w} lang={paneLang(witness)}>
                    {pinyin && pinyinOf && witness.lang === 'zh' ? cellWithPinyin(witness, cell, pinyinOf, readings) : text}
                  </td>
                );
              })}
              {anyNotes && <td className="handout-note">{noteOf(r) ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="handout-credit">{doc.credits}</p>
    </div>
  );
}

/** A Chinese cell with its pinyin, sentence by sentence, the teacher's corrected readings in it. */
function cellWithPinyin(witness: Witness, cell: RowCell, pinyinOf: PinyinOf, readings: readonly ReadingCorrection[] | undefined): ReactNode {
  return witness.segments.slice(cell.start, cell.end).map((segment, k) => {
    const raw = witness.text.slice(segment.start, segment.end);
    const text = raw.trim();
    return <Fragment key={k}>{withPinyin(text, 0, correctPinyin(pinyinOf(text), text, segment.start + raw.indexOf(text), witness.id, readings))}</Fragment>;
  });
}

function ruledLines(text: string, lang: 'zh' | 'en'): ReactNode {
  return Array.from({ length: writingLines(text, lang) }, (_, k) => <span key={k} className="ruled-line" aria-hidden="true" />);
}
