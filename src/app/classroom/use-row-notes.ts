/** The notes on the open document's rows, one way for every view: a project's from its rows, a corpus document's loaded from this browser. */
import { useEffect, useMemo } from 'react';
import { rowNotes, type ReaderDocument } from '../../core/reader/reader-document.ts';
import { useClassroom, useNotes } from './use-classroom.ts';

export function useRowNotes(reading: ReaderDocument): ReadonlyMap<number, string> {
  const { notes } = useClassroom();
  const { kind, doc } = reading;
  const saved = useNotes((s) => s.byDocument.get(doc.id));
  useEffect(() => {
    if (kind === 'corpus') void notes.getState().load(doc.id);
  }, [notes, doc.id, kind]);
  return useMemo(() => rowNotes(reading, saved), [reading, saved]);
}
