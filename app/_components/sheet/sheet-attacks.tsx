import type { SheetView } from '@/lib/characters/sheet-view';
import { signedNumber } from '@/lib/characters/labels';

/** Attacks with their bonus, damage, reach or range, and where they come from. */
export function SheetAttacks({ sheet }: { sheet: SheetView }) {
  if (sheet.attacks.length === 0) return <p className="muted">No attacks.</p>;
  return (
    <table className="sheet-table" data-testid="sheet-attacks">
      <thead>
        <tr>
          <th scope="col">Attack</th>
          <th scope="col">Bonus</th>
          <th scope="col">Damage</th>
          <th scope="col">Reach</th>
        </tr>
      </thead>
      <tbody>
        {sheet.attacks.map((a) => (
          <tr key={a.name}>
            <th scope="row">
              {a.name} <span className="muted">({a.source})</span>
            </th>
            <td>{signedNumber(a.toHit)}</td>
            <td>{a.damage}</td>
            <td>{a.reach}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
