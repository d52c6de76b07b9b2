import type { Choice } from '@/lib/characters/builder-options';

type Props = {
  legend: string;
  choices: readonly Choice[];
  chosen: readonly string[];
  /** How many may be chosen; the rest are disabled once that many are. */
  max: number;
  onToggle: (value: string) => void;
  /** Values shown as already given (checked, not changeable), with why. */
  given?: Record<string, string>;
  testId: string;
};

/** Checkboxes for "choose N of these", saying how many are left. */
export function ChoiceGroup({ legend, choices, chosen, max, onToggle, given = {}, testId }: Props) {
  const left = max - chosen.length;
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <legend>
        {legend} <span className="muted">({left > 0 ? `choose ${left} more` : 'done'})</span>
      </legend>
      <div className="choice-grid">
        {choices.map((c) => {
          const fixed = given[c.value];
          const checked = chosen.includes(c.value) || fixed !== undefined;
          return (
            <label key={c.value} className={`choice${checked ? ' chosen' : ''}`}>
              <input
                type="checkbox"
                checked={checked}
                disabled={fixed !== undefined || (!checked && left <= 0)}
                onChange={() => onToggle(c.value)}
                data-testid={`${testId}-${c.value}`}
              />
              <span>
                {c.label}
                {fixed && <span className="muted"> · {fixed}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
