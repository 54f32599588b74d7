/**
 * Naming a project's texts: one field per text, its label as the panes' headings, the exports and
 * the handout show it. Saved as one change (undone as one); an empty or too long name is refused
 * with the reason, and the fields stay as typed.
 */
import { useId, useState } from 'react';
import type { Project } from '../../core/project/project.ts';
import { renameTexts } from '../../core/project/table-operations.ts';
import { labelProblem, MAX_LABEL_LENGTH } from '../../core/project/witness-label.ts';
import { useProjectStoreApi } from '../store/use-project-store.ts';

export function TextNames({ project, onDone }: { project: Project; onDone: () => void }) {
  const projects = useProjectStoreApi();
  const id = useId();
  const [names, setNames] = useState(() => project.witnesses.map((w) => w.label));
  const problems = names.map(labelProblem);
  const save = () => {
    if (problems.some((p) => p !== null)) return;
    const unchanged = names.every((name, w) => name.trim() === project.witnesses[w]!.label);
    if (unchanged || projects.getState().edit((state) => renameTexts(state, names))) onDone();
  };
  return (
    <form
      className="text-names"
      aria-label="Names of the texts"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {project.witnesses.map((w, k) => (
        <label key={w.id} className="text-name">
          <span className="text-name-file" title={w.sourceFile}>
            {w.lang === 'zh' ? 'Chinese' : 'English'} text from <bdi>{w.sourceFile}</bdi>
          </span>
          <input
            type="text"
            value={names[k]}
            maxLength={MAX_LABEL_LENGTH * 2}
            aria-label={`Name of the text from ${w.sourceFile}`}
            aria-invalid={problems[k] !== null}
            aria-describedby={problems[k] ? `${id}-${k}` : undefined}
            onChange={(e) => setNames(names.map((n, j) => (j === k ? e.target.value : n)))}
          />
          {problems[k] && (
            <span id={`${id}-${k}`} className="text-name-problem" role="alert">
              {problems[k]}
            </span>
          )}
        </label>
      ))}
      <div className="text-names-actions">
        <button type="submit" className="primary" disabled={problems.some((p) => p !== null)}>
          Save names
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
