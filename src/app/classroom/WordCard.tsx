/**
 * The dictionary card's content: the word, how it is read here (a teacher's correction, or
 * pinyin-pro's reading in its sentence), CC-CEDICT's entries — every reading of a character, each
 * with its glosses — the readings of a longer word's characters, and, on a card pinned by a tap,
 * saving the word to the student's list and (in a project) correcting its reading.
 */
import { useMemo } from 'react';
import type { Glossary, GlossaryEntry } from '../../core/glossary/glossary.ts';
import { entriesByUse, stemsOfWord } from '../../core/glossary/glossary.ts';
import type { BuiltDocument } from '../../core/model.ts';
import { correctPinyin, readingAt, type ReadingCorrection } from '../../core/project/readings.ts';
import { sentenceAt, wordPinyin, type ReadHere } from '../../core/reader/sentence-at.ts';
import { numberedToMarks } from '../../core/text/pinyin-marks.ts';
import type { WordPlace } from '../store/reader-store.ts';
import { useAids } from './use-classroom.ts';
import { ReadingCorrector, type ReadingWriter } from './ReadingCorrector.tsx';
import { SaveWord } from './VocabularyList.tsx';

/** Entries shown for a word of two or more characters; a character's card shows every reading. */
const WORD_ENTRIES = 4;

export interface CardWord {
  readonly zh: string;
  readonly row: number;
  readonly place?: WordPlace | undefined;
  readonly pinned: boolean;
}

/** How the word is read at its place: the teacher's reading if corrected, else pinyin-pro's (when loaded), else ''. */
export function useReadHere(doc: BuiltDocument, word: CardWord, readings: readonly ReadingCorrection[] | undefined): ReadHere {
  const pinyinOf = useAids((s) => s.pinyinOf);
  return useMemo(() => {
    const witness = word.place && doc.witnesses.find((w) => w.id === word.place!.witness);
    const sentence = witness && word.place ? sentenceAt(witness, word.place.at) : null;
    const correction = word.place ? readingAt(readings, word.place.witness, word.place.at, word.zh) : null;
    let pinyin = correction?.pinyin ?? '';
    if (!pinyin && sentence && pinyinOf && word.place) pinyin = wordPinyin(correctPinyin(pinyinOf(sentence.text), sentence.text, sentence.start, word.place.witness, readings), sentence, word.place.at, word.zh);
    return { pinyin, correction, sentence };
  }, [doc, word, readings, pinyinOf]);
}

export function WordCard({ doc, glossary, word, readings, writer, close }: { doc: BuiltDocument; glossary: Glossary; word: CardWord; readings: readonly ReadingCorrection[] | undefined; writer: ReadingWriter | undefined; close: () => void }) {
  const entries = glossary.entries[word.zh];
  const here = useReadHere(doc, word, readings);
  const single = [...word.zh].length === 1;
  const learned = stemsOfWord(glossary, word.zh).learned;
  return (
    <>
      <p className="card-word" lang="zh">
        {word.zh}
        {here.pinyin && (
          <span className="card-here">
            {' '}
            <span className="card-pinyin">{here.pinyin}</span> {here.correction ? <span className="card-corrected">{here.correction.witness === undefined ? 'the teacher’s reading, everywhere' : 'the teacher’s reading here'}</span> : <span className="card-auto">in this sentence</span>}
          </span>
        )}
      </p>
      {entries && entries.length > 0 ? <Entries entries={single ? entriesByUse(entries) : entries.slice(0, WORD_ENTRIES)} glosses={single ? 2 : 6} compact={single} /> : <p className="card-none">Not in CC-CEDICT.</p>}
      {single && <OtherReadings character={word.zh} entries={entries ?? []} />}
      {!single && <CharacterReadings word={word.zh} glossary={glossary} />}
      {learned.length > 0 && <p className="card-learned">Often in the same rows as: {learned.join(', ')}</p>}
      {word.pinned && (
        <>
          <SaveWord doc={doc} word={word} entries={entries ?? []} here={here} />
          {writer && word.place && <ReadingCorrector doc={doc} word={word} place={word.place} entries={entries ?? []} readings={readings} writer={writer} />}
          <button type="button" className="card-close" aria-label="Close the dictionary card" onClick={close}>
            ×
          </button>
        </>
      )}
      <p className="card-credit">CC-CEDICT{single ? ' · pinyin-pro' : ''}</p>
    </>
  );
}

/** `compact`: a character's readings, one line each, so that all of them fit (和 has eight). */
function Entries({ entries, glosses, compact }: { entries: readonly GlossaryEntry[]; glosses: number; compact: boolean }) {
  return (
    <dl className={`card-entries${compact ? ' compact' : ''}`}>
      {entries.map((e, k) => (
        <div key={k}>
          <dt>
            <span className="card-pinyin">{numberedToMarks(e.pinyin)}</span>{' '}
            <span lang="zh-Hans">{e.simplified}</span>
            {e.traditional !== e.simplified && (
              <>
                {' '}
                <span lang="zh-Hant" title="traditional">
                  {e.traditional}
                </span>
              </>
            )}
          </dt>
          <dd>{e.glosses.slice(0, glosses).join('; ')}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Readings pinyin-pro knows for a character that CC-CEDICT gives no entry for (說 yuè, the classical 悅), once pinyin is loaded. */
function OtherReadings({ character, entries }: { character: string; entries: readonly GlossaryEntry[] }) {
  const readingsOf = useAids((s) => s.readingsOf);
  if (!readingsOf) return null;
  const known = new Set(entries.map((e) => numberedToMarks(e.pinyin).toLowerCase()));
  const others = readingsOf(character).filter((r) => !known.has(r.toLowerCase()));
  if (others.length === 0) return null;
  return <p className="card-other">Also read {others.join(', ')} (pinyin-pro; CC-CEDICT has no entry for {character} read so)</p>;
}

/** The readings of each character of a longer word (行 of 银行: háng, xíng …), from the glossary's character entries. */
function CharacterReadings({ word, glossary }: { word: string; glossary: Glossary }) {
  const characters = [...new Set(word)].filter((ch) => /\p{Script=Han}/u.test(ch));
  const parts = characters.map((ch) => ({ ch, readings: [...new Set((glossary.entries[ch] ?? []).map((e) => numberedToMarks(e.pinyin).toLowerCase()))] })).filter((p) => p.readings.length > 0);
  if (parts.length === 0) return null;
  return (
    <p className="card-characters">
      {parts.map((p, k) => (
        <span key={p.ch}>
          {k > 0 && ' · '}
          <span lang="zh">{p.ch}</span> {p.readings.join(', ')}
        </span>
      ))}
    </p>
  );
}
