/**
 * A printable handout of the view: the texts chosen, in order, as columns, row by row with row
 * numbers, the notes (a column only when a printed row has one), and (if chosen) pinyin; a hidden
 * text prints as ruled lines to write on, and, if asked, again after a page break under "Answer
 * key". The options (`HandoutOptionsPanel`) and the Print button are for the screen; they are kept
 * in the URL so a link reopens the same handout; the print stylesheet leaves the page itself.
 */
import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react';
import { segmentText, type RowCell, type Witness } from '../../core/model.ts';
import { correctPinyin, type ReadingCorrection } from '../../core/project/readings.ts';
import type { PinyinOf } from './aids-store.ts';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { parseViewState, viewStateQuery } from '../../core/reader/view-state.ts';
import type { HandoutOptions } from '../../core/reader/handout-options.ts';
import { handoutOptionsOf, planHandout, printsAnswerKey, type HandoutPlan, type HandoutView } from '../../core/reader/handout-plan.ts';
import { useRowNotes } from './use-row-notes.ts';
import { useReaderStore } from '../store/use-reader-store.ts';
import { paneLang } from '../reader/witness-lang.ts';
import { withPinyin } from './ruby.tsx';
import { handoutColumnEm, writingLines } from './writing-lines.ts';
import { useAids, useClassroom } from './use-classroom.ts';
import { HandoutOptionsPanel } from './HandoutOptionsPanel.tsx';

/** The sentences of a witness's cell in row `r`, as one text. */
const cellText = (witness: Witness, cell: { start: number; end: number }) =>
  witness.segments.slice(cell.start, cell.end).map((s) => segmentText(witness.text, s)).join(witness.lang === 'en' ? ' ' : '');

/** The handout's options live in the address (the rest of the view as the reader left it). */
function writeOptionsToUrl(options: HandoutOptions) {
  // options with nothing in them write nothing: the handout is then the view's
  const query = viewStateQuery({ ...parseViewState(window.location.search), handout: true, handoutOptions: options });
  window.history.replaceState(null, '', `${window.location.pathname}${query}`);
}

/** The handout's plan: the reader's view with the options the address holds; a change is kept in the address. */
function useHandoutPlan(doc: ReaderDocument['doc']): { plan: HandoutPlan; change: (next: HandoutPlan) => void } {
  const shown = useReaderStore((s) => s.shown);
  const hidden = useReaderStore((s) => s.hiddenWitnesses);
  const range = useReaderStore((s) => s.range);
  const pinyin = useReaderStore((s) => s.pinyin);
  const view: HandoutView = useMemo(() => ({ shown, hidden, pinyin, range }), [shown, hidden, pinyin, range]);
  const [options, setOptions] = useState<HandoutOptions>(() => parseViewState(window.location.search).handoutOptions ?? {});
  const change = (next: HandoutPlan) => {
    const chosen = handoutOptionsOf(next, view, doc);
    setOptions(chosen);
    writeOptionsToUrl(chosen);
  };
  return { plan: planHandout(doc, view, options), change };
}

export function Handout({ reading }: { reading: ReaderDocument }) {
  const doc = reading.doc;
  const { aids } = useClassroom();
  const { plan, change } = useHandoutPlan(doc);
  const pinyinOf = useAids((s) => s.pinyinOf);
  const notes = useRowNotes(reading);
  const readings = reading.kind === 'project' ? reading.doc.readings : undefined;
  useEffect(() => {
    if (plan.pinyin) void aids.getState().loadPinyin();
  }, [aids, plan.pinyin]);

  const rows = Array.from({ length: plan.to - plan.from + 1 }, (_, k) => plan.from + k);
  const rowsWithNotes = rows.filter((r) => notes.get(r));
  const notesColumn = plan.notes && rowsWithNotes.length > 0;
  const ready = !plan.pinyin || pinyinOf !== null;
  const columnEm = handoutColumnEm(plan.texts.length, notesColumn);
  const keyTexts = plan.texts.filter((w) => plan.hidden.has(doc.witnesses[w]!.id));

  const cell = (w: number, r: number): ReactNode => {
    const witness = doc.witnesses[w]!;
    const text = cellText(witness, doc.rows[r]!.cells[w]!);
    if (plan.hidden.has(witness.id)) return <td key={w} className="write">{ruledLines(text, witness.lang, columnEm)}</td>;
    return (
      <td key={w} lang={paneLang(witness)}>
        {plan.pinyin && pinyinOf && witness.lang === 'zh' ? cellWithPinyin(witness, doc.rows[r]!.cells[w]!, pinyinOf, readings) : text}
      </td>
    );
  };

  return (
    <div className={`handout columns-${plan.texts.length}`}>
      <HandoutOptionsPanel doc={doc} plan={plan} notesInRows={rowsWithNotes.length} ready={ready} onChange={change} />
      <header>
        <h1 lang="zh">{doc.title.zh}</h1>
        {doc.title.en && <p className="handout-title-en">{doc.title.en}</p>}
        <p className="handout-meta">
          {doc.date} · rows {plan.from + 1}–{plan.to + 1} of {doc.rows.length}
        </p>
      </header>
      <table className="handout-table handout-main" data-ready={ready ? '' : undefined}>
        <thead>
          <tr>
            <th className="handout-row">#</th>
            {plan.texts.map((w) => (
              <WitnessHeading key={w} witness={doc.witnesses[w]!} />
            ))}
            {notesColumn && <th className="handout-notes">Notes</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <td className="handout-row">{r + 1}</td>
              {plan.texts.map((w) => cell(w, r))}
              {notesColumn && <td className="handout-note">{notes.get(r) ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {printsAnswerKey(plan) && <AnswerKey doc={doc} texts={keyTexts} rows={rows} />}
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

/** The hidden texts of the rows printed, after a page break, under "Answer key". */
function AnswerKey({ doc, texts, rows }: { doc: ReaderDocument['doc']; texts: readonly number[]; rows: readonly number[] }) {
  return (
    <section className="answer-key" aria-labelledby="answer-key-title">
      <h2 id="answer-key-title">Answer key</h2>
      <table className="handout-table">
        <thead>
          <tr>
            <th className="handout-row">#</th>
            {texts.map((w) => (
              <WitnessHeading key={w} witness={doc.witnesses[w]!} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <td className="handout-row">{r + 1}</td>
              {texts.map((w) => (
                <td key={w} lang={paneLang(doc.witnesses[w]!)}>
                  {cellText(doc.witnesses[w]!, doc.rows[r]!.cells[w]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A column's heading: the witness's label, isolated from the text around it (a label may be right-to-left). */
function WitnessHeading({ witness }: { witness: Witness }) {
  return (
    <th title={witness.label}>
      <bdi>{witness.label}</bdi>
    </th>
  );
}

function ruledLines(text: string, lang: 'zh' | 'en', columnEm: number): ReactNode {
  return Array.from({ length: writingLines(text, lang, columnEm) }, (_, k) => <span key={k} className="ruled-line" aria-hidden="true" />);
}
