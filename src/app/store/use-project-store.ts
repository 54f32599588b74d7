/** The React side of the project store: a context carrying one store, and a selector hook. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ProjectActions, ProjectState, ProjectStore } from './project-store.ts';

const ProjectStoreContext = createContext<ProjectStore | null>(null);

export function ProjectStoreProvider({ store, children }: { store: ProjectStore; children?: ReactNode }) {
  return createElement(ProjectStoreContext.Provider, { value: store }, children);
}

export function useProjectStore<T>(selector: (state: ProjectState & ProjectActions) => T): T {
  return useStore(useProjectStoreApi(), selector);
}

/** The project store where there is one (a one-file reader has none). */
export function useOptionalProjectStoreApi(): ProjectStore | null {
  return useContext(ProjectStoreContext);
}

export function useProjectStoreApi(): ProjectStore {
  const store = useContext(ProjectStoreContext);
  if (!store) throw new Error('useProjectStore needs a <ProjectStoreProvider> above it');
  return store;
}
