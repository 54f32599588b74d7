import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignChineseEnglish } from '../src/core/align/align-chinese-english.ts';
import { toVecalign } from '../src/core/export/vecalign.ts';
import { loadCedictLexicon } from '../src/cli/cedict.ts';
const MAC = join(import.meta.dirname, '../../shared/eval/mac-dev');
const chapters = readdirSync(MAC).filter((f) => f.endsWith('.gold')).map((f) => f.slice(0, -5)).sort();
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const lexicon = loadCedictLexicon();
const shapes = new Map<string, number>();
let wrong = 0, total = 0;
for (const c of chapters) {
  const zh = lines(join(MAC, `${c}.zh`)); const en = lines(join(MAC, `${c}.en`));
  const gold = lines(join(MAC, `${c}.gold`)).map((l) => l.replace(/\s/g, ''));
  const goldSet = new Set(gold);
  const pred = toVecalign(alignChineseEnglish(zh, en, lexicon)).trim().split('\n').map((l) => l.split(':').slice(0, 2).join(':'));
  const shape = (u: string) => u.split(':').map((s) => (s === '[]' ? 0 : s.split(',').length)).join('-');
  const gs = new Map<string, number>(); for (const g of gold) gs.set(shape(g), (gs.get(shape(g)) ?? 0) + 1);
  for (const p of pred) { total++; if (!goldSet.has(p)) { wrong++; const k = shape(p); shapes.set(k, (shapes.get(k) ?? 0) + 1); } }
  if (c === '001') console.log('gold shapes', [...gs].sort((a,b)=>b[1]-a[1]).slice(0,8));
}
console.log(`wrong ${wrong} of ${total}`, [...shapes].sort((a, b) => b[1] - a[1]));
