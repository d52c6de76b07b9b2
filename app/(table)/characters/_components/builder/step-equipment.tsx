import type { EquipmentView } from '@/lib/characters/equipment-options';
import type { EquipmentPick } from '@/lib/characters/equipment-options';
import type { StepProps } from './step-props';

type ListProps = { title: string; view: EquipmentView; picks: EquipmentPick[]; onChange: (picks: EquipmentPick[]) => void; testId: string };

/** One source's starting equipment: what comes anyway, and a radio group per choice with selects for free picks. */
function EquipmentList({ title, view, picks, onChange, testId }: ListProps) {
  const set = (i: number, pick: EquipmentPick) => onChange(view.choices.map((_, j) => (j === i ? pick : (picks[j] ?? { option: 0, items: [] }))));
  return (
    <fieldset className="equipment" data-testid={testId}>
      <legend>{title}</legend>
      {view.fixed.length > 0 && <p className="muted">Comes with: {view.fixed.join(', ')}</p>}
      {view.choices.map((choice, i) => {
        const pick = picks[i];
        return (
          <div key={i} className="equipment-choice" role="radiogroup" aria-label={`${title}, choice ${i + 1}`}>
            {choice.options.map((option, o) => (
              <div key={o}>
                <label className={`choice${pick?.option === o ? ' chosen' : ''}`}>
                  <input
                    type="radio"
                    name={`${testId}-${i}`}
                    checked={pick?.option === o}
                    onChange={() => set(i, { option: o, items: option.picks.flatMap((p) => p.items.slice(0, p.choose).map((x) => x.value)) })}
                    data-testid={`${testId}-${i}-${o}`}
                  />
                  <span>{option.label}</span>
                </label>
                {pick?.option === o &&
                  option.picks.flatMap((p, pi) =>
                    Array.from({ length: p.choose }, (_, k) => {
                      const at = option.picks.slice(0, pi).reduce((n, q) => n + q.choose, 0) + k;
                      return (
                        <select
                          key={`${pi}-${k}`}
                          className="equipment-pick"
                          aria-label={`${option.label}: item ${k + 1}`}
                          value={pick.items[at] ?? ''}
                          onChange={(e) => set(i, { option: o, items: Object.assign([...pick.items], { [at]: e.target.value }) })}
                          data-testid={`${testId}-${i}-pick-${at}`}
                        >
                          {p.items.map((item) => (
                            <option key={item.value} value={item.value}>
                              {item.label}
                            </option>
                          ))}
                        </select>
                      );
                    }),
                  )}
              </div>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}

/** Starting equipment from the class and the background; armour is worn and weapons held as the rules allow. */
export function StepEquipment({ options, draft, update }: StepProps) {
  const cls = options.classes.find((c) => c.id === draft.class.id);
  const background = options.backgrounds.find((b) => b.id === draft.background.id);
  if (!cls) return <p className="muted">Choose a class first: it says what you start with.</p>;
  return (
    <>
      <EquipmentList title={`${cls.name} equipment`} view={cls.equipment} picks={draft.equipment.class} onChange={(p) => update((d) => ({ ...d, equipment: { ...d.equipment, class: p } }))} testId="class-equipment" />
      {background && (
        <EquipmentList
          title={`${background.name} equipment (and ${background.gold})`}
          view={background.equipment}
          picks={draft.equipment.background}
          onChange={(p) => update((d) => ({ ...d, equipment: { ...d.equipment, background: p } }))}
          testId="background-equipment"
        />
      )}
    </>
  );
}
