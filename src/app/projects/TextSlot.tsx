/**
 * One text being brought: drop a file, choose one, or paste; then what was read — the encoding
 * (detected, and a choice to read it otherwise), the language found against the one expected,
 * and the text's beginning, shown as text (never as markup).
 */
import { useId, useRef, useState, type DragEvent } from 'react';
import { ENCODINGS } from '../../core/text/decode-text.ts';
import type { ChineseScript } from '../../core/text/script.ts';
import { megabytes, slotProblem, type SlotContent, type SlotRole } from './text-slot.ts';

interface TextSlotProps {
  readonly role: SlotRole;
  readonly content: SlotContent;
  readonly onFiles: (files: File[]) => void;
  readonly onPaste: (text: string) => void;
  readonly onEncoding: (encoding: string) => void;
  /** The user's word on a Chinese text's script (null: as found). */
  readonly onScript: (script: ChineseScript | null) => void;
  readonly onClear: () => void;
  /** Whether places follow this one (several files chosen here fill them in order). */
  readonly placesAfter: boolean;
}

const ENCODING_NAMES: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030 (GBK, GB2312)',
  gbk: 'GBK',
  big5: 'Big5',
  'windows-1252': 'Windows-1252',
};

const PREVIEW_CHARACTERS = 240;

export function TextSlot({ role, content, onFiles, onPaste, onEncoding, onScript, onClear, placesAfter }: TextSlotProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [pasting, setPasting] = useState('');
  const problem = content.status === 'empty' ? null : slotProblem(content, role);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <section className={`text-slot${over ? ' drag-over' : ''}`} aria-labelledby={`${id}-title`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
      <h3 id={`${id}-title`}>{role.label}</h3>
      {content.status === 'empty' && (
        <div className="slot-choose">
          <p>
            Drop a file here, or{' '}
            <button type="button" onClick={() => input.current?.click()}>
              choose a file…
            </button>
            {placesAfter && ' (several at once fill this and the next places)'}
          </p>
          <input
            ref={input}
            type="file"
            multiple
            className="sr-only"
            aria-label={`File for the ${role.label.toLowerCase()}`}
            accept=".txt,.text,.md,text/plain"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length > 0) onFiles(files);
            }}
          />
          <label className="paste">
            <span>or paste it</span>
            <textarea value={pasting} rows={3} lang={role.lang === 'zh' ? 'zh' : 'en'} onChange={(e) => setPasting(e.target.value)} />
          </label>
          <button type="button" disabled={pasting.trim() === ''} onClick={() => onPaste(pasting)}>
            Use the pasted text
          </button>
        </div>
      )}
      {content.status === 'reading' && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Reading {content.name}…
        </p>
      )}
      {content.status === 'ready' && (
        <div className="slot-read">
          <p className="slot-file">
            <strong>{content.name}</strong> · {content.pasted ? 'pasted' : megabytes(content.size)} · {content.text.length.toLocaleString('en')} characters
          </p>
          {!content.pasted && (
            <label className="slot-encoding">
              Encoding{' '}
              <select value={content.encoding} onChange={(e) => onEncoding(e.target.value)}>
                {ENCODINGS.map((e) => (
                  <option key={e} value={e}>
                    {ENCODING_NAMES[e] ?? e}
                    {e === content.detectedEncoding ? ' (detected)' : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!content.pasted && content.encoding !== 'utf-8' && <p className="slot-encoding-reason">Read as {content.encodingReason}</p>}
          {content.warnings.length > 0 && (
            <div className="slot-warnings" role="alert">
              <p>Some bytes did not decode; they show as � in the text:</p>
              <ul>
                {content.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          {role.lang === 'zh' && (
            <label className="slot-script">
              Script{' '}
              <select value={content.scriptChosen ?? 'found'} onChange={(e) => onScript(e.target.value === 'found' ? null : (e.target.value as ChineseScript))}>
                <option value="found">{SCRIPT_NAMES[content.script]} (found)</option>
                {(['hans', 'hant', 'mixed'] as const).map((s) => (
                  <option key={s} value={s}>
                    {SCRIPT_NAMES[s]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p className="slot-language">
            Language: {languageFound(content.han, content.latin, content.kana)} (expected {role.lang === 'zh' ? 'Chinese' : 'English'}){problem === null ? ' ✓' : ''}
          </p>
          <p className="slot-preview" lang={role.lang === 'zh' ? 'zh' : 'en'}>
            {content.text.slice(0, PREVIEW_CHARACTERS)}
            {content.text.length > PREVIEW_CHARACTERS ? '…' : ''}
          </p>
        </div>
      )}
      {problem && (
        <p className="slot-problem" role="alert">
          {problem}
        </p>
      )}
      {content.status === 'refused' && content.undecodable && (
        <label className="slot-encoding">
          Read it as{' '}
          <select value="" onChange={(e) => e.target.value && onEncoding(e.target.value)}>
            <option value="">choose an encoding…</option>
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {ENCODING_NAMES[e] ?? e}
              </option>
            ))}
          </select>
        </label>
      )}
      {content.status !== 'empty' && content.status !== 'reading' && (
        <button type="button" className="slot-clear" onClick={onClear}>
          Remove {content.name}
        </button>
      )}
    </section>
  );
}

function languageFound(han: number, latin: number, kana: number): string {
  const percent = (x: number) => `${Math.round(x * 100)}%`;
  if (kana > 0.1) return `Japanese (${percent(kana)} kana)`;
  if (han >= 0.5) return `Chinese (${percent(han)} Han characters)`;
  if (han <= 0.3 && latin >= 0.5) return `English or another Latin-script language (${percent(latin)} Latin letters)`;
  return `unclear (${percent(han)} Han characters, ${percent(latin)} Latin letters)`;
}

/** How a script is named on the page; it decides which differences are of script only. */
const SCRIPT_NAMES: Readonly<Record<ChineseScript, string>> = { hans: 'simplified', hant: 'traditional', mixed: 'mixed' };
