/**
 * A glossary as a one-file reader carries it: each entry a tuple, its forms left out where they
 * are the word itself (as most are), so that the keys and the repeated forms do not cost the file
 * a sixth of its glossary (the communiqué's: 28.7 → 23.8 KB gzip). Read back to the app's own
 * `Glossary` exactly.
 */
import type { Glossary, GlossaryEntry } from '../glossary/glossary.ts';

/** `[traditional, simplified, pinyin, glosses]`, a form `0` where it is the word. */
export type CompactEntry = readonly [string | 0, string | 0, string, readonly string[]];

export interface CompactGlossary extends Omit<Glossary, 'entries'> {
  readonly entries: Readonly<Record<string, readonly CompactEntry[]>>;
}

export function compactGlossary(glossary: Glossary): CompactGlossary {
  const entries: Record<string, CompactEntry[]> = {};
  for (const [word, list] of Object.entries(glossary.entries)) {
    entries[word] = list.map((e) => [e.traditional === word ? 0 : e.traditional, e.simplified === word ? 0 : e.simplified, e.pinyin, e.glosses]);
  }
  return { ...glossary, entries };
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isForm = (v: unknown) => v === 0 || typeof v === 'string';

/** The glossary again; null when `data` is not a compact glossary. */
export function expandGlossary(data: unknown): Glossary | null {
  if (typeof data !== 'object' || data === null) return null;
  const g = data as Record<string, unknown>;
  if (g.version !== 1 || typeof g.entries !== 'object' || g.entries === null || typeof g.maxWordLength !== 'number') return null;
  const entries: Record<string, GlossaryEntry[]> = {};
  for (const [word, list] of Object.entries(g.entries as Record<string, unknown>)) {
    if (!Array.isArray(list)) return null;
    const expanded: GlossaryEntry[] = [];
    for (const e of list as unknown[]) {
      if (!Array.isArray(e) || !isForm(e[0]) || !isForm(e[1]) || typeof e[2] !== 'string' || !isStringList(e[3])) return null;
      expanded.push({ traditional: e[0] === 0 ? word : e[0], simplified: e[1] === 0 ? word : e[1], pinyin: e[2], glosses: e[3] });
    }
    entries[word] = expanded;
  }
  const record = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, readonly string[]>) : {});
  return { version: 1, document: typeof g.document === 'string' ? g.document : '', entries, stems: record(g.stems), learned: record(g.learned), maxWordLength: g.maxWordLength };
}
