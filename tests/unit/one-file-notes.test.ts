/**
 * A one-file reader's notes: the file's own, then the student's kept in this browser under the
 * file's key; where the browser refuses storage to a file opened from disk, notes still work for
 * the session and the page is told why they will not last, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { createOneFileNotesStore, NOTES_REFUSED, type NoteStorage } from '../../src/app/one-file/one-file-notes.ts';

function memoryStorage(): NoteStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const GIVEN = new Map([[2, 'the teacher’s note']]);

describe('one-file notes', () => {
  it('start from the file’s notes, keep the student’s under the file’s key, and come back from it', async () => {
    const storage = memoryStorage();
    const notes = createOneFileNotesStore('doc', 'key-1', GIVEN, storage);
    expect(notes.getState().byDocument.get('doc')).toEqual(GIVEN);
    await notes.getState().setNote('doc', 5, '  mine  ');
    await notes.getState().setNote('doc', 2, '');
    expect(JSON.parse(storage.items.get('key-1')!)).toEqual({ '5': 'mine' });
    // the file opened again: the student's notes, the teacher's one they deleted stays deleted
    const again = createOneFileNotesStore('doc', 'key-1', GIVEN, storage);
    expect(again.getState().byDocument.get('doc')).toEqual(new Map([[5, 'mine']]));
    expect(again.getState().problem).toBeNull();
    // another file (another key) starts from its own
    expect(createOneFileNotesStore('doc', 'key-2', GIVEN, storage).getState().byDocument.get('doc')).toEqual(GIVEN);
  });

  it('read again what another tab with the same file wrote', async () => {
    const storage = memoryStorage();
    const here = createOneFileNotesStore('doc', 'key', GIVEN, storage);
    const there = createOneFileNotesStore('doc', 'key', GIVEN, storage);
    await there.getState().setNote('doc', 7, 'from the other tab');
    expect(here.getState().byDocument.get('doc')?.has(7)).toBe(false);
    here.getState().refresh();
    expect(here.getState().byDocument.get('doc')).toEqual(new Map([[2, 'the teacher’s note'], [7, 'from the other tab']]));
  });

  it('work for the session and say so where the browser refuses storage', async () => {
    const notes = createOneFileNotesStore('doc', 'key', GIVEN, null);
    expect(notes.getState().problem).toBe(NOTES_REFUSED);
    await notes.getState().setNote('doc', 1, 'kept for now');
    expect(notes.getState().byDocument.get('doc')?.get(1)).toBe('kept for now');
  });

  it('say so when a note cannot be written, or what was kept cannot be read', async () => {
    const full: NoteStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    const notes = createOneFileNotesStore('doc', 'key', GIVEN, full);
    await notes.getState().setNote('doc', 1, 'x');
    expect(notes.getState().problem).toMatch(/not kept in this browser \(QuotaExceededError\)/);
    expect(notes.getState().byDocument.get('doc')?.get(1)).toBe('x');
    const garbled = createOneFileNotesStore('doc', 'key', GIVEN, { getItem: () => '{"a":', setItem: () => undefined });
    expect(garbled.getState().problem).toMatch(/could not be read/);
    expect(garbled.getState().byDocument.get('doc')).toEqual(GIVEN);
  });
});
