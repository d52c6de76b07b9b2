/** Where the fight moved on to the next creature: a thin rule across the log, not an entry of its own. */
export function TurnDivider({ round, name }: { round: number; name: string | null }) {
  return (
    <div className="turn-divider" data-testid="turn-divider" data-type="turn.advanced">
      <span>
        Round {round} · {name ? `${name}'s turn` : 'nobody is left to act'}
      </span>
    </div>
  );
}
