/**
 * Bringing your own texts: a Chinese text and its English translation, or two Chinese texts (and
 * an optional English). Files are read and decoded in the worker; aligning runs there too, with a
 * progress bar, and the project opens in the reader when it is done. A saved project's own JSON
 * file can be opened here as well.
 */
import { useEffect, useRef, useState } from 'react';
import { detectLanguage } from '../../core/text/decode-text.ts';
import { inputShapeProblem, type ProjectInput } from '../../core/project/project.ts';
import { MAX_TEXT_BYTES, megabytes } from '../../core/limits.ts';
import { useProjectStore, useProjectStoreApi } from '../store/use-project-store.ts';
import type { JobProgress } from '../workers/project-worker-client.ts';
import { fileProblem, readySlot, slotProblem, slotRoles, type ImportMode, type SlotContent } from './text-slot.ts';
import { TextSlot } from './TextSlot.tsx';

const EMPTY: SlotContent = { status: 'empty' };

export function ImportView({ onOpened }: { onOpened: (id: string) => void }) {
  const store = useProjectStoreApi();
  const job = useProjectStore((s) => s.job);
  const notice = useProjectStore((s) => s.notice);
  const [mode, setMode] = useState<ImportMode>('zh-en');
  const [slots, setSlots] = useState<SlotContent[]>([EMPTY, EMPTY, EMPTY, EMPTY, EMPTY]);
  const [name, setName] = useState('');
  /** Which slot holds the base text the other Chinese texts are compared with. */
  const [baseSlot, setBaseSlot] = useState(0);
  const files = useRef<(File | null)[]>([null, null, null, null, null]);
  /** The encoding detected for each slot's file, kept when the user reads it another way. */
  const detected = useRef<(string | null)[]>([null, null, null, null, null]);
  const mounted = useRef(true);
  const roles = slotRoles(mode);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);

  const setSlot = (k: number, content: SlotContent) => setSlots((all) => all.map((c, i) => (i === k ? content : c)));

  const read = async (k: number, file: File, encoding?: string) => {
    files.current[k] = file;
    const problem = fileProblem(file);
    if (problem) return setSlot(k, { status: 'refused', name: file.name, reason: problem });
    setSlot(k, { status: 'reading', name: file.name });
    try {
      const decoded = await store.getState().decode(file.name, await file.arrayBuffer(), encoding);
      // a file replaced or a page left while it was read is not shown
      if (files.current[k] !== file || !mounted.current) return;
      if (encoding === undefined) detected.current[k] = decoded.encoding;
      const detectedEncoding = detected.current[k] ?? decoded.encoding;
      setSlot(k, readySlot({ name: file.name, size: file.size, text: decoded.text, encoding: decoded.encoding, detectedEncoding, encodingReason: decoded.reason, warnings: decoded.warnings, han: decoded.detected.han, latin: decoded.detected.latin, kana: decoded.detected.kana, pasted: false }));
      if (k === 0) setName((current) => current || file.name.replace(/\.[^.]+$/, ''));
    } catch (error) {
      const undecodable = (error as { readonly kind?: string }).kind === 'undecodable';
      if (files.current[k] === file) setSlot(k, { status: 'refused', name: file.name, reason: (error as Error).message, ...(undecodable ? { undecodable } : {}) });
    }
  };

  // several files dropped on one slot fill it and the slots after it
  const onFiles = (k: number, chosen: File[]) => chosen.slice(0, roles.length - k).forEach((file, i) => void read(k + i, file));

  const onPaste = (k: number, text: string) => {
    files.current[k] = null;
    const found = detectLanguage(text);
    setSlot(k, readySlot({ name: `Pasted ${roles[k]!.label.toLowerCase()}`, size: text.length, text, encoding: 'pasted', detectedEncoding: 'pasted', encodingReason: 'pasted', warnings: [], han: found.han, latin: found.latin, kana: found.kana, pasted: true }));
  };

  const chosen = roles.map((role, k) => ({ role, content: slots[k]! })).filter(({ content }) => content.status !== 'empty');
  const problems = roles.map((role, k) => slotProblem(slots[k]!, role)).filter((p): p is string => p !== null);
  const inputs: ProjectInput[] = chosen.flatMap(({ role, content }) => (content.status === 'ready' ? [{ text: content.text, lang: role.lang, fileName: content.name, encoding: content.encoding, ...(role.lang === 'zh' && content.scriptChosen ? { script: content.scriptChosen } : {}) }] : []));
  const chineseSlots = roles.flatMap((role, k) => (role.lang === 'zh' && slots[k]!.status === 'ready' ? [k] : []));
  // the base as an index among the Chinese texts given (the first when its slot is empty)
  const base = Math.max(0, chineseSlots.indexOf(baseSlot));
  const shape = problems.length === 0 ? inputShapeProblem(inputs.map((t) => t.lang)) : null;
  const running = job.status === 'running';
  const canAlign = problems.length === 0 && shape === null && !running;

  const align = async () => {
    const id = await store.getState().createProject(inputs, name.trim() || inputs[0]!.fileName, base);
    if (id) onOpened(id);
  };

  return (
    <div className="import">
      <h2>Bring your own texts</h2>
      <p className="lede">Files stay in this browser: they are read, aligned and saved here, and sent nowhere.</p>
      <fieldset className="import-mode">
        <legend>What you have</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'zh-en'} onChange={() => setMode('zh-en')} /> A Chinese text and its English translation
        </label>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'zh-zh'} onChange={() => setMode('zh-zh')} /> Two to four Chinese texts of one work (and, if you have it, the English)
        </label>
      </fieldset>
      <div className={`slots slots-${roles.length}`}>
        {roles.map((role, k) => (
          <TextSlot
            key={`${mode}-${k}`}
            role={role}
            content={slots[k]!}
            placesAfter={k < roles.length - 1}
            onFiles={(f) => onFiles(k, f)}
            onPaste={(t) => onPaste(k, t)}
            onEncoding={(e) => files.current[k] && void read(k, files.current[k], e)}
            onScript={(script) => setSlots((all) => all.map((c, i) => (i === k && c.status === 'ready' ? { ...c, scriptChosen: script } : c)))}
            onClear={() => {
              files.current[k] = null;
              setSlot(k, EMPTY);
            }}
          />
        ))}
      </div>
      {chineseSlots.length > 1 && (
        <p className="import-base">
          <label>
            Base text{' '}
            <select value={chineseSlots[base]} onChange={(e) => setBaseSlot(Number(e.target.value))}>
              {chineseSlots.map((k) => {
                const slot = slots[k]!;
                return (
                  <option key={k} value={k}>
                    {slot.status === 'ready' ? slot.name : roles[k]!.label}
                  </option>
                );
              })}
            </select>
          </label>{' '}
          <span className="hint">the other Chinese texts are compared with it; you can change it in the reader</span>
        </p>
      )}
      <div className="import-go">
        <label>
          Name{' '}
          <input type="text" value={name} placeholder="Untitled" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" className="primary" disabled={!canAlign} onClick={() => void align()}>
          Align the texts
        </button>
        {shape && chosen.length > 1 && <span className="import-problem">{shape}</span>}
      </div>
      {running && <JobProgressBar progress={job.progress} />}
      {job.status === 'error' && (
        <p className="status-error" role="alert">
          Aligning failed: {job.message}
        </p>
      )}
      <ProjectFileOpener onOpened={onOpened} notice={notice} />
    </div>
  );
}

const STAGES: Readonly<Record<JobProgress['stage'], string>> = {
  dictionary: 'Loading the dictionary',
  segmenting: 'Reading the sentences',
  aligning: 'Aligning',
  comparing: 'Comparing the Chinese texts',
};

function JobProgressBar({ progress }: { progress: JobProgress }) {
  const percent = Math.round(progress.fraction * 100);
  return (
    <div className="job-progress">
      <progress max={100} value={percent} aria-label="Aligning the texts" aria-valuetext={`${STAGES[progress.stage]}, ${percent}%`} />
      <span role="status">
        {STAGES[progress.stage]}… {percent}%
      </span>
    </div>
  );
}

/**
 * Each file opened as a project of its own, in turn; the last one opened is shown. One file's
 * problem is its own: the others are still opened, and the notice names each that was not.
 */
async function importFiles(store: ReturnType<typeof useProjectStoreApi>, files: readonly File[]): Promise<string | null> {
  let last: string | null = null;
  const opened: string[] = [];
  const refused: string[] = [];
  /** What was read with doubt (bytes read as U+FFFD), said even when the file opened. */
  const doubts: string[] = [];
  for (const file of files) {
    // a project or an aligned file holds two texts or more, each up to the limit; a larger one is not read at all
    if (file.size > 4 * MAX_TEXT_BYTES) {
      refused.push(`${file.name}: too large (${megabytes(file.size)}); a project or aligned file can be at most ${megabytes(4 * MAX_TEXT_BYTES)}`);
      continue;
    }
    // decoded as the texts are (a TSV from a spreadsheet may be GB18030 or UTF-16), bad bytes named
    let text: string;
    try {
      const decoded = await store.getState().decode(file.name, await file.arrayBuffer());
      text = decoded.text.replace(/^\uFEFF/, '');
      if (decoded.warnings.length > 0) doubts.push(`${file.name}: ${decoded.warnings.join('; ')}.`);
    } catch (error) {
      refused.push((error as Error).message);
      continue;
    }
    const id = await store.getState().importProjectFile(text, file.name);
    if (id) {
      last = id;
      opened.push(file.name);
    } else refused.push(store.getState().notice ?? `${file.name}: not opened`);
  }
  if (files.length === 1 && opened.length === 0) store.setState({ notice: refused[0] ?? null });
  else if (files.length > 1) {
    const said = [opened.length > 0 ? `Opened ${opened.length} of ${files.length} files as projects: ${opened.join(', ')}.` : `None of the ${files.length} files was opened.`, ...refused];
    store.setState({ notice: opened.length === files.length ? said[0]! : said.join(' ') });
  }
  if (opened.length > 0 && doubts.length > 0) store.setState({ notice: [store.getState().notice, ...doubts].filter(Boolean).join(' ') });
  return last;
}

function ProjectFileOpener({ onOpened, notice }: { onOpened: (id: string) => void; notice: string | null }) {
  const store = useProjectStoreApi();
  return (
    <section className="project-file">
      <h3>Open a project file, or what another tool aligned</h3>
      <p>A project exported from Duizhao (its own JSON), with its corrections and history; or an aligned TMX 1.4 file or a TSV of two or three columns (from a CAT tool, or exported here), opened as a project with its rows as given, to correct and confirm.</p>
      <label>
        Project file (JSON, TMX or TSV){' '}
        <input
          type="file"
          multiple
          accept=".json,application/json,.tmx,.tsv,.tab,.txt,text/tab-separated-values"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(store, files).then((id) => id && onOpened(id));
          }}
        />
      </label>
      {notice && (
        <p className="status-error" role="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
