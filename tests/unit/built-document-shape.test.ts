/**
 * The build file's hand-written check says yes exactly when zod's schema does: a sound document,
 * then the same document with one value anywhere in it replaced (deleted, of another type, out
 * of range, a neighbouring number, another enum value). A file the check let through that zod
 * refuses would reach the reader unchecked.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtDocumentSchema, isSoundBuiltDocument, parseBuiltDocument } from '../../src/core/model.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const corpus = buildCorpusFromDisk();

type Path = (string | number)[];

/** Every path to a value in `value` (objects' keys, arrays' indices). */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

function replaced(root: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  if (path.length === 0) return make(copy);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const next = make(parent[last]);
  if (next === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}

const DELETE = Symbol('delete');
const REPLACEMENTS: ((old: unknown) => unknown)[] = [
  () => DELETE,
  () => undefined,
  () => null,
  () => -1,
  () => 0.5,
  () => 2,
  () => 2 ** 60,
  () => '',
  () => 'x',
  () => true,
  () => [],
  () => ({}),
  (old) => (typeof old === 'number' ? old + 1 : old),
  (old) => (typeof old === 'number' ? old - 1 : old),
  (old) => (typeof old === 'string' ? `${old}x` : old),
  (old) => (Array.isArray(old) ? [...old, old[0]] : old),
  (old) => (typeof old === 'string' ? ['heading', 'sentence', 'script', 'substantive', 'hant', 'zh', 'en', 'strip-bom'][old.length % 8] : old),
];

describe('the build file’s hand-written check', () => {
  it('accepts every built document of the corpus, as zod does', () => {
    for (const doc of corpus) {
      expect(builtDocumentSchema.safeParse(doc).success, doc.id).toBe(true);
      expect(isSoundBuiltDocument(doc), doc.id).toBe(true);
    }
  });

  it('property: with one value replaced anywhere, it says yes exactly when zod does', () => {
    const documents = corpus.map((doc) => ({ doc, paths: pathsOf(doc) }));
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(documents.length - 1), fc.nat(), fc.nat(REPLACEMENTS.length - 1), (d, p, r) => {
        const { doc, paths } = documents[d]!;
        const path = paths[p % paths.length]!;
        const mutated = replaced(doc, path, REPLACEMENTS[r]!);
        const zod = builtDocumentSchema.safeParse(mutated).success;
        if (!zod) refused++;
        expect(isSoundBuiltDocument(mutated), `${doc.id} at ${path.join('.')}`).toBe(zod);
      }),
      { numRuns: 3000 },
    );
    // the mutations reach the refusals: most of them break the file
    expect(refused).toBeGreaterThan(1000);
    // 3,000 validations of whole documents: 4 s alone, several times that on a shared machine
  }, 60_000);

  it('a file it refuses still gets zod’s message, naming the place', () => {
    const doc = structuredClone(corpus[0]!) as unknown as { rows: { confidence: unknown }[] };
    doc.rows[3]!.confidence = 'high';
    expect(() => parseBuiltDocument(doc, 'doc-x.json')).toThrow(/doc-x\.json: not a valid Duizhao build file at rows\.3\.confidence/);
  });
});
