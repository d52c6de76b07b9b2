import type { LevelUpPick } from '@/lib/rules/advancement/level-up-offer';
import { skillLabel } from '@/lib/characters/labels';
import { ChoiceLegend } from '@/app/_components/choice-legend';

type Props = { legend: string; pick: LevelUpPick; chosen: readonly string[]; onChange: (values: string[]) => void; testId: string; max?: number };

/** A level-up choice of N from its options: a select for one, checkboxes for more. */
export function LevelUpPicks({ legend, pick, chosen, onChange, testId, max = pick.choose }: Props) {
  const label = (name: string) => (/^[a-z]+([A-Z][a-z]+)*$/.test(name) ? skillLabel(name) : name);
  if (max === 1) {
    return (
      <label className="field">
        {legend}
        <select value={chosen[0] ?? ''} onChange={(e) => onChange(e.target.value ? [e.target.value] : [])} data-testid={testId}>
          <option value="">Choose…</option>
          {pick.options.map((o) => (
            <option key={o.id} value={o.id}>
              {label(o.name)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const left = max - chosen.length;
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <ChoiceLegend legend={legend} chosen={chosen.length} max={max} />
      <div className="choice-grid">
        {pick.options.map((o) => {
          const checked = chosen.includes(o.id);
          return (
            <label key={o.id} className={`choice${checked ? ' chosen' : ''}`}>
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && left <= 0}
                onChange={() => onChange(checked ? chosen.filter((c) => c !== o.id) : [...chosen, o.id])}
                data-testid={`${testId}-${o.id}`}
              />
              <span>{label(o.name)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
