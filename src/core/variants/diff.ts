/**
 * The one module that drives diff-match-patch. It diffs sequences of comparison keys, not UTF-16
 * text: each distinct key becomes one private BMP character, so a character outside the Basic
 * Multilingual Plane is never cut in half (diff-match-patch works on UTF-16 units, its issue
 * #149) and a numeral such as 一九五八 is one unit. `Diff_Timeout = 0`: the result never depends
 * on how fast the machine is.
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

/** First private character; skips the surrogate range when there are many keys. */
const FIRST_UNIT = 0x100;

/** The edit runs between two key sequences, cleaned up to human-sized edits. */
export function diffKeys(a: readonly string[], b: readonly string[]): KeyRun[] {
  const units = new Map<string, string>();
  const encode = (keys: readonly string[]) =>
    keys
      .map((key) => {
        let unit = units.get(key);
        if (unit === undefined) {
          let code = FIRST_UNIT + units.size;
          if (code >= 0xd800) code += 0x800; // past the surrogates
          unit = String.fromCharCode(code);
          units.set(key, unit);
        }
        return unit;
      })
      .join('');
  const diffs = engine.diff_main(encode(a), encode(b), false);
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
