/**
 * `build`: every source read and segmented, validated against the build schema, then written to
 * a temporary folder that replaces data/build in one rename. Any failure leaves the previous
 * build as it was.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseBuiltDocument, parseCorpusIndex } from '../core/model.ts';
import { librarySearchFile } from '../core/reader/library-search.ts';
import { corpusIndexOf, LIBRARY_SEARCH_FILE, DICTIONARY_FILE, documentFileName, glossaryFileName, LEXICON_FILE } from '../core/pipeline/corpus-index.ts';
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
  // search across the library: every document's texts in one file, fetched when the reader searches
  files.set(LIBRARY_SEARCH_FILE, JSON.stringify(librarySearchFile(documents)));
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

/** Written into every build folder: the names it holds, so a later build knows the folder is one of its own. */
export const BUILD_MARKER = '.duizhao-build';

/** Names a build writes, for a folder built before the marker existed. */
const BUILD_NAME = /^(corpus\.json|doc-[a-z0-9-]+\.json|gloss-[a-z0-9-]+\.json|lexicon-[a-z0-9-]+\.json|dictionary-[a-z0-9-]+\.json|\.duizhao-build)$/;

/**
 * Why `outDir` must not be replaced, or null when it may: it is replaced whole, so it must be
 * missing, empty, or hold exactly what a build writes (the names its marker lists, or, for a
 * build from before the marker, only names a build writes). A symlink is never followed.
 */
export function refusalToReplace(outDir: string): string | null {
  if (!existsSync(outDir) && !isSymlink(outDir)) return null;
  if (isSymlink(outDir)) return `${outDir}: is a symbolic link; refusing to replace it (give --out a real folder)`;
  if (!statSync(outDir).isDirectory()) return `${outDir}: exists and is not a folder; refusing to replace it`;
  const names = readdirSync(outDir);
  const marker = join(outDir, BUILD_MARKER);
  let allowed: (name: string) => boolean = (name) => BUILD_NAME.test(name);
  if (existsSync(marker)) {
    try {
      const listed = new Set<string>((JSON.parse(readFileSync(marker, 'utf8')) as { files: string[] }).files);
      allowed = (name) => name === BUILD_MARKER || listed.has(name);
    } catch {
      return `${marker}: unreadable build marker; refusing to replace ${outDir}`;
    }
  }
  const foreign = names.filter((name) => !allowed(name));
  if (foreign.length > 0) return `${outDir}: holds files a build did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); refusing to replace it`;
  return null;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Staging and retired folders left beside `parent` by a build that was killed. */
export function removeStaleStaging(parent: string): void {
  for (const name of readdirSync(parent)) {
    const match = /^\.build-(?:staging|retired)-(\d+)$/.exec(name);
    if (match && (Number(match[1]) === process.pid || !isRunning(Number(match[1])))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function writeAtomically(outDir: string, files: ReadonlyMap<string, string>): void {
  const refusal = refusalToReplace(outDir);
  if (refusal !== null) throw new CliError(refusal);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.build-staging-${process.pid}`);
  const retired = join(parent, `.build-retired-${process.pid}`);
  removeStaleStaging(parent);
  try {
    mkdirSync(staging);
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    writeFileSync(join(staging, BUILD_MARKER), JSON.stringify({ files: [...files.keys()] }));
    if (existsSync(outDir)) renameSync(outDir, retired);
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir) && existsSync(retired)) renameSync(retired, outDir);
    throw new CliError(`could not write ${outDir}: ${(error as Error).message}`);
  }
  rmSync(retired, { recursive: true, force: true });
}
