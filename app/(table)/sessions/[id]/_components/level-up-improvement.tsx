import type { Ability } from '@/lib/rules/abilities';
import type { LevelUpOffer } from '@/lib/rules/advancement/level-up-offer';
import { abilityLabels, abilityOrder } from '@/lib/characters/labels';

type Increases = Partial<Record<Ability, 1 | 2>>;

/** An ability score improvement: +2 to one ability, or +1 to two, none past 20. */
export function LevelUpImprovement({ improvement, value, onChange }: { improvement: NonNullable<LevelUpOffer['improvement']>; value: Increases; onChange: (v: Increases) => void }) {
  const raised = Object.keys(value) as Ability[];
  const split = raised.length === 2 || (raised.length === 1 && value[raised[0]!] === 1);
  const options = (by: number) => abilityOrder.filter((a) => improvement.scores[a] + by <= improvement.max);
  const choice = (a: Ability, by: number) => `${abilityLabels[a]} ${improvement.scores[a]} → ${improvement.scores[a] + by}`;
  return (
    <fieldset className="choice-group" data-testid="improvement">
      <legend>Ability score improvement</legend>
      <label className="choice">
        <input type="radio" name="improvement" checked={!split} onChange={() => onChange({})} data-testid="improvement-two" /> +2 to one ability
      </label>
      <label className="choice">
        <input type="radio" name="improvement" checked={split} onChange={() => onChange(raised[0] ? { [raised[0]]: 1 } : { str: 1 })} data-testid="improvement-split" /> +1 to two abilities
      </label>
      {!split ? (
        <select aria-label="Ability to raise by 2" value={raised[0] ?? ''} onChange={(e) => onChange(e.target.value ? { [e.target.value]: 2 } : {})} data-testid="improvement-ability">
          <option value="">Choose…</option>
          {options(2).map((a) => (
            <option key={a} value={a}>
              {choice(a, 2)}
            </option>
          ))}
        </select>
      ) : (
        [0, 1].map((i) => (
          <select
            key={i}
            aria-label={`Ability ${i + 1} to raise by 1`}
            value={raised[i] ?? ''}
            onChange={(e) => {
              const next = [...raised];
              next[i] = e.target.value as Ability;
              onChange(Object.fromEntries(next.filter(Boolean).map((a) => [a, 1])) as Increases);
            }}
            data-testid={`improvement-ability-${i}`}
          >
            <option value="">Choose…</option>
            {options(1)
              .filter((a) => a === raised[i] || !raised.includes(a))
              .map((a) => (
                <option key={a} value={a}>
                  {choice(a, 1)}
                </option>
              ))}
          </select>
        ))
      )}
    </fieldset>
  );
}
