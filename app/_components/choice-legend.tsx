/** A choice group's legend with how many are still to choose, or how many of how many are chosen. */
export function ChoiceLegend({ legend, chosen, max }: { legend: string; chosen: number; max: number }) {
  const left = max - chosen;
  return (
    <legend>
      {legend} <span className="muted">({left > 0 ? `choose ${left} more` : `${chosen} of ${max}`})</span>
    </legend>
  );
}
