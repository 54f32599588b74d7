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

/** The edit runs between two key sequences, cleaned up to human-sized edits. */
export function diffKeys(a: readonly string[], b: readonly string[]): KeyRun[] {
  const [aUnits, bUnits] = encodeKeys(a, b);
  const diffs = engine.diff_main(aUnits, bUnits, false);
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
