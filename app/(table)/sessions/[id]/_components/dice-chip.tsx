import { Fragment } from 'react';
import { facesOf, outcomeName, purposeOf, verdictOf, type ClassifiedRoll } from './dice-format';

/** One roll: what it was for, the notation, every die (dropped ones struck through), the total and the verdict. */
export function DiceChip({ roll, outcome }: ClassifiedRoll) {
  const name = outcomeName(outcome);
  const faces = facesOf(roll);
  const purpose = purposeOf(outcome);
  const verdict = verdictOf(outcome);
  const critical = outcome.kind === 'attack' && outcome.critical && outcome.hit;
  return (
    <span className={`die ${name} ${critical ? 'critical' : ''}`} data-testid="dice-roll" data-outcome={name} title={roll.text}>
      {purpose && <span className="die-purpose">{purpose} </span>}
      <span className="die-notation">{roll.notation}</span>
      {faces.length > 0 && (
        <span className="die-faces">
          {' ['}
          {faces.map((face, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              {face.dropped ? (
                <s className="die-dropped">
                  {face.value}
                  <span className="visually-hidden"> (dropped)</span>
                </s>
              ) : (
                face.value
              )}
            </Fragment>
          ))}
          {']'}
        </span>
      )}
      {' = '}
      <strong className="die-total">{roll.total}</strong>
      {verdict && <span className="die-verdict"> {verdict}</span>}
    </span>
  );
}
