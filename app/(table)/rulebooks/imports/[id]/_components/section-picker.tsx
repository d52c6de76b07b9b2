'use client';

import { useMemo, useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import type { SectionChoice, StructureChoice } from '@/lib/rulebooks/imports/rulebook-imports';

const sourceNote = {
  outline: "from the PDF's own outline",
  layout: 'from the headings on its pages',
  model: 'by the model',
} as const;

function pages(s: SectionChoice): string {
  return s.pageStart === s.pageEnd ? `p. ${s.pageStart}` : `pp. ${s.pageStart}–${s.pageEnd}`;
}

/** The rulebook's sections as a checklist: ticking a chapter ticks what is in it. */
export function SectionPicker({ structure, onChoose }: { structure: StructureChoice; onChoose: (name: string, sectionIds: string[]) => Promise<void> }) {
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(structure.sections.map((s) => s.id)));
  const [name, setName] = useState(structure.title);
  const children = useMemo(() => {
    const byParent = new Map<string | null, SectionChoice[]>();
    for (const s of structure.sections) byParent.set(s.parentId, [...(byParent.get(s.parentId) ?? []), s]);
    return byParent;
  }, [structure.sections]);

  function descendants(id: string): string[] {
    return (children.get(id) ?? []).flatMap((c) => [c.id, ...descendants(c.id)]);
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    for (const each of [id, ...descendants(id)]) (on ? next.add(each) : next.delete(each));
    setChosen(next);
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
  const render = (parent: string | null) => (
    <ul className="section-list">
      {(children.get(parent) ?? []).map((s) => (
        <li key={s.id}>
          <label className="section-choice" data-testid="section-choice" data-kind={s.kind}>
            <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} data-testid={`section-${s.id}`} />
            <span className="section-title">{s.title}</span>
            {s.kind !== 'section' && <span className="tag">{s.kind}</span>}
            <span className="muted">
              {pages(s)}{s.words !== undefined && ` · ${s.words} words`}
            </span>
          </label>
          {children.has(s.id) && render(s.id)}
        </li>
      ))}
    </ul>
  );

  return (
    <form className="section-picker" onSubmit={submit} data-testid="section-picker">
      <h2>Choose what to import</h2>
      <p className="muted">
        {structure.pageCount} pages; {structure.sections.length} sections found {sourceNote[structure.source]}.
      </p>
      <div className="picker-actions">
        <button type="button" className="link-button" onClick={() => setChosen(new Set(structure.sections.map((s) => s.id)))}>
          All
        </button>
        <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
          None
        </button>
      </div>
      {render(null)}
      <label className="field">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} data-testid="rule-system-name" />
      </label>
      <button className="button" type="submit" disabled={busy || chosen.size === 0} data-testid="import-selected">
        Import {chosen.size} sections ({words.toLocaleString('en')} words)
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
