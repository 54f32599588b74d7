/**
 * The lexicon in a form that is ready as soon as it is read: one text of sorted lines
 * (`word<TAB>value`), looked up by binary search within the run of lines that start with the
 * word's first character, each word found kept. Building the lexicon's maps from JSON took ~0.5 s of every `align` call before it read a
 * byte; reading this text and finding its lines takes a few hundredths of a second, and a text
 * looks up only the words it has.
 *
 *   duizhao-lexicon 1 <maxWordLength>\n
 *   G <count>\n  then <count> lines: word TAB stems (space-separated), sorted by word
 *   N <count>\n  then <count> lines: word TAB romanisation, sorted by word
 */
import type { Lexicon, MapLexicon, WordLookup } from './lexicon.ts';

const MAGIC = 'duizhao-lexicon 1';
/** Answers kept before the store of them starts afresh. */
const MAX_KEPT = 250_000;

/** The lexicon as the indexed text (sorted by UTF-16 code units, as the lookup compares). */
export function lexiconToIndexedText(lexicon: MapLexicon): string {
  const glosses = [...lexicon.glosses].filter(([word, stems]) => clean(word) && stems.every(clean)).sort(byWord);
  const names = [...lexicon.names].filter(([word, name]) => clean(word) && clean(name)).sort(byWord);
  return [
    `${MAGIC} ${lexicon.maxWordLength}`,
    `G ${glosses.length}`,
    ...glosses.map(([word, stems]) => `${word}\t${stems.join(' ')}`),
    `N ${names.length}`,
    ...names.map(([word, name]) => `${word}\t${name}`),
    '',
  ].join('\n');
}

const clean = (s: string) => !/[\t\n]/.test(s);
const byWord = (a: readonly [string, unknown], b: readonly [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The lexicon from its indexed text; throws, saying what is wrong, when the text is not one. */
export function indexedLexicon(text: string): Lexicon {
  const header = lineAt(text, 0);
  const maxWordLength = header.line.startsWith(`${MAGIC} `) ? Number(header.line.slice(MAGIC.length + 1)) : NaN;
  if (!Number.isInteger(maxWordLength) || maxWordLength < 1) throw new Error(`not a Duizhao lexicon: the first line is "${header.line.slice(0, 40)}"`);
  const glossSection = section(text, header.next, 'G');
  const nameSection = section(text, glossSection.next, 'N');
  return {
    maxWordLength,
    glosses: lookup(text, glossSection.starts, (value) => value.split(' ')),
    names: lookup(text, nameSection.starts, (value) => value),
  };
}

function lineAt(text: string, start: number): { line: string; next: number } {
  const end = text.indexOf('\n', start);
  if (end < 0) throw new Error(`not a Duizhao lexicon: it ends without a newline at offset ${start}`);
  return { line: text.slice(start, end), next: end + 1 };
}

/** A section's heading (`G 1234`) and the starts of its lines. */
function section(text: string, at: number, name: string): { starts: Int32Array; next: number } {
  const heading = lineAt(text, at);
  const count = Number(heading.line.slice(2));
  if (!heading.line.startsWith(`${name} `) || !Number.isInteger(count) || count < 0) throw new Error(`not a Duizhao lexicon: expected the heading "${name} <count>", found "${heading.line.slice(0, 40)}"`);
  const starts = new Int32Array(count);
  let next = heading.next;
  for (let k = 0; k < count; k++) {
    starts[k] = next;
    const end = text.indexOf('\n', next);
    if (end < 0) throw new Error(`not a Duizhao lexicon: section ${name} has ${k} of its ${count} lines`);
    next = end + 1;
  }
  return { starts, next };
}

function lookup<V>(text: string, starts: Int32Array, parse: (value: string) => V): WordLookup<V> {
  // lines are sorted, so the lines of one first code unit are a run: found once, each search is in its run
  const runs = new Int32Array(2 * 65536).fill(-1);
  for (let k = 0; k < starts.length; k++) {
    const unit = text.charCodeAt(starts[k]!);
    if (runs[2 * unit] === -1) runs[2 * unit] = k;
    runs[2 * unit + 1] = k;
  }
  /** The order of `word` against the key of the line at `start` (negative: the word sorts first), read in place. */
  const compareAt = (word: string, start: number): number => {
    for (let k = 0; ; k++) {
      const key = text.charCodeAt(start + k);
      const end = key === 9; // the tab that ends the key
      if (k === word.length) return end ? 0 : -1;
      if (end) return 1;
      const diff = word.charCodeAt(k) - key;
      if (diff !== 0) return diff;
    }
  };
  const find = (word: string): V | undefined => {
    const unit = word.charCodeAt(0);
    let lo = runs[2 * unit]!;
    if (lo < 0) return undefined;
    let hi = runs[2 * unit + 1]!;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid]!;
      const order = compareAt(word, start);
      if (order === 0) {
        const tab = start + word.length;
        return parse(text.slice(tab + 1, text.indexOf('\n', tab)));
      }
      if (order > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  // every answer is kept, words and not-words alike (a text asks for the same strings again and
  // again), up to a bound past which the memory is worth more than the time
  let found = new Map<string, V | null>();
  const get = (word: string): V | undefined => {
    let value = found.get(word);
    if (value === undefined) {
      value = find(word) ?? null;
      if (found.size >= MAX_KEPT) found = new Map();
      found.set(word, value);
    }
    return value ?? undefined;
  };
  return { get, has: (word) => get(word) !== undefined };
}
