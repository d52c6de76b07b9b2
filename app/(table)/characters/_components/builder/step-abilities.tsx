import type { Ability } from '@/lib/rules/abilities';
import { abilityLabels } from '@/lib/characters/labels';
import { assign } from './assign-score';
import { abilityKeys, type AbilityMethod } from './builder-state';
import { PointBuy } from './point-buy';
import { RolledScores } from './rolled-scores';
import type { StepProps } from './step-props';

const methods: Array<{ id: AbilityMethod; label: string }> = [
  { id: 'standard-array', label: 'Standard array' },
  { id: 'point-buy', label: 'Point buy' },
  { id: 'rolled', label: 'Roll 4d6, drop the lowest' },
];

/** Scores by the standard array, point buy or rolled dice; ancestry increases are added on the sheet. */
export function StepAbilities(props: StepProps) {
  const { options, draft, update } = props;
  const { method, scores } = draft.abilities;
  const setMethod = (m: AbilityMethod) =>
    update((d) => ({
      ...d,
      rollToken: null,
      abilities: {
        method: m,
        rolls: [],
        scores: Object.fromEntries(abilityKeys.map((a, i) => [a, m === 'point-buy' ? 8 : options.standardArray[i]!])) as Record<Ability, number>,
      },
    }));
  const array = options.standardArray;
  // The array's six values differ, so a value's place in it names it.
  const slotOf = (a: Ability) => array.indexOf(scores[a]);

  return (
    <>
      <div className="method-tabs" role="radiogroup" aria-label="How to make the scores">
        {methods.map((m) => (
          <label key={m.id} className={`tab${method === m.id ? ' chosen' : ''}`}>
            <input type="radio" name="method" checked={method === m.id} onChange={() => setMethod(m.id)} data-testid={`method-${m.id}`} />
            {m.label}
          </label>
        ))}
      </div>
      {method === 'standard-array' && (
        <div className="score-grid" data-testid="standard-array">
          {abilityKeys.map((a) => (
            <label key={a} className="score">
              <span>{abilityLabels[a]}</span>
              <select
                value={slotOf(a)}
                onChange={(e) => update((d) => ({ ...d, abilities: { ...d.abilities, scores: assign(scores, a, slotOf, Number(e.target.value), (i) => array[i]!) } }))}
                data-testid={`score-${a}`}
              >
                {array.map((v, i) => (
                  <option key={i} value={i}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {method === 'point-buy' && <PointBuy {...props} />}
      {method === 'rolled' && <RolledScores {...props} />}
      <p className="muted">Scores before your ancestry&apos;s increases; the sheet beside shows them with the increases.</p>
    </>
  );
}
