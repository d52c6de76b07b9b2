import type { ImportView } from '@/lib/rulebooks/imports/rulebook-imports';
import type { ImportStage } from '@/machines/pdf-import.machine';

const stages: Array<{ stage: ImportStage; label: string; unit?: string }> = [
  { stage: 'extract', label: 'Extract text', unit: 'pages' },
  { stage: 'structure', label: 'Analyse structure' },
  { stage: 'select', label: 'Choose sections' },
  { stage: 'parse', label: 'Parse', unit: 'entries read by the model' },
  { stage: 'embed', label: 'Embed', unit: 'passages' },
  { stage: 'save', label: 'Save' },
];

function stateOf(view: ImportView, index: number): 'done' | 'active' | 'waiting' | 'failed' {
  const current = stages.findIndex((s) => s.stage === view.stage);
  if (view.status === 'done' || index < current) return 'done';
  if (index > current) return 'waiting';
  return view.status === 'failed' || view.status === 'cancelled' ? 'failed' : 'active';
}

/** Every stage of the import in order, the current one with its own bar, and the whole as one bar. */
export function ImportProgress({ view }: { view: ImportView }) {
  const current = stages.findIndex((s) => s.stage === view.stage);
  const within = view.progress && view.progress.total > 0 ? view.progress.done / view.progress.total : 0;
  const overall = view.status === 'done' ? 1 : (current + within) / stages.length;
  return (
    <section className="import-progress" aria-label="Import progress" data-testid="import-progress" data-stage={view.stage} data-status={view.status}>
      <div
        className="progress-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(overall * 100)}
        data-testid="import-progress-bar"
      >
        <div className="progress-fill" style={{ width: `${Math.round(overall * 100)}%` }} />
      </div>
      <ol className="stages">
        {stages.map((s, i) => {
          const state = stateOf(view, i);
          const counted = state === 'active' && view.progress && s.unit ? ` ${view.progress.done} of ${view.progress.total} ${s.unit}` : '';
          const took = view.seconds[s.stage];
          return (
            <li key={s.stage} className={`stage stage-${state}`} data-testid={`stage-${s.stage}`} data-state={state}>
              <span className="stage-mark" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'failed' ? '✕' : state === 'active' ? '●' : '○'}
              </span>
              <span>{s.label}</span>
              <span className="muted">
                {counted}
                {state === 'done' && took !== undefined ? ` ${took.toFixed(1)} s` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
