/**
 * The handout's plan: what its options ask for, checked against the document and the reader's
 * view (unknown texts dropped, rows kept inside the document, the answer key only with a hidden
 * text); the options written back leave out what the view says; and the ruled lines a hidden
 * sentence gets fit its printed column.
 */
import { describe, expect, it } from 'vitest';
import { handoutOptionsOf, planHandout, printsAnswerKey, type HandoutView } from '../../src/core/reader/handout-plan.ts';
import { handoutColumnEm, writingLines } from '../../src/app/classroom/writing-lines.ts';

const doc = { witnesses: [{ id: 'zh-rmrb' }, { id: 'zh-treaty' }, { id: 'en' }], rows: { length: 45 } };
const view: HandoutView = { shown: ['zh-rmrb', 'en'], hidden: new Set(['en']), pinyin: false, range: null };

describe('the handout plan', () => {
  it('without options is the view: its texts, its hidden text, all rows', () => {
    const plan = planHandout(doc, view);
    expect(plan).toMatchObject({ texts: [0, 2], answerKey: false, pinyin: false, notes: true, from: 0, to: 44 });
    expect([...plan.hidden]).toEqual(['en']);
    expect(planHandout(doc, { ...view, range: { from: 2, to: 8 } })).toMatchObject({ from: 2, to: 8 });
  });

  it('takes the texts, hidden texts, key, pinyin and rows asked for', () => {
    const plan = planHandout(doc, view, { texts: ['en', 'zh-treaty'], hide: ['zh-treaty'], key: true, pinyin: true, rows: { from: 3, to: 9 } });
    expect(plan).toMatchObject({ texts: [2, 1], answerKey: true, pinyin: true, from: 2, to: 8 });
    expect([...plan.hidden]).toEqual(['zh-treaty']);
    expect(printsAnswerKey(plan)).toBe(true);
  });

  it('drops what the document does not have and keeps the rows inside it', () => {
    const plan = planHandout(doc, view, { texts: ['nope', 'en', 'en'], hide: ['zh-rmrb', 'nope'], rows: { from: 40, to: 900 } });
    expect(plan.texts).toEqual([2]);
    // a text not printed is not hidden either
    expect(plan.hidden.size).toBe(0);
    expect(plan).toMatchObject({ from: 39, to: 44 });
    expect(planHandout(doc, view, { rows: { from: 300, to: 400 } })).toMatchObject({ from: 44, to: 44 });
    // no known text asked for: the view's; none there either: every text, rather than an empty page
    expect(planHandout(doc, view, { texts: ['nope'] }).texts).toEqual([0, 2]);
    expect(planHandout(doc, { ...view, shown: [] }, { texts: ['nope'] }).texts).toEqual([0, 1, 2]);
  });

  it('prints the answer key only when a printed text is hidden', () => {
    const plan = planHandout(doc, view, { hide: [], key: true });
    expect(plan.answerKey).toBe(true);
    expect(printsAnswerKey(plan)).toBe(false);
  });

  it('writes back only what differs from the view, and reads back the same plan', () => {
    expect(handoutOptionsOf(planHandout(doc, view), view, doc)).toEqual({});
    const options = { texts: ['en', 'zh-treaty'], hide: [], key: true, pinyin: true, notes: false, rows: { from: 3, to: 9 } };
    const plan = planHandout(doc, view, options);
    expect(handoutOptionsOf(plan, view, doc)).toEqual(options);
    expect(planHandout(doc, view, handoutOptionsOf(plan, view, doc))).toEqual(plan);
  });
});

describe('lines to write on', () => {
  const english = 'From July 31 to August 3, 1958, Mao Zedong, Chairman of the Central Committee of the Communist Party of China, and N.S. Khrushchev held talks in Peking.';
  it('are as many as the sentence takes in its printed column, with room for handwriting', () => {
    const two = handoutColumnEm(2, false);
    const three = handoutColumnEm(3, true);
    expect(two).toBeGreaterThan(three);
    // 151 characters at about 0.48 em in a column of about 23 em: three lines printed, four to write
    expect(writingLines(english, 'en', two)).toBe(Math.ceil((english.length * 1.3 * 0.48) / two));
    expect(writingLines(english, 'en', three)).toBeGreaterThan(writingLines(english, 'en', two));
    expect(writingLines('从1958年7月31日到8月3日', 'zh', two)).toBe(1);
    expect(writingLines('', 'en', two)).toBe(1);
  });
  it('in a pane keep the reader’s measure', () => {
    expect(writingLines('x'.repeat(100), 'en')).toBe(2);
    expect(writingLines('字'.repeat(25), 'zh')).toBe(2);
  });
});
