'use client';

import { useMemo, useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import type { StructureChoice } from '@/lib/rulebooks/imports/rulebook-imports';
import { SectionTree } from './section-tree';
import { FOLD_ABOVE, matching, sectionTree, subtree } from './section-tree-model';
import { FormError } from '@/app/_components/form-error';

const sourceNote = {
  outline: "from the PDF's own outline",
  layout: 'from the headings on its pages',
  model: 'by the model',
} as const;

/** The rulebook's sections as a tree to choose from: ticking a chapter ticks what is in it. */
export function SectionPicker({ structure, onChoose }: { structure: StructureChoice; onChoose: (name: string, sectionIds: string[]) => Promise<void> }) {
  const tree = useMemo(() => sectionTree(structure.sections), [structure.sections]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(structure.sections.map((s) => s.id)));
  const [open, setOpen] = useState<Set<string>>(() =>
    structure.sections.length > FOLD_ABOVE ? new Set() : new Set(structure.sections.map((s) => s.id)),
  );
  const [query, setQuery] = useState('');
  const [name, setName] = useState(structure.title);
  const search = useMemo(() => matching(tree, query), [tree, query]);

  function choose(id: string, on: boolean) {
    const next = new Set(chosen);
    for (const each of subtree(tree, id)) (on ? next.add(each) : next.delete(each));
    setChosen(next);
  }

  function fold(id: string, unfold: boolean) {
    const next = new Set(open);
    if (unfold) next.add(id);
    else next.delete(id);
    setOpen(next);
  }

  const { busy, error, submit } = useSubmit(
    async () => {
      if (chosen.size === 0) throw new Error('Choose at least one section');
      if (!name.trim()) throw new Error('Give the rule system a name');
      await onChoose(name.trim(), [...chosen]);
    },
    { replacedOnSuccess: true },
  );

  const words = structure.sections.filter((s) => chosen.has(s.id)).reduce((n, s) => n + (s.words ?? 0), 0);
  return (
    <form className="section-picker" onSubmit={submit} data-testid="section-picker">
      <h2>Choose what to import</h2>
      <p className="muted">
        {structure.pageCount} pages; {structure.sections.length} sections found {sourceNote[structure.source]}.
      </p>
      <div className="picker-actions">
        <input
          type="search"
          className="section-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Find a section, e.g. grappling"
          aria-label="Find a section"
          data-testid="section-search"
        />
        <button type="button" className="link-button" onClick={() => setChosen(new Set(structure.sections.map((s) => s.id)))}>
          All
        </button>
        <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
          None
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(new Set())} disabled={search !== null}>
          Fold all
        </button>
      </div>
      {search && (
        <p className="muted" role="status" data-testid="section-matches">
          {search.matches === 0 ? `No section is called anything like “${query.trim()}”.` : `${search.matches} ${search.matches === 1 ? 'section matches' : 'sections match'}.`}
        </p>
      )}
      <SectionTree tree={tree} chosen={chosen} open={open} shown={search?.shown ?? null} onChoose={choose} onOnly={(id) => setChosen(new Set(subtree(tree, id)))} onFold={fold} />
      <label className="field">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} data-testid="rule-system-name" />
      </label>
      <button className="button" type="submit" disabled={busy || chosen.size === 0} data-testid="import-selected">
        Import {chosen.size} {chosen.size === 1 ? 'section' : 'sections'} ({words.toLocaleString('en')} words)
      </button>
      <FormError message={error} />
    </form>
  );
}
