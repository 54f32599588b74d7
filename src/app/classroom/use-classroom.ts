/** The React side of the classroom tools' stores (reading aids, notes on corpus documents) and the app's build-file reader. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { FetchJson } from '../store/fetch-json.ts';
import type { AidsActions, AidsState, AidsStore } from './aids-store.ts';
import type { NotesActions, NotesState, NotesStore } from './notes-store.ts';

export interface Classroom {
  readonly aids: AidsStore;
  readonly notes: NotesStore;
  readonly fetchJson: FetchJson;
}

const ClassroomContext = createContext<Classroom | null>(null);

export function ClassroomProvider({ value, children }: { value: Classroom; children?: ReactNode }) {
  return createElement(ClassroomContext.Provider, { value }, children);
}

export function useClassroom(): Classroom {
  const value = useContext(ClassroomContext);
  if (!value) throw new Error('useClassroom needs a <ClassroomProvider> above it');
  return value;
}

export function useAids<T>(selector: (state: AidsState & AidsActions) => T): T {
  return useStore(useClassroom().aids, selector);
}

export function useNotes<T>(selector: (state: NotesState & NotesActions) => T): T {
  return useStore(useClassroom().notes, selector);
}
