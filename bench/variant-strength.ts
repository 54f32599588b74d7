/**
 * How often the project's variant strength agrees with CBETA's typing of variant characters
 * (完全同義 = full, 部分同義 = partial), for evaluation only: CBETA's table (MIT) is read from
 * ../shared/data/variants/ and never copied into the project; the benchmark skips cleanly when it
 * is absent. Each pair of characters in a CBETA record is compared as one character against the
 * other, as two witnesses of mixed script would be. Prints figures; asserts nothing.
 *
 *   npx tsx bench/variant-strength.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareTokens } from '../src/core/variants/compare-tokens.ts';
import { tokenize } from '../src/core/variants/tokens.ts';
import { UNIHAN_VERSION } from '../src/core/text/unihan.ts';

const FILE = new URL('../../shared/data/variants/cbeta-variants.json', import.meta.url);
if (!existsSync(FILE)) {
  console.log(`skipped: ${FILE.pathname} is not here (the shared evaluation data is absent)`);
  process.exit(0);
}
const records = JSON.parse(readFileSync(FILE, 'utf8')) as { type: string; chars: string }[];
type Outcome = 'variant full' | 'variant partial' | 'script' | 'substantive' | 'other';
const tally: Record<string, Record<Outcome, number>> = {};
let pairs = 0;
for (const { type, chars } of records) {
  const real = chars.split(',').filter((c) => [...c].length === 1 && /\p{Script=Han}/u.test(c));
  for (let i = 0; i < real.length; i++) {
    for (let j = i + 1; j < real.length; j++) {
      const [a, b] = [tokenize(real[i]!), tokenize(real[j]!)];
      const found = compareTokens(a, b);
      const d = found[0];
      const outcome: Outcome = found.length !== 1 ? 'other' : d!.category === 'variant' ? (`variant ${d!.strength}` as Outcome) : d!.category === 'script' || d!.category === 'substantive' ? d!.category : 'other';
      tally[type] ??= { 'variant full': 0, 'variant partial': 0, script: 0, substantive: 0, other: 0 };
      tally[type]![outcome]++;
      pairs++;
    }
  }
}
const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
console.log(`CBETA variant table: ${records.length} records, ${pairs} pairs of encoded characters; the project's tables: Unihan ${UNIHAN_VERSION} (variant fields and kDefinition), OpenCC's TWVariants and HKVariants, and its own lists`);
for (const [type, t] of Object.entries(tally)) {
  const total = Object.values(t).reduce((s, n) => s + n, 0);
  console.log(`${type} (${total} pairs): ${Object.entries(t).map(([k, n]) => `${k} ${n} (${pct(n, total)})`).join(', ')}`);
}
const full = tally['完全同義'] ?? { 'variant full': 0, 'variant partial': 0 };
const partial = tally['部分同義'] ?? { 'variant full': 0, 'variant partial': 0 };
const called = full['variant full'] + full['variant partial'] + partial['variant full'] + partial['variant partial'];
console.log(`of the pairs both call variants, the strength agrees for ${pct(full['variant full'] + partial['variant partial'], called)} (${full['variant full'] + partial['variant partial']} of ${called})`);
