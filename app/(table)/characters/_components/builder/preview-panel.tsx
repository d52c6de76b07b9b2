import type { CharacterPreview } from '@/lib/characters/player-characters';
import { signedNumber } from '@/lib/characters/labels';
import { SheetAbilities } from '@/app/_components/sheet/sheet-abilities';
import { SheetAttacks } from '@/app/_components/sheet/sheet-attacks';
import { SheetStats } from '@/app/_components/sheet/sheet-stats';

/** The sheet as the rules derive it from the choices so far, with what they refuse and what is still to choose. */
export function PreviewPanel({ preview, error }: { preview: CharacterPreview | null; error: string | null }) {
  const sheet = preview?.sheet;
  const casting = sheet?.spellcasting;
  return (
    <aside className="panel builder-preview" aria-label="Your character so far" aria-live="polite" data-testid="builder-preview">
      <h2>Your character</h2>
      {error && <p className="error">{error}</p>}
      {!preview && <p className="muted">Choose an ancestry and a class, and the sheet appears here as the rules work it out.</p>}
      {preview && !sheet && <p className="muted">The sheet appears once the rules accept the choices.</p>}
      {sheet && (
        <>
          <p className="sheet-line">
            <strong>{sheet.name === 'Unnamed' ? 'Unnamed' : sheet.name}</strong>, {sheet.ancestry} {sheet.className} 1
          </p>
          <SheetStats sheet={sheet} />
          <SheetAbilities sheet={sheet} compact />
          <h3>Attacks</h3>
          <SheetAttacks sheet={sheet} />
          {casting && (
            <p className="sheet-line" data-testid="preview-spellcasting">
              Spells: save DC <strong>{casting.saveDc}</strong>, attack {signedNumber(casting.attackBonus)}
              {casting.slots.length ? `, slots ${casting.slots.map((s) => `${s.max} × level ${s.level}`).join(', ')}` : ''}
            </p>
          )}
        </>
      )}
      {preview && preview.problems.length > 0 && (
        <div role="alert" data-testid="builder-problems">
          <h3>The rules refuse</h3>
          <ul className="error">{preview.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {preview && preview.missing.length > 0 && (
        <div data-testid="builder-missing">
          <h3>Still to choose</h3>
          <ul className="muted">{preview.missing.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
    </aside>
  );
}
