/** The corpus on disk: the manifest and its documents, built in memory by the pure pipeline. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltDocument } from '../core/model.ts';
import { parseManifest, type Manifest } from '../core/sources/manifest.ts';
import { buildDocument } from '../core/pipeline/build-document.ts';
import { SourceFormatError } from '../core/sources/source-error.ts';
import { CliError, readSourceText } from './source-files.ts';
import { loadCedictLexicon } from './cedict.ts';

export const DEFAULT_SOURCES = 'data/sources';
export const DEFAULT_BUILD = 'data/build';

export function loadManifest(sourcesDir: string): Manifest {
  const path = join(sourcesDir, 'manifest.json');
  if (!existsSync(path)) throw new CliError(`${path}: file not found, expected the corpus manifest`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: not valid JSON (${oneLine((error as Error).message)})`);
  }
  try {
    return parseManifest(data, path);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** Every document of the manifest (or only `onlyId`), built; source errors become CLI errors naming the file. */
export function buildCorpus(sourcesDir: string, onlyId?: string): BuiltDocument[] {
  const manifest = loadManifest(sourcesDir);
  const specs = onlyId === undefined ? manifest.documents : manifest.documents.filter((d) => d.id === onlyId);
  if (specs.length === 0) {
    throw new CliError(`no document "${onlyId}" (documents: ${manifest.documents.map((d) => d.id).join(', ')})`);
  }
  return specs.map((spec) => {
    const formats = new Map(spec.witnesses.map((w) => [w.file, w.format]));
    try {
      const bilingual = new Set(spec.witnesses.map((w) => w.lang)).size > 1;
      return buildDocument(spec, (file) => readSourceText(sourcesDir, file, formats.has(file) ? `a ${formats.get(file)} source` : 'the rows checked by hand'), bilingual ? loadCedictLexicon() : undefined);
    } catch (error) {
      if (error instanceof CliError) throw error;
      if (error instanceof SourceFormatError) throw new CliError(`${join(sourcesDir, error.file)}:${error.line}: ${error.detail}`);
      throw new CliError(`${spec.id}: ${(error as Error).message}`);
    }
  });
}

export function buildOne(sourcesDir: string, id: string): BuiltDocument {
  return buildCorpus(sourcesDir, id)[0]!;
}

/** Messages of other libraries can quote their input with its line breaks: keep ours on one line. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
