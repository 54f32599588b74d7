/**
 * `publish <doc> --out FILE.html` and `publish --project FILE.duizhao.json --out FILE.html`: a
 * one-file reader (src/core/publish/one-file.ts) of a corpus document (its build files) or of a
 * project file. `--view QUERY` sets the teaching view as a link's query says it (`hidden=en&pinyin=on`).
 * The reader's script and style come from dist/one-file/ (`vite build` writes them), or are built
 * in memory when dist/ has none. The file is written atomically: a failure leaves nothing behind.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { readingsInContext } from '../core/text/pinyin-readings.ts';
import type { BuiltDocument } from '../core/model.ts';
import { parseBuiltDocument } from '../core/model.ts';
import { documentFileName, glossaryFileName, isDocumentId } from '../core/pipeline/corpus-index.ts';
import { projectDocument } from '../core/project/project.ts';
import { parseProjectJson } from '../core/project/project-file.ts';
import { MAX_TEXT_BYTES, megabytes } from '../core/limits.ts';
import { composeOneFileHtml, oneFileDataOf, type OneFileSource } from '../core/publish/one-file.ts';
import { pinyinTableOf, type SentenceReadings } from '../core/publish/pinyin-table.ts';
import { parseViewState } from '../core/reader/view-state.ts';
import type { Glossary } from '../core/glossary/glossary.ts';
import { buildGlossary, indexEntries } from '../core/glossary/build-glossary.ts';
import { loadCedictEntriesCached, loadCedictLexicon } from './cedict.ts';
import { DEFAULT_BUILD } from './corpus.ts';
import { writeOutput } from './output-file.ts';
import { CliError } from './source-files.ts';
import { TOOL_VERSION } from './version.ts';

export interface PublishOptions {
  readonly doc?: string;
  readonly project?: string;
  readonly out: string;
  /** A view as a link's query gives it. */
  readonly view?: string;
  /** Where the corpus's build files are (default data/build). */
  readonly buildDir?: string;
  /** Where the app's build is, with one-file/ in it (default dist). */
  readonly distDir?: string;
  readonly now?: Date;
}

/** pinyin-pro's readings of a sentence, as the app's reader makes them (src/app/classroom/pinyin-pro.ts). */
function readingsOf(text: string): SentenceReadings {
  return readingsInContext(pinyin, text);
}

function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new CliError(`${path}: not found (${what}); run \`npm run -s cli -- build\` first`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${(error as Error).message}); run \`npm run -s cli -- build\` again`);
  }
}

function corpusSource(id: string, buildDir: string): Omit<OneFileSource, 'view' | 'version' | 'madeAt'> {
  if (!isDocumentId(id)) throw new CliError(`"${id}" is not a document id (lower-case letters, digits and hyphens)`, 2);
  const corpus = readJson(join(buildDir, 'corpus.json'), 'the corpus index') as { documents?: { id: string }[] };
  const ids = (corpus.documents ?? []).map((d) => d.id);
  if (!ids.includes(id)) throw new CliError(`there is no document "${id}" in ${join(buildDir, 'corpus.json')} (it has: ${ids.join(', ')})`);
  const file = join(buildDir, documentFileName(id));
  let doc: BuiltDocument;
  try {
    doc = parseBuiltDocument(readJson(file, `the document ${id}`), file);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError((error as Error).message);
  }
  const glossaryFile = join(buildDir, glossaryFileName(id));
  const glossary = existsSync(glossaryFile) ? (readJson(glossaryFile, 'its glossary') as Glossary) : null;
  return { kind: 'corpus', id, doc, threshold: 0.5, notes: new Map(), glossary, pinyin: pinyinTableOf(doc, readingsOf) };
}

function projectSource(path: string): Omit<OneFileSource, 'view' | 'version' | 'madeAt'> {
  if (!existsSync(path)) throw new CliError(`${path}: file not found, expected a project file (.duizhao.json, as Export → Project JSON writes it)`);
  const size = statSync(path).size;
  // the app's limit for a project file (ImportView)
  if (size > 4 * MAX_TEXT_BYTES) throw new CliError(`${path}: too large (${megabytes(size)}); a project file can be at most ${megabytes(4 * MAX_TEXT_BYTES)}`);
  let project;
  try {
    project = parseProjectJson(readFileSync(path, 'utf8'), path);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const doc = projectDocument(project);
  const glossary = doc.witnesses.some((w) => w.lang === 'zh') ? buildGlossary(doc, loadCedictLexicon(), indexEntries(loadCedictEntriesCached())) : null;
  return { kind: 'project', id: project.id, doc, threshold: project.threshold, notes: new Map(), glossary, pinyin: pinyinTableOf(doc, readingsOf) };
}

/** The one-file reader's script and style: dist's, or built now. */
async function readerAssets(distDir: string): Promise<{ script: string; style: string }> {
  const script = join(distDir, 'one-file', 'reader.js');
  const style = join(distDir, 'one-file', 'reader.css');
  if (existsSync(script) && existsSync(style)) return { script: readFileSync(script, 'utf8'), style: readFileSync(style, 'utf8') };
  const { buildOneFileAssets } = await import('../../vite.one-file.ts');
  return buildOneFileAssets();
}

/** Write the one-file reader; returns its size in bytes. */
export async function runPublish(options: PublishOptions): Promise<number> {
  if ((options.doc === undefined) === (options.project === undefined)) throw new CliError('publish needs a document id or --project FILE (one of them)', 2);
  if (!options.out.endsWith('.html') && !options.out.endsWith('.htm')) throw new CliError(`--out ${options.out}: a one-file reader is an .html file`, 2);
  const source = options.project !== undefined ? projectSource(options.project) : corpusSource(options.doc!, options.buildDir ?? DEFAULT_BUILD);
  const view = parseViewState(options.view ?? '');
  const data = oneFileDataOf({ ...source, view, version: TOOL_VERSION, madeAt: options.now ?? new Date() });
  const html = composeOneFileHtml({ ...(await readerAssets(options.distDir ?? 'dist')), data });
  writeOutput(options.out, html, options.project !== undefined ? [options.project] : []);
  return Buffer.byteLength(html);
}
