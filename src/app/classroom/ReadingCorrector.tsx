/**
 * Correcting a word's reading, on its pinned card in a project: one of the readings CC-CEDICT and
 * pinyin-pro know, or one typed, here only or wherever the word stands in the project; or the
 * automatic reading again. Each is an edit of the project, undone like any other.
 */
import { useEffect, useId, useState } from 'react';
import type { GlossaryEntry } from '../../core/glossary/glossary.ts';
import type { BuiltDocument } from '../../core/model.ts';
import { correctionFor, countPlaces, parseReading, type ReadingCorrection, type ReadingTarget } from '../../core/project/readings.ts';
import { numberedToMarks } from '../../core/text/pinyin-marks.ts';
import type { WordPlace } from '../store/reader-store.ts';
import { useAids, useClassroom } from './use-classroom.ts';

export interface ReadingWriter {
  /** Read `target` as `pinyin` (null: the automatic reading again); false when it was not done (the project says why). */
  readonly saveReading: (target: ReadingTarget, pinyin: string | null) => boolean;
}

/** The readings to offer for a word: CC-CEDICT's, then pinyin-pro's others for a character, each once. */
function candidateReadings(word: string, entries: readonly GlossaryEntry[], readingsOf: ((ch: string) => readonly string[]) | null): string[] {
  const out = new Set(entries.map((e) => numberedToMarks(e.pinyin).toLowerCase()));
  if ([...word].length === 1 && readingsOf) for (const r of readingsOf(word)) out.add(r.toLowerCase());
  return [...out];
}

export function ReadingCorrector({ doc, word, place, entries, readings, writer }: { doc: BuiltDocument; word: { zh: string }; place: WordPlace; entries: readonly GlossaryEntry[]; readings: readonly ReadingCorrection[] | undefined; writer: ReadingWriter }) {
  const { aids } = useClassroom();
  const readingsOf = useAids((s) => s.readingsOf);
  const [open, setOpen] = useState(false);
  const [everywhere, setEverywhere] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  // pinyin-pro knows readings CC-CEDICT has no entry for (說 yuè): loaded when the teacher opens this
  useEffect(() => {
    if (open) void aids.getState().loadPinyin();
  }, [aids, open]);
  const target: ReadingTarget = everywhere ? { word: word.zh } : { word: word.zh, witness: place.witness, at: place.at };
  const current = correctionFor(readings, target);
  const places = countPlaces(
    doc.witnesses.filter((w) => w.lang === 'zh').map((w) => w.text),
    word.zh,
  );
  /** True when the reading was set (a typed one is then cleared). */
  const choose = (input: string | null): boolean => {
    if (input !== null) {
      const parsed = parseReading(input, word.zh);
      if (!parsed.ok) {
        setProblem(`Not a reading: ${parsed.reason}.`);
        return false;
      }
      if (current?.pinyin === parsed.pinyin) {
        setProblem(`${word.zh} is already read ${parsed.pinyin} ${everywhere ? 'everywhere' : 'here'}.`);
        return false;
      }
    }
    setProblem(null);
    return writer.saveReading(target, input);
  };
  if (!open) {
    return (
      <p className="card-actions">
        <button type="button" onClick={() => setOpen(true)} aria-expanded={false}>
          Correct the reading…
        </button>
      </p>
    );
  }
  return (
    <fieldset className="card-correct">
      <legend>Reading of {word.zh}</legend>
      <p className="card-scope" role="radiogroup" aria-label="Where the reading holds">
        <label>
          <input type="radio" name={`${id}-scope`} checked={!everywhere} onChange={() => setEverywhere(false)} /> Here only
        </label>
        <label>
          <input type="radio" name={`${id}-scope`} checked={everywhere} onChange={() => setEverywhere(true)} /> Every {word.zh} in this project ({places})
        </label>
      </p>
      <p className="card-choices">
        {candidateReadings(word.zh, entries, readingsOf).map((r) => (
          <button key={r} type="button" aria-pressed={current?.pinyin === r} onClick={() => choose(r)}>
            {r}
          </button>
        ))}
      </p>
      <TypedReading word={word.zh} onSet={(typed) => choose(typed)} />
      {current && (
        <p className="card-actions">
          <button type="button" onClick={() => choose(null)}>
            Automatic reading {everywhere ? 'everywhere' : 'here'}
          </button>
        </p>
      )}
      {problem && (
        <p className="card-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

/** A reading typed by the teacher; `onSet` says whether it was taken (then the field is cleared). */
function TypedReading({ word, onSet }: { word: string; onSet: (typed: string) => boolean }) {
  const [typed, setTyped] = useState('');
  return (
    <form
      className="card-type"
      onSubmit={(event) => {
        event.preventDefault();
        if (onSet(typed)) setTyped('');
      }}
    >
      <label>
        Or type it <input value={typed} onChange={(event) => setTyped(event.target.value)} placeholder="yue4 or yuè" aria-label={`Reading of ${word}, typed`} spellCheck={false} autoComplete="off" />
      </label>
      <button type="submit">Set</button>
    </form>
  );
}
