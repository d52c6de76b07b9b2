import type { FeatureChoice } from '@/lib/characters/builder-options';
import { toggled } from './builder-state';
import { ChoiceGroup } from './choice-group';

type Props = { choices: readonly FeatureChoice[]; chosen: Record<string, string[]>; onChange: (featureId: string, values: string[]) => void };

/** The options class features offer at this level: a fighting style, a favoured enemy, a dragon ancestor. */
export function FeatureChoices({ choices, chosen, onChange }: Props) {
  return (
    <>
      {choices.map((f) =>
        f.choose === 1 ? (
          <label key={f.id} className="field">
            {f.name}
            <select value={chosen[f.id]?.[0] ?? ''} onChange={(e) => onChange(f.id, e.target.value ? [e.target.value] : [])} data-testid={`feature-${f.id}`}>
              <option value="">Choose…</option>
              {f.from.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <ChoiceGroup
            key={f.id}
            legend={f.name}
            choices={f.from}
            chosen={chosen[f.id] ?? []}
            max={f.choose}
            onToggle={(v) => onChange(f.id, toggled(chosen[f.id] ?? [], v, f.choose))}
            testId={`feature-${f.id}`}
          />
        ),
      )}
    </>
  );
}
