import { abilityLabels } from '@/lib/characters/labels';
import { abilityKeys, pointCost, pointsSpent } from './builder-state';
import type { StepProps } from './step-props';

/** 27 points to spend, each score 8 to 15 at the SRD's prices, with what is left shown as it changes. */
export function PointBuy({ options, draft, update }: StepProps) {
  const { scores } = draft.abilities;
  const left = options.pointBuyBudget - pointsSpent(scores);
  const step = (a: keyof typeof scores, by: number) => update((d) => ({ ...d, abilities: { ...d.abilities, scores: { ...scores, [a]: scores[a] + by } } }));
  const canRaise = (score: number) => score < 15 && (pointCost[score + 1] ?? Infinity) - (pointCost[score] ?? 0) <= left;

  return (
    <div data-testid="point-buy">
      <p className={left < 0 ? 'error' : undefined} aria-live="polite" data-testid="points-left">
        {left} of {options.pointBuyBudget} points left
      </p>
      <div className="score-grid">
        {abilityKeys.map((a) => (
          <div key={a} className="score" role="group" aria-label={abilityLabels[a]}>
            <span>{abilityLabels[a]}</span>
            <div className="stepper">
              <button type="button" onClick={() => step(a, -1)} disabled={scores[a] <= 8} aria-label={`Lower ${abilityLabels[a]}`} data-testid={`lower-${a}`}>
                −
              </button>
              <output data-testid={`score-${a}`}>{scores[a]}</output>
              <button type="button" onClick={() => step(a, 1)} disabled={!canRaise(scores[a])} aria-label={`Raise ${abilityLabels[a]}`} data-testid={`raise-${a}`}>
                +
              </button>
            </div>
            <span className="muted">costs {pointCost[scores[a]]}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
