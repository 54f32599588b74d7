/** The real corpus, built in memory from data/sources by the same pure pipeline the CLI uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltDocument, Witness } from '../../src/core/model.ts';
import { parseManifest } from '../../src/core/sources/manifest.ts';
import { buildDocument } from '../../src/core/pipeline/build-document.ts';
import { loadCedictLexicon } from '../../src/cli/cedict.ts';

export const SOURCES = join(import.meta.dirname, '../../data/sources');

export function readSource(file: string): string {
  return readFileSync(join(SOURCES, file), 'utf8');
}

export function buildCorpusFromDisk(): BuiltDocument[] {
  const manifest = parseManifest(JSON.parse(readSource('manifest.json')), 'manifest.json');
  return manifest.documents.map((spec) => buildDocument(spec, readSource, loadCedictLexicon()));
}

export function witnessOf(docs: readonly BuiltDocument[], docId: string, witnessId: string): Witness {
  const w = docs.find((d) => d.id === docId)?.witnesses.find((x) => x.id === witnessId);
  if (!w) throw new Error(`no witness ${docId}/${witnessId}`);
  return w;
}
