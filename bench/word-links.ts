/**
 * How well word-level counterparts work, on the corpus's one document with Chinese and English
 * (the communiqué): for every Chinese word of each row (People's Daily and treaty texts), whether
 * the reader lights at least one English word of the same row, by the dictionary or by what the
 * document suggests; the same from the English side; and the words most often left unlinked.
 * Coverage, not precision: there is no gold word alignment here. Prints figures; asserts nothing.
 *
 *   npx tsx bench/word-links.ts
 */
import { readFileSync } from 'node:fs';
import type { BuiltDocument } from '../src/core/model.ts';
import { segmentText } from '../src/core/model.ts';
import { chineseWordSpans, englishWordSpans, stemsOfWord, wordsOfStem, type Glossary } from '../src/core/glossary/glossary.ts';

const doc = JSON.parse(readFileSync('data/build/doc-mao-khrushchev-1958.json', 'utf8')) as BuiltDocument;
const glossary = JSON.parse(readFileSync('data/build/gloss-mao-khrushchev-1958.json', 'utf8')) as Glossary;
const en = doc.witnesses.findIndex((w) => w.lang === 'en');
const cellText = (w: number, r: number) => {
  const witness = doc.witnesses[w]!;
  const cell = doc.rows[r]!.cells[w]!;
  return witness.segments.slice(cell.start, cell.end).map((s) => segmentText(witness.text, s)).join(' ');
};

for (const [w, witness] of doc.witnesses.entries()) {
  if (witness.lang !== 'zh') continue;
  let words = 0;
  let byDictionary = 0;
  let byDocument = 0;
  let long = 0;
  let longLinked = 0;
  let enWords = 0;
  let enLinked = 0;
  const missed = new Map<string, number>();
  doc.rows.forEach((_, r) => {
    const zhWords = chineseWordSpans(cellText(w, r), glossary).map((s) => s.word).filter((x) => [...x].length > 1 || glossary.stems[x]);
    const stems = new Set(englishWordSpans(cellText(en, r)).flatMap((s) => (s.stem ? [s.stem] : [])));
    if (stems.size === 0) return;
    for (const word of zhWords) {
      words++;
      const { dictionary, learned } = stemsOfWord(glossary, word);
      const isLong = [...word].length > 1;
      if (isLong) long++;
      if (dictionary.some((s) => stems.has(s)) || learned.some((s) => stems.has(s))) if (isLong) longLinked++;
      if (dictionary.some((s) => stems.has(s))) byDictionary++;
      else if (learned.some((s) => stems.has(s))) byDocument++;
      else missed.set(word, (missed.get(word) ?? 0) + 1);
    }
    for (const stem of stems) {
      enWords++;
      if (wordsOfStem(glossary, stem, zhWords).length > 0) enLinked++;
    }
  });
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  console.log(`${witness.id} ↔ en, ${doc.rows.length} rows: ${words} Chinese words (of two characters or more, or with glosses) in rows with English`);
  console.log(`  light an English word of their row: ${pct(byDictionary + byDocument, words)} (${pct(byDictionary, words)} by the dictionary, ${pct(byDocument, words)} by co-occurrence)`);
  console.log(`  words of two characters or more (mostly content words): ${pct(longLinked, long)} of ${long}`);
  console.log(`  English content words that light a Chinese word of their row: ${pct(enLinked, enWords)} of ${enWords}`);
  console.log(`  most often unlinked: ${[...missed].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([x, n]) => `${x} ×${n}`).join(', ')}`);
}

// `--sample`: 30 links of the People's Daily text, chosen at random (seeded), to be read by a person
if (process.argv.includes('--sample')) {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const links: string[] = [];
  doc.rows.forEach((_, r) => {
    const text = cellText(en, r);
    const spans = englishWordSpans(text);
    for (const word of chineseWordSpans(cellText(0, r), glossary).map((s) => s.word)) {
      const { dictionary, learned } = stemsOfWord(glossary, word);
      const lit = spans.filter((s) => s.stem && (dictionary.includes(s.stem) || (!spans.some((x) => x.stem && dictionary.includes(x.stem)) && learned.includes(s.stem)))).map((s) => text.slice(s.start, s.end));
      if (lit.length > 0) links.push(`row ${r + 1}: ${word} → ${[...new Set(lit)].join(', ')}`);
    }
  });
  const sample = links.map((l) => [random(), l] as const).sort((a, b) => a[0] - b[0]).slice(0, 30).map(([, l]) => l);
  console.log(`a sample of ${sample.length} of ${links.length} links:\n  ${sample.join('\n  ')}`);
}
