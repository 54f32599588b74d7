/**
 * Correcting a project's alignment, as alignment editors offer it: on the current row, and on the
 * text (pane) and sentence last clicked or chosen here — confirm, merge with the next row, move a
 * sentence up or down, split the row after a sentence, insert an empty cell, split a sentence at a
 * character; undo and redo; go to the next unconfirmed or unsure row; the share confirmed; export.
 * Every button has a key (shown in its title) and works from the keyboard.
 */
import { useEffect, useRef, useState } from 'react';
import type { Witness } from '../../core/model.ts';
import { segmentText } from '../../core/model.ts';
import type { Project } from '../../core/project/project.ts';
import { insertEmptyCell, mergeWithNext, pullSentenceUp, pushSentenceDown, setStatus, splitRowAfter, splitSentence } from '../../core/project/table-operations.ts';
import type { EditResult, TableState } from '../../core/project/types.ts';
import { useProjectStore, useProjectStoreApi } from '../store/use-project-store.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { ExportMenu } from './ExportMenu.tsx';
import { fileBase, saveFile } from '../files/save-file.ts';
import { projectToJson } from '../../core/project/project-file.ts';
import { nextRowWhere } from './row-search.ts';
import { useEditorKeys } from './use-editor-keys.ts';
import { TextNames } from './TextNames.tsx';

export function ProjectEditor({ project }: { project: Project }) {
  const projects = useProjectStoreApi();
  const reader = useReaderStoreApi();
  const notice = useProjectStore((s) => s.notice);
  const save = useProjectStore((s) => s.save);
  const realigning = useProjectStore((s) => s.realigning);
  const currentRow = useReaderStore((s) => s.currentRow);
  const selected = useReaderStore((s) => s.selected);
  const [chosenWitness, setChosenWitness] = useState(project.witnesses.length - 1);
  const [splitting, setSplitting] = useState(false);
  const [naming, setNaming] = useState(false);

  const r = currentRow;
  const row = r === null ? undefined : project.rows[r];
  const selectedWitness = selected ? project.witnesses.findIndex((w) => w.id === selected.witness) : -1;
  // a sentence clicked in the current row decides the text; else the one chosen here
  const selectedHere = row && selectedWitness >= 0 && selected!.segment >= row.cells[selectedWitness]!.start && selected!.segment < row.cells[selectedWitness]!.end;
  const w = selectedHere ? selectedWitness : chosenWitness;
  const cell = row?.cells[w];
  const sentence = selectedHere ? selected!.segment : cell && cell.end > cell.start ? cell.start : null;
  useEffect(() => setSplitting(false), [r, w]);

  const confirmed = project.rows.filter((x) => x.status === 'confirmed').length;
  const percent = project.rows.length === 0 ? 0 : Math.floor((confirmed / project.rows.length) * 100);

  const run = (operation: (state: TableState, row: number) => EditResult) => {
    if (r === null) return;
    projects.getState().edit((state) => operation(state, r));
  };
  const go = (predicate: (row: Project['rows'][number]) => boolean) => {
    const next = nextRowWhere(project.rows, r, predicate);
    if (next === null) projects.setState({ notice: 'No further row of that kind: every one is done.' });
    else reader.getState().goToRow(next);
  };
  const actions = {
    confirm: () => run((state, at) => setStatus(state, at, at + 1, project.rows[at]!.status === 'confirmed' ? 'auto' : 'confirmed')),
    confirmAndNext: () => {
      if (r === null || project.rows[r]!.status === 'confirmed') return go((x) => x.status !== 'confirmed');
      if (projects.getState().edit((state) => setStatus(state, r, r + 1, 'confirmed'))) go((x) => x.status !== 'confirmed');
    },
    merge: () => run((state, at) => mergeWithNext(state, at)),
    up: () => run((state, at) => pullSentenceUp(state, at, w)),
    down: () => run((state, at) => pushSentenceDown(state, at, w)),
    splitRow: () => sentence !== null && run((state, at) => splitRowAfter(state, at, w, sentence)),
    empty: () => run((state, at) => insertEmptyCell(state, at, w)),
    splitSentence: () => sentence !== null && setSplitting(true),
    undo: () => void projects.getState().undo(),
    redo: () => void projects.getState().redo(),
    nextUnconfirmed: () => go((x) => x.status !== 'confirmed'),
    nextUnsure: () => go((x) => x.status !== 'confirmed' && x.confidence < project.threshold),
  };
  useEditorKeys(actions);

  const witness = project.witnesses[w]!;
  const label = (witnessIndex: number) => project.witnesses[witnessIndex]!.label;
  const disabled = row === undefined;
  const history = project.history;

  return (
    <section className="editor" aria-label="Correct the alignment">
      <div className="editor-line">
        <p className="editor-progress" aria-live="polite">
          <meter min={0} max={100} value={percent} aria-label="Rows confirmed" /> <strong>{percent}% confirmed</strong> ({confirmed} of {project.rows.length} rows)
        </p>
        <button type="button" onClick={actions.nextUnconfirmed} title="Next unconfirmed row (u)">
          Next unconfirmed
        </button>
        <button type="button" onClick={actions.nextUnsure} title="Next row below the confidence threshold (l)">
          Next low-confidence
        </button>
        <label className="threshold">
          flag rows below{' '}
          <input type="number" min={0} max={1} step={0.05} value={project.threshold} onChange={(e) => projects.getState().setThreshold(Number(e.target.value))} />
        </label>
        <span className="spacer-flex" />
        <button type="button" onClick={actions.undo} disabled={history.done.length === 0} title={history.done.length ? `Undo: ${history.done.at(-1)!.label} (Ctrl+Z)` : 'Nothing to undo'}>
          Undo
        </button>
        <button type="button" onClick={actions.redo} disabled={history.undone.length === 0} title={history.undone.length ? `Redo: ${history.undone.at(-1)!.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
          Redo
        </button>
        <button
          type="button"
          onClick={() => void projects.getState().realignUnconfirmed()}
          disabled={realigning || confirmed === 0 || confirmed === project.rows.length}
          aria-busy={realigning}
          title={confirmed === 0 ? 'Confirm the rows that are right first: they stay, and the rows between them are aligned again' : 'Align the unconfirmed rows again between the confirmed ones (one change, undone as one)'}
        >
          {realigning ? 'Realigning…' : 'Realign unconfirmed'}
        </button>
        <button
          type="button"
          onClick={() => {
            const name = window.prompt('Name of this project:', project.name);
            if (name !== null) projects.getState().rename(name);
          }}
        >
          Rename…
        </button>
        <button type="button" onClick={() => setNaming(!naming)} aria-expanded={naming} title="The names the panes, the exports and the handout give the texts">
          Name the texts…
        </button>
        <ExportMenu project={project} />
        <span className="save-state" role="status">
          {save === 'saved' ? 'Saved in this browser' : save === 'saving' ? 'Saving…' : 'error' in save ? `Not saved: ${save.error}` : 'Not saved: changed in another tab'}
        </span>
      </div>
      {typeof save === 'object' && 'conflict' in save && (
        <div className="editor-notice save-conflict" role="alert">
          <p>{save.conflict} Reload shows the saved version; download this tab's version first to keep it.</p>
          <button type="button" onClick={() => saveFile(`${fileBase(save.unsaved.name)} (this tab).duizhao.json`, new Blob([projectToJson(save.unsaved)], { type: 'application/json' }))}>
            Download this tab's version
          </button>
          <button type="button" className="primary" onClick={() => void projects.getState().reloadProject()}>
            Reload
          </button>
        </div>
      )}
      <div className="editor-line">
        <span className="editor-row">{row ? `Row ${r! + 1}: ${row.status === 'confirmed' ? 'confirmed' : 'automatic'}, confidence ${row.confidence.toFixed(2)}` : 'Click a sentence, or press ↓, to choose a row'}</span>
        <button type="button" className="primary" onClick={actions.confirm} disabled={disabled} aria-pressed={row?.status === 'confirmed'} title="Confirm this row, or take the confirmation back (c); Enter confirms and goes to the next unconfirmed row">
          {row?.status === 'confirmed' ? 'Confirmed ✓' : 'Confirm'}
        </button>
        <button type="button" onClick={actions.merge} disabled={disabled} title="Merge this row with the next (m)">
          Merge with next
        </button>
        <label>
          Text{' '}
          <select value={w} disabled={disabled} onChange={(e) => setChosenWitness(Number(e.target.value))}>
            {project.witnesses.map((x, i) => (
              <option key={x.id} value={i}>
                {label(i)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={actions.up} disabled={disabled} title="Move the first sentence of the next row up into this row (Shift+↑)">
          Pull sentence up
        </button>
        <button type="button" onClick={actions.down} disabled={disabled} title="Move this row's last sentence down into the next row (Shift+↓)">
          Push sentence down
        </button>
        <button type="button" onClick={actions.empty} disabled={disabled} title="Leave this text's cell empty here and move what it holds into a row of its own (e)">
          Insert empty cell
        </button>
        {cell && cell.end - cell.start > 0 && (
          <label>
            Sentence{' '}
            <select value={sentence ?? ''} onChange={(e) => reader.getState().selectSentence(witness.id, Number(e.target.value))}>
              {range(cell.start, cell.end).map((s) => (
                <option key={s} value={s}>
                  {s - cell.start + 1}. {shorten(segmentText(witness.text, witness.segments[s]!))}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={actions.splitRow} disabled={disabled || sentence === null} title="Start a new row after the chosen sentence (s)">
          Split row after it
        </button>
        <button type="button" onClick={actions.splitSentence} disabled={disabled || sentence === null} title="Split the chosen sentence in two at a character (x)">
          Split sentence…
        </button>
      </div>
      {naming && <TextNames project={project} onDone={() => setNaming(false)} />}
      {splitting && sentence !== null && <SentenceSplitter witness={witness} witnessIndex={w} segment={sentence} onDone={() => setSplitting(false)} />}
      {notice && (
        <p className="editor-notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}

/**
 * Split a sentence where the caret is put in it: a read-only field where a click places the caret
 * and ←/→ (a character at a time, never inside a surrogate pair), Home and End move it.
 */
function SentenceSplitter({ witness, witnessIndex, segment, onDone }: { witness: Witness; witnessIndex: number; segment: number; onDone: () => void }) {
  const projects = useProjectStoreApi();
  const field = useRef<HTMLTextAreaElement>(null);
  const seg = witness.segments[segment]!;
  const shown = witness.text.slice(seg.start, seg.end).trimEnd();
  const [caret, setCaret] = useState(() => codePointBoundary(shown, Math.floor(shown.length / 2)));
  useEffect(() => field.current?.focus(), []);
  useEffect(() => field.current?.setSelectionRange(caret, caret), [caret]);
  const split = () => {
    if (projects.getState().edit((state) => splitSentence(state, witnessIndex, segment, seg.start + caret))) onDone();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    const step = (by: -1 | 1) => {
      const next = caret + by;
      return codePointBoundary(shown, by < 0 && /[\uDC00-\uDFFF]/.test(shown[next] ?? '') ? next - 1 : by > 0 && /[\uD800-\uDBFF]/.test(shown[caret] ?? '') ? next + 1 : next);
    };
    const moves: Record<string, () => number> = { ArrowLeft: () => step(-1), ArrowRight: () => step(1), Home: () => 0, End: () => shown.length };
    if (event.key === 'Enter') {
      event.preventDefault();
      split();
    } else if (moves[event.key]) {
      event.preventDefault();
      setCaret(Math.max(0, Math.min(shown.length, moves[event.key]!())));
    }
  };
  return (
    <div className="sentence-splitter">
      <label>
        Put the caret where the sentence should break
        <textarea
          ref={field}
          readOnly
          value={shown}
          lang={witness.lang === 'zh' ? 'zh' : 'en'}
          rows={2}
          onKeyDown={onKeyDown}
          onMouseUp={(e) => setCaret(codePointBoundary(shown, e.currentTarget.selectionStart))}
        />
      </label>
      <button type="button" className="primary" onClick={split}>
        Split here
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}

/** `at`, or the boundary before it when it falls inside a surrogate pair. */
function codePointBoundary(text: string, at: number): number {
  return at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!) ? at - 1 : at;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function shorten(text: string): string {
  return [...text].length > 28 ? `${[...text].slice(0, 27).join('')}…` : text;
}
