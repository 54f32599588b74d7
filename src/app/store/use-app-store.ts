/** The React side of the app store: a context that carries one store, and a selector hook. */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store.ts';

const AppStoreContext = createContext<AppStore | null>(null);

/** Makes `store` the one that `useAppStore` reads below it. */
export function AppStoreProvider({ store, children }: { store: AppStore; children?: ReactNode }) {
  return createElement(AppStoreContext.Provider, { value: store }, children);
}

/** Reads the app store with a selector, re-rendering when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an <AppStoreProvider> above it');
  return useStore(store, selector);
}
