import { DiceChip } from './dice-chip';
import type { ClassifiedRoll } from './dice-format';

export function DiceChips({ rolls }: { rolls: readonly ClassifiedRoll[] }) {
  if (rolls.length === 0) return null;
  return (
    <div className="dice" data-testid="dice">
      {rolls.map((r, i) => (
        <DiceChip key={i} roll={r.roll} outcome={r.outcome} />
      ))}
    </div>
  );
}
