import type { SheetView } from '@/lib/characters/sheet-view';
import type { SheetActions } from './sheet-actions';

/** Features with their resources left and when they come back, then the ancestry's traits. */
export function SheetFeatures({ sheet, actions = {} }: { sheet: SheetView; actions?: SheetActions }) {
  return (
    <div data-testid="sheet-features">
      <ul className="sheet-list">
        {sheet.features.map((f) => (
          <li key={f.id} className="sheet-feature" data-testid={`feature-${f.id}`}>
            <div>
              <strong>{f.name}</strong> <span className="muted">{f.source}</span>
              {f.resource && (
                <div className="muted" data-testid="resource">
                  {f.resource.max === null ? 'unlimited' : `${f.resource.left} of ${f.resource.max} ${f.resource.unit} left`}, back after a {f.resource.recovery}
                  {f.action ? ` · ${f.action}` : ''}
                </div>
              )}
            </div>
            {actions.useFeature && f.action && f.resource && f.resource.left !== 0 && (
              <button type="button" className="button small" onClick={() => actions.useFeature!(f)} data-testid={`use-${f.id}`}>
                Use
              </button>
            )}
          </li>
        ))}
      </ul>
      {sheet.traits.length > 0 && <p className="muted">{sheet.ancestry} traits: {sheet.traits.join(', ')}</p>}
    </div>
  );
}
