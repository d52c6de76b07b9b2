import type { SheetView } from '@/lib/characters/sheet-view';
import type { SheetActions } from './sheet-actions';

const coinOrder = ['pp', 'gp', 'ep', 'sp', 'cp'] as const;

/** What the character carries (worn or held, attuned, how many, the weight), its coins, and Use for what can be used up. */
export function SheetInventory({ sheet, actions = {} }: { sheet: SheetView; actions?: SheetActions }) {
  const coins = coinOrder.filter((c) => sheet.coins[c] > 0).map((c) => `${sheet.coins[c]} ${c}`);
  return (
    <div data-testid="sheet-inventory">
      {sheet.inventory.length === 0 ? (
        <p className="muted">Carries nothing.</p>
      ) : (
        <ul className="sheet-list">
          {sheet.inventory.map((i) => (
            <li key={`${i.item}:${i.name}`} className="sheet-item" data-testid={`item-${i.item}`}>
              <div>
                {i.quantity > 1 && <span>{i.quantity} × </span>}
                <strong>{i.name}</strong>
                {i.equipped && <span className="tag">in use</span>}
                {i.attuned && <span className="tag">attuned</span>}
                {i.charges !== null && <span className="muted"> · {i.charges} charges</span>}
                {i.weight ? <span className="muted"> · {i.weight} lb</span> : null}
              </div>
              {actions.useItem && i.use && (
                <button type="button" className="button small" onClick={() => actions.useItem!(i)} data-testid={`use-${i.item}`}>
                  {i.use === 'drink' ? 'Drink' : i.use === 'read' ? 'Read' : 'Use'}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="sheet-line">
        Coins: <strong data-testid="coins">{coins.join(', ') || 'none'}</strong> · carrying {sheet.carried} lb
      </p>
    </div>
  );
}
