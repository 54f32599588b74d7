/** The React side of the reader store: a context carrying one store, and a selector hook. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReaderActions, ReaderState, ReaderStore } from './reader-store.ts';

const ReaderStoreContext = createContext<ReaderStore | null>(null);

export function ReaderStoreProvider({ store, children }: { store: ReaderStore; children?: ReactNode }) {
  return createElement(ReaderStoreContext.Provider, { value: store }, children);
}

export function useReaderStore<T>(selector: (state: ReaderState & ReaderActions) => T): T {
  const store = useContext(ReaderStoreContext);
  if (!store) throw new Error('useReaderStore needs a <ReaderStoreProvider> above it');
  return useStore(store, selector);
}

/** The store itself, for event handlers that read state without subscribing. */
export function useReaderStoreApi(): ReaderStore {
  const store = useContext(ReaderStoreContext);
  if (!store) throw new Error('useReaderStoreApi needs a <ReaderStoreProvider> above it');
  return store;
}
