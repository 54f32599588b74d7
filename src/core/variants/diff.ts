/**
 * The one module that drives diff-match-patch. It diffs sequences of comparison keys, not UTF-16
 * text: each distinct key becomes one private BMP code unit (as diff_linesToChars does for
 * lines), so a character outside the Basic Multilingual Plane is never cut in half
 * (diff-match-patch works on UTF-16 units, its issue #149) and a numeral such as 一九五八 is one
 * unit. `Diff_Timeout = 0`: the diff is always the minimal one, never a faster approximation
 * chosen because the machine was slow, so results do not depend on machine speed.
 *
 * Cleanup: `diff_cleanupSemantic` folds a short equality caught between edits into them (甲乙丙
 * against 丁乙戊 is one substitution, not three interleaved ones), which is the size of edit a
 * reader names; a script-only difference caught that way is read as part of the substitution
 * around it, as a scholar would read a garbled passage. Its boundary scoring looks at whitespace
 * and ASCII letters, so the private alphabet avoids every code unit that `\s` or [A-Za-z0-9]
 * matches, and all keys score alike.
 */
import DiffMatchPatch from 'diff-match-patch';

export type DiffOp = 'equal' | 'delete' | 'insert';

/** A run of keys: `aFrom..aTo` of A and `bFrom..bTo` of B (indices into the key sequences). */
export interface KeyRun {
  readonly op: DiffOp;
  readonly aFrom: number;
  readonly aTo: number;
  readonly bFrom: number;
  readonly bTo: number;
}

const engine = new DiffMatchPatch();
engine.Diff_Timeout = 0;

/** The private alphabet: BMP code units that are neither surrogates, whitespace nor ASCII. */
const ALPHABET: readonly string[] = (() => {
  const units: string[] = [];
  for (let code = 0x100; code <= 0xffff; code++) {
    const unit = String.fromCharCode(code);
    if ((code < 0xd800 || code > 0xdfff) && !/\s/.test(unit)) units.push(unit);
  }
  return units;
})();

/** Each key as one private code unit, the same unit for the same key in both sequences. */
function encodeKeys(a: readonly string[], b: readonly string[]): [string, string] {
  const units = new Map<string, string>();
  const encode = (keys: readonly string[]) => {
    let out = '';
    for (const key of keys) {
      let unit = units.get(key);
      if (unit === undefined) {
        unit = ALPHABET[units.size];
        if (unit === undefined) throw new Error(`cannot diff more than ${ALPHABET.length} distinct characters in one row`);
        units.set(key, unit);
      }
      out += unit;
    }
    return out;
  };
  return [encode(a), encode(b)];
}

type Diff = [number, string];

/**
 * Up to this many keys (both sides together) the diff is diff-match-patch's minimal one. Its cost
 * grows with the product of the lengths where the texts differ (two dissimilar rows of 30,000
 * characters: 18 s), so longer stretches are first cut at anchors.
 */
const MINIMAL_DIFF_LIMIT = 2000;
/** The length of the passages tried as anchors when no single key is unique to both sides. */
const ANCHOR_GRAM = 8;

/** The edit runs between two key sequences, cleaned up to human-sized edits. */
export function diffKeys(a: readonly string[], b: readonly string[]): KeyRun[] {
  const [aUnits, bUnits] = encodeKeys(a, b);
  const diffs = anchoredDiff(aUnits, bUnits);
  engine.diff_cleanupMerge(diffs);
  engine.diff_cleanupSemantic(diffs);
  const runs: KeyRun[] = [];
  let i = 0;
  let j = 0;
  for (const [op, text] of diffs) {
    const n = text.length;
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      runs.push({ op: 'equal', aFrom: i, aTo: i + n, bFrom: j, bTo: j + n });
      i += n;
      j += n;
    } else if (op === DiffMatchPatch.DIFF_DELETE) {
      runs.push({ op: 'delete', aFrom: i, aTo: i + n, bFrom: j, bTo: j });
      i += n;
    } else {
      runs.push({ op: 'insert', aFrom: i, aTo: i, bFrom: j, bTo: j + n });
      j += n;
    }
  }
  return runs;
}

/**
 * The diff of two unit strings in near-linear time, as patience diff does it: units (failing
 * those, passages of ANCHOR_GRAM units) that occur exactly once on each side, and in the same
 * order on both (the longest increasing run of them), are kept as equal; the stretches between are
 * diffed the same way, and minimally once short. A long stretch with no anchor has nothing in
 * common worth naming: it is one deletion and one insertion (a substitution), which is what the
 * minimal diff comes to after semantic cleanup, without its quadratic search.
 */
function anchoredDiff(a: string, b: string): Diff[] {
  if (a.length + b.length <= MINIMAL_DIFF_LIMIT) return engine.diff_main(a, b, false);
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a.slice(prefix), b.slice(prefix));
  const out: Diff[] = [];
  if (prefix > 0) out.push([DiffMatchPatch.DIFF_EQUAL, a.slice(0, prefix)]);
  const [am, bm] = [a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)];
  if (am.length + bm.length <= MINIMAL_DIFF_LIMIT || am === '' || bm === '') out.push(...(am === '' && bm === '' ? [] : engine.diff_main(am, bm, false)));
  else {
    const anchors = uniqueAnchors(am, bm, 1) ?? uniqueAnchors(am, bm, ANCHOR_GRAM);
    if (!anchors) out.push([DiffMatchPatch.DIFF_DELETE, am], [DiffMatchPatch.DIFF_INSERT, bm]);
    else {
      let [i, j] = [0, 0];
      for (const anchor of anchors) {
        out.push(...anchoredDiff(am.slice(i, anchor.i), bm.slice(j, anchor.j)));
        out.push([DiffMatchPatch.DIFF_EQUAL, am.slice(anchor.i, anchor.i + anchor.length)]);
        [i, j] = [anchor.i + anchor.length, anchor.j + anchor.length];
      }
      out.push(...anchoredDiff(am.slice(i), bm.slice(j)));
    }
  }
  if (suffix > 0) out.push([DiffMatchPatch.DIFF_EQUAL, a.slice(a.length - suffix)]);
  return out;
}

interface Anchor {
  readonly i: number;
  readonly j: number;
  readonly length: number;
}

/**
 * Passages of `length` units that occur once in `a` and once in `b`, the longest run of them in
 * the same order on both sides, none overlapping another; null when there is none.
 */
function uniqueAnchors(a: string, b: string, length: number): Anchor[] | null {
  const once = (s: string) => {
    const seen = new Map<string, number>(); // passage → its offset, or -1 when it repeats
    for (let k = 0; k + length <= s.length; k++) {
      const passage = s.slice(k, k + length);
      seen.set(passage, seen.has(passage) ? -1 : k);
    }
    return seen;
  };
  const inA = once(a);
  const inB = once(b);
  const pairs: Anchor[] = [];
  for (const [passage, i] of inA) {
    const j = inB.get(passage);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push({ i, j, length });
  }
  pairs.sort((x, y) => x.i - y.i);
  // passages of more than one unit may overlap: of those that do, the first is kept
  const kept: Anchor[] = [];
  for (const anchor of longestIncreasingRun(pairs)) {
    const last = kept.at(-1);
    if (!last || (anchor.i >= last.i + length && anchor.j >= last.j + length)) kept.push(anchor);
  }
  return kept.length > 0 ? kept : null;
}

/** The longest run of anchors (in order of `i`) whose `j` increases too: patience sorting, O(n log n). */
function longestIncreasingRun(pairs: readonly Anchor[]): Anchor[] {
  const tails: number[] = []; // tails[k]: index into pairs of the smallest last j of a run of length k + 1
  const previous: number[] = new Array<number>(pairs.length);
  for (const [k, pair] of pairs.entries()) {
    let [lo, hi] = [0, tails.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.j < pair.j) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  }
  const run: Anchor[] = [];
  for (let k = tails.length > 0 ? tails.at(-1)! : -1; k >= 0; k = previous[k]!) run.push(pairs[k]!);
  return run.reverse();
}

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

function commonSuffix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}
