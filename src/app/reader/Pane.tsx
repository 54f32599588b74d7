/**
 * One witness's pane: its own scroll container (`data-pane`, `lang`, labelled with the witness),
 * a title, and the blocks the viewport says are in or near view, between two spacers that stand
 * for the rest.
 */
import { memo, type ReactNode } from 'react';
import type { Layout } from '../../core/reader/view-state.ts';
import type { BlockWindow } from './pane-viewport.ts';
import type { PaneBlock } from '../../core/reader/pane-blocks.ts';
import { FlowBlock, InterlinearBlock, RowBlock, type PaneContext } from './blocks.tsx';
import { paneLang } from './witness-lang.ts';

interface PaneProps {
  readonly context: PaneContext;
  readonly layout: Layout;
  readonly blocks: readonly PaneBlock[];
  readonly window: BlockWindow;
  readonly refs: {
    readonly pane: (element: HTMLElement | null) => void;
    readonly body: (element: HTMLElement | null) => void;
    readonly before: (element: HTMLElement | null) => void;
    readonly after: (element: HTMLElement | null) => void;
  };
}

export const Pane = memo(function Pane({ context, layout, blocks, window, refs }: PaneProps) {
  const { witness } = context;
  const rendered = [];
  for (let i = window.start; i < window.end; i++) {
    rendered.push(layout === 'rows' ? <RowBlock key={i} context={context} row={i} /> : <FlowBlock key={i} context={context} block={blocks[i]!} index={i} />);
  }
  return (
    <section className="pane" data-pane={witness.id} lang={paneLang(witness)} aria-label={witness.label} tabIndex={0} ref={refs.pane}>
      <h3 className="pane-title" lang="en" title={witness.label}>
        {/* first, so that a narrow pane's title, cut short, still says it */}
        {context.doc.variants?.a === witness.id && (
          <span className="pane-base" title="The base text: the other Chinese texts are compared with it">
            base
          </span>
        )}
        <bdi className="pane-label">{witness.label}</bdi>
        {witness.lang === 'zh' && (
          <span className="pane-script" title="The script found in this text; it decides which differences are of script only">
            {' '}
            · {SCRIPT_NAMES[witness.script]}
          </span>
        )}
      </h3>
      <PaneBody refs={refs}>{rendered}</PaneBody>
    </section>
  );
});

/** A pane's blocks between the two spacers that stand for the blocks not rendered. */
function PaneBody({ refs, children }: { refs: PaneProps['refs']; children: ReactNode }) {
  return (
    <div className="pane-body" ref={refs.body}>
      <div className="spacer" aria-hidden="true" ref={refs.before} />
      {children}
      <div className="spacer" aria-hidden="true" ref={refs.after} />
    </div>
  );
}

/**
 * The interlinear layout: one column, one scroll container, each row holding every shown
 * witness's text of it in turn. The viewport treats it as one aligned pane (`id`, the first
 * witness's), measuring each row whole.
 */
export const InterlinearPane = memo(function InterlinearPane({ contexts, window, refs }: { contexts: readonly PaneContext[]; window: BlockWindow; refs: PaneProps['refs'] }) {
  const rendered = [];
  for (let i = window.start; i < window.end; i++) rendered.push(<InterlinearBlock key={i} contexts={contexts} row={i} />);
  const label = contexts.map((c) => c.witness.label).join(', ');
  return (
    <section className="pane interlinear" data-pane="interlinear" aria-label={`Interlinear: ${label}`} tabIndex={0} ref={refs.pane}>
      <h3 className="pane-title" lang="en" title={label}>
        {contexts.map((c, k) => (
          <span key={c.witness.id} className="interlinear-title" data-witness={c.witness.id}>
            {k > 0 ? ' · ' : ''}
            <bdi>{c.witness.label}</bdi>
          </span>
        ))}
      </h3>
      <PaneBody refs={refs}>{rendered}</PaneBody>
    </section>
  );
});

const SCRIPT_NAMES: Readonly<Record<string, string>> = { hans: 'simplified', hant: 'traditional', mixed: 'mixed script', latn: 'Latin' };
