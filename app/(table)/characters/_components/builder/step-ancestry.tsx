import type { Ability } from '@/lib/rules/abilities';
import { toggled } from './builder-state';
import { ChoiceGroup } from './choice-group';
import type { StepProps } from './step-props';

/** Ancestry and subrace, with the choices some bring: a dragon's colour, a half-elf's increases and skills, a high elf's cantrip. */
export function StepAncestry({ options, draft, update }: StepProps) {
  const ancestry = options.ancestries.find((a) => a.id === draft.ancestry.id);
  const variant = ancestry?.variants.find((v) => v.subrace === draft.ancestry.subrace) ?? ancestry?.variants[0];
  const set = (patch: Partial<typeof draft.ancestry>) => update((d) => ({ ...d, ancestry: { ...d.ancestry, ...patch } }));

  return (
    <>
      <fieldset className="card-choices" data-testid="ancestries">
        <legend>Ancestry</legend>
        {options.ancestries.map((a) => (
          <label key={a.id} className={`card-choice${a.id === draft.ancestry.id ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="ancestry"
              checked={a.id === draft.ancestry.id}
              onChange={() => set({ id: a.id, subrace: a.variants[0]!.subrace, draconicAncestry: null, abilityChoices: [], skills: [], cantrip: null })}
              data-testid={`ancestry-${a.id}`}
            />
            <strong>{a.name}</strong>
            <span className="muted">{a.variants.map((v) => v.bonuses).join(' · ')} · speed {a.speed} ft</span>
          </label>
        ))}
      </fieldset>
      {ancestry && variant && (
        <div className="step-detail">
          {ancestry.variants.length > 1 || variant.subrace ? (
            <label className="field">
              Subrace
              <select value={draft.ancestry.subrace ?? ''} onChange={(e) => set({ subrace: e.target.value, cantrip: null, skills: [] })} data-testid="subrace">
                {ancestry.variants.map((v) => (
                  <option key={v.subrace} value={v.subrace!}>
                    {v.name} ({v.bonuses})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <p className="muted">Traits: {variant.traits.join(', ') || 'none'}</p>
          {ancestry.draconic && (
            <label className="field">
              Draconic ancestry
              <select value={draft.ancestry.draconicAncestry ?? ''} onChange={(e) => set({ draconicAncestry: e.target.value || null })} data-testid="draconic-ancestry">
                <option value="">Choose a dragon…</option>
                {ancestry.draconic.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {ancestry.abilityChoice && (
            <ChoiceGroup
              legend="Abilities to raise by 1"
              choices={ancestry.abilityChoice.from}
              chosen={draft.ancestry.abilityChoices}
              max={ancestry.abilityChoice.choose}
              onToggle={(v) => set({ abilityChoices: toggled(draft.ancestry.abilityChoices, v as Ability, ancestry.abilityChoice!.choose) })}
              testId="ancestry-abilities"
            />
          )}
          {variant.skillChoice && (
            <ChoiceGroup
              legend={`${variant.name} skills`}
              choices={variant.skillChoice.from}
              chosen={draft.ancestry.skills}
              max={variant.skillChoice.choose}
              onToggle={(v) => set({ skills: toggled(draft.ancestry.skills, v, variant.skillChoice!.choose) })}
              testId="ancestry-skills"
            />
          )}
          {variant.cantripChoice && (
            <label className="field">
              {variant.name} cantrip
              <select value={draft.ancestry.cantrip ?? ''} onChange={(e) => set({ cantrip: e.target.value || null })} data-testid="ancestry-cantrip">
                <option value="">Choose a cantrip…</option>
                {variant.cantripChoice.from.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
    </>
  );
}
