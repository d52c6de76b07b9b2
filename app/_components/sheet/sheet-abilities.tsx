import type { SheetView } from '@/lib/characters/sheet-view';
import { signedNumber } from '@/lib/characters/labels';

const marks = { expertise: '◆', proficient: '●' } as const;

/** Scores with modifiers and saving throws (● proficient), then skills (● proficient, ◆ expertise). */
export function SheetAbilities({ sheet, compact = false }: { sheet: SheetView; compact?: boolean }) {
  return (
    <>
      <div className="sheet-abilities" data-testid="sheet-abilities">
        {sheet.abilities.map((a) => (
          <div key={a.ability} className="sheet-ability" data-testid={`ability-${a.ability}`}>
            <abbr title={a.label}>{a.ability.toUpperCase()}</abbr>
            <strong>{a.score}</strong>
            <span>{signedNumber(a.modifier)}</span>
            <span className="muted" title={`${a.label} saving throw`}>
              save {signedNumber(a.save)}
              {a.saveProficient ? ` ${marks.proficient}` : ''}
            </span>
          </div>
        ))}
      </div>
      {!compact || sheet.skills.some((s) => s.mark) ? (
        <ul className="sheet-skills" data-testid="sheet-skills" aria-label="Skills">
          {sheet.skills
            .filter((s) => !compact || s.mark)
            .map((s) => (
              <li key={s.skill} data-testid={`skill-${s.skill}`} data-mark={s.mark ?? 'none'}>
                <span className="skill-mark" aria-label={s.mark ?? 'not proficient'}>
                  {s.mark ? marks[s.mark] : '○'}
                </span>
                <span>{s.label}</span>
                <span className="muted">{s.ability.toUpperCase()}</span>
                <strong>{signedNumber(s.bonus)}</strong>
              </li>
            ))}
        </ul>
      ) : null}
    </>
  );
}
