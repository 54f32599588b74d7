import { describe, expect, it } from 'vitest';
import { createReaderStore } from '../../src/app/store/reader-store.ts';
import { buildCorpusFromDisk } from './load-corpus.ts';

const doc = buildCorpusFromDisk().find((d) => d.id === 'mao-khrushchev-1958')!;
const fetchDoc = async (file: string) => {
  if (file !== 'doc-mao-khrushchev-1958.json') throw new Error(`unexpected ${file}`);
  return JSON.parse(JSON.stringify(doc)) as unknown;
};

describe('reader store', () => {
  it('opens a document with the view a link gives', async () => {
    const store = createReaderStore();
    await store.getState().openDocument('mao-khrushchev-1958', fetchDoc, { witnesses: ['en', 'nope', 'zh-rmrb'], row: 12, layout: 'flow' });
    const state = store.getState();
    expect(state.document.status).toBe('ready');
    expect(state.shown).toEqual(['en', 'zh-rmrb']);
    expect(state.currentRow).toBe(11);
    expect(state.layout).toBe('flow');
  });

  it('names the file when it is missing or not a build file', async () => {
    const store = createReaderStore();
    await store.getState().openDocument('mao-khrushchev-1958', async () => ({ id: 'x' }));
    const state = store.getState().document;
    expect(state.status).toBe('error');
    expect(state.status === 'error' && state.message).toMatch(/^doc-mao-khrushchev-1958\.json: not a valid Duizhao build file/);
  });

  it('never fetches for an id from the address bar that is not a document id (?doc=../package)', async () => {
    for (const id of ['../package', '..%2Fpackage', '/package', 'x/../../src/main', 'doc?x=1', '']) {
      const store = createReaderStore();
      const fetched: string[] = [];
      await store.getState().openDocument(id, async (file) => {
        fetched.push(file);
        return {};
      });
      expect(fetched, id).toEqual([]);
      const state = store.getState().document;
      expect(state.status === 'error' && state.message, id).toMatch(/There is no document/);
    }
  });

  it('moves rows within bounds, toggles and reorders witnesses, steps through substantive differences', async () => {
    const store = createReaderStore();
    await store.getState().openDocument('mao-khrushchev-1958', fetchDoc);
    const s = () => store.getState();
    s().stepRow(1);
    expect(s().currentRow).toBe(0);
    s().stepRow(-1);
    expect(s().currentRow).toBe(0);
    s().setCurrentRow(999);
    expect(s().currentRow).toBe(44);
    s().toggleWitness('zh-treaty');
    expect(s().shown).toEqual(['zh-rmrb', 'en']);
    s().toggleWitness('zh-treaty');
    expect(s().shown).toEqual(['zh-rmrb', 'zh-treaty', 'en']);
    s().moveWitness('en', -1);
    expect(s().shown).toEqual(['zh-rmrb', 'en', 'zh-treaty']);
    s().toggleWitness('zh-rmrb');
    s().toggleWitness('en');
    s().toggleWitness('zh-treaty');
    expect(s().shown).toEqual(['zh-treaty']); // the last witness shown stays
    s().setCurrentRow(null);
    // Each step opens the next difference of the kinds shown (its index) and makes its row current.
    const items = doc.variants!.items;
    for (const kind of ['script', 'variant', 'numeral', 'punctuation', 'moved'] as const) s().toggleCategory(kind);
    const steps = [s().stepDifference(1), s().stepDifference(1), s().stepDifference(1)];
    expect(steps.map((i) => items[i!]!.category)).toEqual(['substantive', 'substantive', 'substantive']);
    expect(steps.map((i) => items[i!]!.row)).toEqual([6, 12, 32]);
    expect(s().openVariant).toBe(steps[2]);
    expect(s().currentRow).toBe(32);
    expect(s().stepDifference(-1)).toBe(steps[1]);
    expect(s().currentRow).toBe(12);
    // Past the last one there is nothing further.
    const all = items.filter((v) => v.category === 'substantive').length;
    let last: number | null = 0;
    for (let k = 0; k < all && last !== null; k++) last = s().stepDifference(1);
    expect(last).toBeNull();
    s().toggleCategory('script');
    expect(s().hiddenCategories.has('script')).toBe(false);
    // with script shown too, the first step from the top is the first difference of either kind
    s().openVariantDetails(null);
    s().setCurrentRow(null);
    const first = s().stepDifference(1);
    const firstOfEither = items.findIndex((v) => v.category === 'script' || v.category === 'substantive');
    expect(items[first!]!.row).toBe(items[firstOfEither]!.row);
  });

  it('a project shown again after an edit keeps the view; a corpus document of the same id is another document', async () => {
    const store = createReaderStore();
    const s = () => store.getState();
    const rows = doc.rows.map((row) => ({ ...row, status: 'auto' as const }));
    const project = { kind: 'project' as const, id: doc.id, doc: { ...doc, id: `project:${doc.id}`, rows } };
    s().showLoading(project);
    expect(s().document).toMatchObject({ status: 'loading', kind: 'project', id: doc.id });
    s().showDocument(project, { row: 10, layout: 'flow' });
    s().toggleWitness('zh-treaty');
    // an edit: one row fewer; the view stays
    s().showDocument({ ...project, doc: { ...project.doc, rows: rows.slice(1) } });
    expect(s().currentRow).toBe(9);
    expect(s().layout).toBe('flow');
    expect(s().shown).toEqual(['zh-rmrb', 'en']);
    // the corpus document opens with its own view, not the project's
    await s().openDocument(doc.id, fetchDoc, { layout: 'rows' });
    expect(s().document).toMatchObject({ status: 'ready', kind: 'corpus', id: doc.id });
    expect(s().shown).toEqual(['zh-rmrb', 'zh-treaty', 'en']);
    expect(s().currentRow).toBeNull();
    s().showError({ kind: 'project', id: 'gone' }, 'It was deleted.');
    expect(s().document).toEqual({ status: 'error', kind: 'project', id: 'gone', message: 'It was deleted.' });
  });

  it('a corpus document’s comparison is rebuilt from another base; a stale rebuild never lands on the next document', async () => {
    const store = createReaderStore();
    const s = () => store.getState();
    await s().openDocument(doc.id, fetchDoc);
    const rebuilding = s().setBase('zh-treaty');
    const d = s().document;
    expect(d.status === 'ready' && d.doc.variants?.a).toBe('zh-rmrb');
    await rebuilding;
    const after = s().document;
    expect(after.status === 'ready' && after.doc.variants?.a).toBe('zh-treaty');
    // the document opened afresh (its built base) while a rebuild from the other base is under way
    await s().openDocument(doc.id, fetchDoc);
    const stale = s().setBase('zh-treaty');
    await s().openDocument(doc.id, fetchDoc);
    await stale;
    const last = s().document;
    expect(last.status === 'ready' && last.doc.variants?.a).toBe('zh-rmrb');
  });
});
