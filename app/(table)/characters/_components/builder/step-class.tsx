import { withClass } from './builder-state';
import { FeatureChoices } from './feature-choices';
import type { StepProps } from './step-props';

/** Sets a feature's options, dropping the key when none are chosen (the rules want at least one per key). */
function withFeature(features: Record<string, string[]>, id: string, values: string[]): Record<string, string[]> {
  const { [id]: _old, ...rest } = features;
  return values.length ? { ...rest, [id]: values } : rest;
}

/** The class, and what it asks for at level 1: a subclass for some, a feature's options for others. */
export function StepClass({ options, draft, update }: StepProps) {
  const cls = options.classes.find((c) => c.id === draft.class.id);
  const subclass = cls?.subclasses?.find((s) => s.id === draft.class.subclass);
  const setFeature = (id: string, values: string[]) => update((d) => ({ ...d, class: { ...d.class, features: withFeature(d.class.features, id, values) } }));

  return (
    <>
      <fieldset className="card-choices" data-testid="classes">
        <legend>Class</legend>
        {options.classes.map((c) => (
          <label key={c.id} className={`card-choice${c.id === draft.class.id ? ' chosen' : ''}`}>
            <input type="radio" name="class" checked={c.id === draft.class.id} onChange={() => update((d) => withClass(d, c))} data-testid={`class-${c.id}`} />
            <strong>{c.name}</strong>
            <span className="muted">
              d{c.hitDie} · {c.saves.map((s) => s.toUpperCase()).join(' & ')} saves{c.spellcasting ? ` · casts with ${c.spellcasting.ability.toUpperCase()}` : ''}
            </span>
          </label>
        ))}
      </fieldset>
      {cls && (
        <div className="step-detail">
          <p className="muted">
            Level 1: {cls.features.join(', ')}. Trained in {cls.training || 'no armour or weapons'}.
          </p>
          {cls.subclasses && (
            <label className="field">
              {cls.subclasses[0]!.flavor}
              <select
                value={draft.class.subclass ?? ''}
                onChange={(e) => update((d) => ({ ...d, class: { ...d.class, subclass: e.target.value, features: {} } }))}
                data-testid="subclass"
              >
                {cls.subclasses.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {subclass && <p className="muted">{subclass.name}: {subclass.features.join(', ')}{subclass.alwaysPrepared.length ? `; always prepared: ${subclass.alwaysPrepared.map((s) => s.name).join(', ')}` : ''}.</p>}
          <FeatureChoices choices={[...cls.featureChoices, ...(subclass?.featureChoices ?? [])]} chosen={draft.class.features} onChange={setFeature} />
        </div>
      )}
    </>
  );
}
