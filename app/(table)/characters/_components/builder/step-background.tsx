import { firstPicks } from './builder-state';
import type { StepProps } from './step-props';

/** The background: its skills, its feature and what it starts with. */
export function StepBackground({ options, draft, update }: StepProps) {
  return (
    <fieldset className="card-choices" data-testid="backgrounds">
      <legend>Background</legend>
      {options.backgrounds.map((b) => (
        <label key={b.id} className={`card-choice${b.id === draft.background.id ? ' chosen' : ''}`}>
          <input
            type="radio"
            name="background"
            checked={b.id === draft.background.id}
            onChange={() => update((d) => ({ ...d, background: { id: b.id }, equipment: { ...d.equipment, background: firstPicks(b.equipment.choices) } }))}
            data-testid={`background-${b.id}`}
          />
          <strong>{b.name}</strong>
          <span className="muted">
            Skills: {b.skills.map((s) => s.label).join(', ')} · {b.feature} · {b.gold}
          </span>
        </label>
      ))}
      {options.backgrounds.length === 1 && <p className="muted">The SRD 5.1 has one background; every character takes it.</p>}
    </fieldset>
  );
}
