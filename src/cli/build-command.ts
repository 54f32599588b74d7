/**
 * `build`: every source read and segmented, validated against the build schema, then written to
 * a temporary folder that replaces data/build in one rename. Any failure leaves the previous
 * build as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseBuiltDocument, parseCorpusIndex } from '../core/model.ts';
import { corpusIndexOf, DICTIONARY_FILE, documentFileName, glossaryFileName, LEXICON_FILE } from '../core/pipeline/corpus-index.ts';
import { buildGlossary, indexEntries } from '../core/glossary/build-glossary.ts';
import { cedictJsonTexts, loadCedictEntriesCached, loadCedictLexicon } from './cedict.ts';
import { buildCorpus } from './corpus.ts';
import { CliError } from './source-files.ts';

export interface BuildSummary {
  readonly outDir: string;
  readonly files: readonly string[];
  readonly documents: number;
  readonly segments: number;
}

export function runBuild(sourcesDir: string, outDir: string): BuildSummary {
  const documents = buildCorpus(sourcesDir);
  const files = new Map<string, string>();
  const lexicon = loadCedictLexicon();
  const entries = indexEntries(loadCedictEntriesCached());
  for (const doc of documents) {
    const name = documentFileName(doc.id);
    const json = JSON.stringify(doc);
    parseBuiltDocument(JSON.parse(json), name);
    files.set(name, json);
    // the reader's dictionary card and word links: only this document's words, not all of CC-CEDICT
    const glossary = buildGlossary(doc, lexicon, entries);
    if (glossary) files.set(glossaryFileName(doc.id), JSON.stringify(glossary));
  }
  const index = JSON.stringify(corpusIndexOf(documents), null, 2);
  parseCorpusIndex(JSON.parse(index), 'corpus.json');
  files.set('corpus.json', index);
  // for texts users bring: the app's Web Worker aligns them with the same dictionary
  const dictionary = cedictJsonTexts();
  files.set(LEXICON_FILE, dictionary.lexicon);
  files.set(DICTIONARY_FILE, dictionary.entries);
  writeAtomically(outDir, files);
  return {
    outDir,
    files: [...files.keys()],
    documents: documents.length,
    segments: documents.reduce((n, d) => n + d.witnesses.reduce((m, w) => m + w.segments.length, 0), 0),
  };
}

function writeAtomically(outDir: string, files: ReadonlyMap<string, string>): void {
  // the output folder is replaced whole: never replace something that is not an earlier build
  if (existsSync(outDir)) {
    const isBuild = statSync(outDir).isDirectory() && (readdirSync(outDir).length === 0 || existsSync(join(outDir, 'corpus.json')));
    if (!isBuild) throw new CliError(`${outDir}: exists and is not a Duizhao build (no corpus.json); refusing to replace it`);
  }
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.build-staging-${process.pid}`);
  const retired = join(parent, `.build-retired-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging);
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    if (existsSync(outDir)) renameSync(outDir, retired);
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(retired)) renameSync(retired, outDir);
    throw new CliError(`could not write ${outDir}: ${(error as Error).message}`);
  }
  rmSync(retired, { recursive: true, force: true });
}
