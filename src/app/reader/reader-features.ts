/**
 * What the reader offers beyond reading, as the page it is in allows: the app offers everything;
 * a one-file reader (src/app/one-file/) has no server behind it and carries only what its
 * document needs, so it leaves out find (OpenCC's tables), another base for the comparison (the
 * comparison's code), links and the handout (pages of the app) and making another one-file reader.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { ReaderDocument } from '../../core/reader/reader-document.ts';

export interface ReaderFeatures {
  readonly find: boolean;
  /** Choosing the base of the comparison. */
  readonly rebase: boolean;
  /** Rows for a link, Copy link, the handout. */
  readonly links: boolean;
  /** Share → One-file reader: download the open document as one file; null where there is none. */
  readonly shareOneFile: ((reading: ReaderDocument) => Promise<void>) | null;
}

export const APP_FEATURES: ReaderFeatures = { find: true, rebase: true, links: true, shareOneFile: null };

const FeaturesContext = createContext<ReaderFeatures>(APP_FEATURES);

export function ReaderFeaturesProvider({ value, children }: { value: ReaderFeatures; children?: ReactNode }) {
  return createElement(FeaturesContext.Provider, { value }, children);
}

export function useReaderFeatures(): ReaderFeatures {
  return useContext(FeaturesContext);
}
