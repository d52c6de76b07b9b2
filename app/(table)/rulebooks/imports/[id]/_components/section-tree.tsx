'use client';

import type { SectionChoice } from '@/lib/rulebooks/imports/rulebook-imports';
import { choiceOf, type SectionTree as Tree } from './section-tree-model';

function pages(s: SectionChoice): string {
  return s.pageStart === s.pageEnd ? `p. ${s.pageStart}` : `pp. ${s.pageStart}–${s.pageEnd}`;
}

export type SectionTreeProps = {
  tree: Tree;
  chosen: ReadonlySet<string>;
  /** Folded sections stay folded; a search unfolds what it shows without forgetting them. */
  open: ReadonlySet<string>;
  /** What a search shows, or null for the whole book. */
  shown: ReadonlySet<string> | null;
  onChoose: (id: string, on: boolean) => void;
  onOnly: (id: string) => void;
  onFold: (id: string, open: boolean) => void;
};

/** The rulebook's chapters as a tree: each folds, ticks with all it holds, or is chosen alone in one click. */
export function SectionTree(props: SectionTreeProps) {
  return <Branch {...props} parent={null} />;
}

function Branch(props: SectionTreeProps & { parent: string | null }) {
  const { tree, shown, parent } = props;
  const sections = (tree.children.get(parent) ?? []).filter((s) => !shown || shown.has(s.id));
  if (sections.length === 0) return null;
  return (
    <ul className="section-list" role={parent === null ? 'tree' : 'group'} aria-label={parent === null ? 'Sections' : undefined}>
      {sections.map((s) => (
        <Node key={s.id} {...props} section={s} />
      ))}
    </ul>
  );
}

function Node(props: SectionTreeProps & { section: SectionChoice }) {
  const { tree, chosen, open, shown, section: s, onChoose, onOnly, onFold } = props;
  const hasChildren = tree.children.has(s.id);
  const unfolded = hasChildren && (shown !== null || open.has(s.id));
  const state = choiceOf(tree, chosen, s.id);
  return (
    <li role="treeitem" aria-expanded={hasChildren ? unfolded : undefined} aria-selected={state === 'all'}>
      <div className="section-row">
        {hasChildren ? (
          <button
            type="button"
            className="fold"
            aria-label={`${unfolded ? 'Fold' : 'Unfold'} ${s.title}`}
            aria-expanded={unfolded}
            disabled={shown !== null}
            onClick={() => onFold(s.id, !unfolded)}
            data-testid={`section-fold-${s.id}`}
          >
            {unfolded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="fold" aria-hidden="true" />
        )}
        <label className="section-choice" data-testid="section-choice" data-kind={s.kind}>
          <input
            type="checkbox"
            checked={state === 'all'}
            ref={(box) => {
              if (box) box.indeterminate = state === 'some';
            }}
            onChange={(e) => onChoose(s.id, e.target.checked)}
            data-testid={`section-${s.id}`}
          />
          <span className="section-title">{s.title}</span>
          {s.kind !== 'section' && <span className="tag">{s.kind}</span>}
          <span className="muted">
            {pages(s)}
            {s.words !== undefined && ` · ${(tree.words.get(s.id) ?? 0).toLocaleString('en')} words`}
          </span>
        </label>
        {(hasChildren || s.kind === 'chapter') && (
          <button type="button" className="link-button only" onClick={() => onOnly(s.id)} data-testid={`section-only-${s.id}`}>
            only this
          </button>
        )}
      </div>
      {unfolded && <Branch {...props} parent={s.id} />}
    </li>
  );
}
