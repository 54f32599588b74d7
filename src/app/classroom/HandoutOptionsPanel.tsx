/**
 * The handout's options, on the screen only: which texts are printed and which of them are hidden
 * (printed as lines to write on), an answer key, pinyin, the notes column, and the rows; then Print.
 */
import { useEffect, useState } from 'react';
import type { BuiltDocument } from '../../core/model.ts';
import type { HandoutPlan } from '../../core/reader/handout-plan.ts';
import { parseViewState, viewStateQuery } from '../../core/reader/view-state.ts';

interface PanelProps {
  readonly doc: Pick<BuiltDocument, 'witnesses' | 'rows'>;
  readonly plan: HandoutPlan;
  /** How many of the rows printed have a note. */
  readonly notesInRows: number;
  /** False while pinyin is still loading. */
  readonly ready: boolean;
  readonly onChange: (plan: HandoutPlan) => void;
}

export function HandoutOptionsPanel({ doc, plan, notesInRows, ready, onChange }: PanelProps) {
  const printed = new Set(plan.texts);
  // the texts printed in their order, then the others in the document's
  const order = [...plan.texts, ...doc.witnesses.map((_, i) => i).filter((i) => !printed.has(i))];
  const togglePrinted = (w: number) => {
    const texts = printed.has(w) ? plan.texts.filter((x) => x !== w) : [...plan.texts, w];
    if (texts.length === 0) return;
    const hidden = new Set([...plan.hidden].filter((id) => texts.some((x) => doc.witnesses[x]!.id === id)));
    onChange({ ...plan, texts, hidden });
  };
  const toggleHidden = (id: string) => {
    const hidden = new Set(plan.hidden);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    onChange({ ...plan, hidden });
  };
  const nothingHidden = plan.hidden.size === 0;

  return (
    <form className="handout-options" aria-label="Handout options" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="handout-texts">
        <legend>Texts</legend>
        {order.map((w) => {
          const witness = doc.witnesses[w]!;
          return (
            <div key={witness.id} className="handout-text-choice">
              <label title={witness.label}>
                <input type="checkbox" checked={printed.has(w)} disabled={printed.has(w) && plan.texts.length === 1} onChange={() => togglePrinted(w)} /> Print <bdi className="handout-label">{witness.label}</bdi>
              </label>
              <label>
                <input type="checkbox" aria-label={`Hide ${witness.label}: lines to write on`} checked={plan.hidden.has(witness.id)} disabled={!printed.has(w)} onChange={() => toggleHidden(witness.id)} /> hide
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Print</legend>
        <label title={nothingHidden ? 'Hide a text first: the key prints the hidden texts' : 'The hidden texts again, after a page break'}>
          <input type="checkbox" checked={plan.answerKey} onChange={(e) => onChange({ ...plan, answerKey: e.target.checked })} /> Answer key{nothingHidden && plan.answerKey ? ' (nothing hidden)' : ''}
        </label>
        <label>
          <input type="checkbox" checked={plan.pinyin} onChange={(e) => onChange({ ...plan, pinyin: e.target.checked })} /> Pinyin
        </label>
        <label title={notesInRows === 0 ? 'No printed row has a note: the column is left out' : `${notesInRows} of the printed rows have a note`}>
          <input type="checkbox" checked={plan.notes} onChange={(e) => onChange({ ...plan, notes: e.target.checked })} /> Notes{notesInRows === 0 ? ' (none in these rows)' : ''}
        </label>
      </fieldset>
      <RowRange count={doc.rows.length} from={plan.from} to={plan.to} onChange={(from, to) => onChange({ ...plan, from, to })} />
      <div className="handout-actions">
        <button type="button" onClick={() => window.print()} disabled={!ready}>
          Print
        </button>
        <a href={readerQuery() || '?'}>Back to the reader</a>
      </div>
    </form>
  );
}

/** The address of the reader's view this handout was made from. */
function readerQuery(): string {
  const view = parseViewState(window.location.search);
  return viewStateQuery({ ...view, handout: false, handoutOptions: {} });
}

/** Rows from–to, 1-based as shown; a number outside the document, or a range back to front, is not taken. */
function RowRange({ count, from, to, onChange }: { count: number; from: number; to: number; onChange: (from: number, to: number) => void }) {
  const [fromText, setFromText] = useState(String(from + 1));
  const [toText, setToText] = useState(String(to + 1));
  useEffect(() => setFromText(String(from + 1)), [from]);
  useEffect(() => setToText(String(to + 1)), [to]);
  const valid = (text: string) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= count;
  const apply = (nextFrom: string, nextTo: string) => {
    if (valid(nextFrom) && valid(nextTo) && Number(nextFrom) <= Number(nextTo)) onChange(Number(nextFrom) - 1, Number(nextTo) - 1);
  };
  const wrong = !(valid(fromText) && valid(toText) && Number(fromText) <= Number(toText));
  return (
    <fieldset className="handout-rows">
      <legend>Rows</legend>
      <label>
        from{' '}
        <input type="number" inputMode="numeric" min={1} max={count} value={fromText} aria-invalid={wrong} onChange={(e) => { setFromText(e.target.value); apply(e.target.value, toText); }} />
      </label>
      <label>
        to{' '}
        <input type="number" inputMode="numeric" min={1} max={count} value={toText} aria-invalid={wrong} onChange={(e) => { setToText(e.target.value); apply(fromText, e.target.value); }} />
      </label>
      <span className="handout-rows-of">of {count}</span>
      {wrong && (
        <span className="handout-rows-problem" role="status">
          Rows go from 1 to {count}, the first no later than the last.
        </span>
      )}
    </fieldset>
  );
}
