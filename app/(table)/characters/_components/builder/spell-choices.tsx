import type { SpellLine } from '@/lib/characters/spell-lines';
import { ChoiceLegend } from '@/app/_components/choice-legend';

type Props = {
  legend: string;
  spells: readonly SpellLine[];
  chosen: readonly string[];
  max: number;
  onToggle: (id: string) => void;
  testId: string;
  /** Spells shown as already there (a domain's always-prepared spells). */
  given?: readonly SpellLine[];
};

/** Spells to choose from, each with what it does in a few words. */
export function SpellChoices({ legend, spells, chosen, max, onToggle, testId, given = [] }: Props) {
  const left = max - chosen.length;
  return (
    <fieldset className="choice-group" data-testid={testId}>
      <ChoiceLegend legend={legend} chosen={chosen.length} max={max} />
      <ul className="spell-choices">
        {given.map((s) => (
          <li key={s.id} className="choice chosen">
            <input type="checkbox" checked disabled aria-label={`${s.name} (always prepared)`} />
            <span>
              <strong>{s.name}</strong> <span className="muted">always prepared · {s.summary || s.school}</span>
            </span>
          </li>
        ))}
        {spells.map((s) => {
          const checked = chosen.includes(s.id);
          return (
            <li key={s.id}>
              <label className={`choice${checked ? ' chosen' : ''}`}>
                <input type="checkbox" checked={checked} disabled={!checked && left <= 0} onChange={() => onToggle(s.id)} data-testid={`${testId}-${s.id}`} />
                <span>
                  <strong>{s.name}</strong>{' '}
                  <span className="muted">
                    {s.castingTime} · {s.range}
                    {s.summary ? ` · ${s.summary}` : ''}
                    {s.concentration ? ' · concentration' : ''}
                    {s.ritual ? ' · ritual' : ''}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
