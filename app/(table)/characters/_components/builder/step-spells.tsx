import { toggled } from './builder-state';
import { SpellChoices } from './spell-choices';
import type { StepProps } from './step-props';

/** Cantrips and first-level spells, known or prepared as the class does it, in the numbers its table and scores allow. */
export function StepSpells({ options, draft, update, preview }: StepProps) {
  const cls = options.classes.find((c) => c.id === draft.class.id);
  const counts = preview?.spells;
  if (!cls?.spellcasting) return <p className="muted">A level 1 {cls?.name ?? 'character of this class'} casts no spells; go on.</p>;
  if (!counts) return <p className="muted">Working out how many spells you may choose…</p>;
  const always = cls.subclasses?.find((s) => s.id === draft.class.subclass)?.alwaysPrepared ?? [];
  const spells = draft.spells;
  const set = (change: Partial<typeof spells>) => update((d) => ({ ...d, spells: { ...d.spells, ...change } }));
  const pool = cls.spells.filter((s) => !always.some((a) => a.id === s.id));
  const { preparation } = cls.spellcasting;

  return (
    <>
      {counts.cantrips > 0 && (
        <SpellChoices legend="Cantrips" spells={cls.cantrips} chosen={spells.cantrips} max={counts.cantrips} onToggle={(id) => set({ cantrips: toggled(spells.cantrips, id, counts.cantrips) })} testId="cantrips" />
      )}
      {preparation === 'known' && (
        <SpellChoices legend="Spells known" spells={pool} chosen={spells.known} max={counts.known ?? 0} onToggle={(id) => set({ known: toggled(spells.known, id, counts.known ?? 0) })} testId="spells-known" />
      )}
      {preparation === 'spellbook' && (
        <>
          <SpellChoices
            legend="Spellbook"
            spells={pool}
            chosen={spells.known}
            max={counts.spellbook ?? 0}
            onToggle={(id) => set({ known: toggled(spells.known, id, counts.spellbook ?? 0), prepared: spells.prepared.filter((p) => p !== id) })}
            testId="spellbook"
          />
          <SpellChoices
            legend="Prepared today (from the spellbook)"
            spells={pool.filter((s) => spells.known.includes(s.id))}
            chosen={spells.prepared}
            max={counts.prepared ?? 0}
            onToggle={(id) => set({ prepared: toggled(spells.prepared, id, counts.prepared ?? 0) })}
            testId="prepared"
          />
        </>
      )}
      {preparation === 'prepared' && (
        <SpellChoices
          legend="Prepared today"
          spells={pool}
          given={always}
          chosen={spells.prepared}
          max={counts.prepared ?? 0}
          onToggle={(id) => set({ prepared: toggled(spells.prepared, id, counts.prepared ?? 0) })}
          testId="prepared"
        />
      )}
    </>
  );
}
