/**
 * Export a project: TMX 1.4b, TSV (a pair of its texts, row by row) or the project's own JSON
 * (everything: texts, table, confirmations, history), downloaded as a file.
 */
import { useState } from 'react';
import { pairTsv, toTmx, type PairSide } from '../../core/export/pair-export.ts';
import { tableRows } from '../../core/export/table-rows.ts';
import { projectDocument, type Project } from '../../core/project/project.ts';
import { projectToJson } from '../../core/project/project-file.ts';
import { fileBase, saveFile } from '../files/save-file.ts';
import { viewStateQuery } from '../../core/reader/view-state.ts';
import { lessonOfReader } from '../reader/lesson-views.ts';
import { currentTextSize } from '../reader/text-size.ts';
import type { ReaderState } from '../store/reader-store.ts';
import { useReaderStoreApi } from '../store/use-reader-store.ts';
// only the version is bundled: Vite imports a JSON file's fields one by one
import { version as TOOL_VERSION } from '../../../package.json';


/** The lesson's view of the project shown, for the project file (so whoever opens it sees the texts as set up here). */
function lessonQuery(state: ReaderState, projectId: string): string | undefined {
  const shown = lessonOfReader(state, currentTextSize());
  return shown?.key.kind === 'project' && shown.key.id === projectId ? viewStateQuery(shown.lesson) || undefined : undefined;
}

export function ExportMenu({ project }: { project: Project }) {
  const reader = useReaderStoreApi();
  const pairs = pairsOf(project);
  const [pair, setPair] = useState(0);
  const [a, b] = pairs[Math.min(pair, pairs.length - 1)]!;
  const base = fileBase(project.name);
  const download = (format: 'tmx' | 'tsv' | 'json') => {
    const doc = projectDocument(project);
    const side = (w: number): PairSide => ({ id: project.witnesses[w]!.id, lang: project.witnesses[w]!.lang, script: project.witnesses[w]!.script, label: project.witnesses[w]!.label });
    const sides = [side(a), side(b)] as const;
    const rows = tableRows(doc, a, b);
    const body = format === 'json' ? projectToJson(project, lessonQuery(reader.getState(), project.id)) : format === 'tmx' ? toTmx(rows, sides[0], sides[1], { toolVersion: TOOL_VERSION }) : pairTsv(rows, sides[0], sides[1]);
    const type = format === 'json' ? 'application/json' : format === 'tmx' ? 'application/x-tmx+xml' : 'text/tab-separated-values';
    const suffix = format === 'json' ? '.duizhao.json' : `.${sides[0].id}-${sides[1].id}.${format}`;
    saveFile(`${base}${suffix}`, new Blob([body], { type: `${type};charset=utf-8` }));
  };
  return (
    <span className="export" role="group" aria-label="Export">
      Export{' '}
      {pairs.length > 1 && (
        <select aria-label="Texts to export" value={pair} onChange={(e) => setPair(Number(e.target.value))}>
          {pairs.map(([x, y], k) => (
            <option key={k} value={k}>
              {project.witnesses[x]!.label} + {project.witnesses[y]!.label}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={() => download('tmx')}>
        TMX
      </button>
      <button type="button" onClick={() => download('tsv')}>
        TSV
      </button>
      <button type="button" onClick={() => download('json')} title="The whole project, to open again here or elsewhere">
        Project JSON
      </button>
    </span>
  );
}

/** The pairs of texts a TMX or TSV can hold: each Chinese text with the English, then each two Chinese. */
function pairsOf(project: Project): [number, number][] {
  const zh = project.witnesses.flatMap((w, i) => (w.lang === 'zh' ? [i] : []));
  const en = project.witnesses.findIndex((w) => w.lang === 'en');
  const pairs: [number, number][] = en >= 0 ? zh.map((z) => [z, en] as [number, number]) : [];
  for (const [k, x] of zh.entries()) for (const y of zh.slice(k + 1)) pairs.push([x, y]);
  return pairs;
}
