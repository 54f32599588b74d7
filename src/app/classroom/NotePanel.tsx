/**
 * The note on a row: written here, kept with the document (in this browser for a corpus document,
 * in the project for your own texts, where it is undone like any change), shown as ✎ in the row,
 * printed on the handout and exported with the project.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';
import { useRowNotes } from './use-row-notes.ts';
import { useReaderStore, useReaderStoreApi } from '../store/use-reader-store.ts';
import { useClassroom, useNotes } from './use-classroom.ts';

export interface NoteWriter {
  /** Save a project's note (an undoable edit); false when nothing changed. */
  readonly saveProjectNote?: (row: number, text: string) => boolean;
}

export function NotePanel({ reading, writer }: { reading: ReaderDocument; writer: NoteWriter }) {
  const store = useReaderStoreApi();
  const row = useReaderStore((s) => s.noteRow);
  const { notes } = useClassroom();
  const byRow = useRowNotes(reading);
  const problem = useNotes((s) => s.problem);
  const current = row === null ? '' : (byRow.get(row) ?? '');
  const [text, setText] = useState(current);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setText(current);
    field.current?.focus();
  }, [row, current]);
  if (row === null) return null;
  const close = () => store.getState().openNote(null);
  const save = (value: string) => {
    if (reading.kind === 'project') writer.saveProjectNote?.(row, value);
    else void notes.getState().setNote(reading.doc.id, row, value);
    close();
  };
  return (
    <aside className="note-panel" aria-label={`Note on row ${row + 1}`}>
      <label>
        Note on row {row + 1}
        <textarea ref={field} rows={4} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && close()} />
      </label>
      <div className="note-actions">
        <button type="button" className="primary" onClick={() => save(text)}>
          Save note
        </button>
        {current && (
          <button type="button" onClick={() => save('')}>
            Delete note
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </aside>
  );
}
