import type { SheetView } from '@/lib/characters/sheet-view';
import type { SpellLine } from '@/lib/characters/spell-lines';
import { signedNumber } from '@/lib/characters/labels';
import type { SheetActions } from './sheet-actions';

type Spellcasting = NonNullable<SheetView['spellcasting']>;

function SpellRow({ spell, note, cast, slotLeft = true }: { spell: SpellLine; note?: string; cast?: SheetActions['cast']; slotLeft?: boolean }) {
  return (
    <li className="sheet-spell" data-testid={`spell-${spell.id}`}>
      <div>
        <strong>{spell.name}</strong>
        {note && <span className="tag">{note}</span>}
        {spell.concentration && <span className="tag">concentration</span>}
        <div className="muted">
          {spell.castingTime} · {spell.range}
          {spell.summary ? ` · ${spell.summary}` : ''}
        </div>
      </div>
      {cast && (
        <button
          type="button"
          className="button small"
          onClick={() => cast(spell)}
          disabled={!slotLeft}
          title={slotLeft ? undefined : 'No spell slot of its level or higher is left'}
          data-testid={`cast-${spell.id}`}
          aria-label={`Cast ${spell.name}`}
        >
          Cast
        </button>
      )}
    </li>
  );
}

/** Slots left, save DC and attack bonus, concentration, cantrips and spells (prepared ones marked), with Cast at a table. */
export function SheetSpells({ spellcasting, actions = {} }: { spellcasting: Spellcasting; actions?: SheetActions }) {
  const { slots, cantrips, spells, preparation } = spellcasting;
  const ready = spells.filter((s) => s.prepared);
  const unprepared = spells.filter((s) => !s.prepared);
  // A levelled spell needs a slot of its level or higher; the engine refuses it otherwise, so Cast waits for one.
  const slotFor = (level: number) => level === 0 || slots.some((s) => s.level >= level && s.remaining > 0);
  return (
    <div data-testid="sheet-spells">
      <p className="sheet-line">
        {spellcasting.ability} · save DC <strong data-testid="spell-dc">{spellcasting.saveDc}</strong> · spell attack <strong>{signedNumber(spellcasting.attackBonus)}</strong>
        {spellcasting.concentration && (
          <>
            {' '}
            · concentrating on <strong data-testid="concentration">{spellcasting.concentration}</strong>
          </>
        )}
      </p>
      {slots.length > 0 && (
        <ul className="slots" aria-label="Spell slots" data-testid="spell-slots">
          {slots.map((s) => (
            <li key={s.level} data-testid={`slots-${s.level}`}>
              Level {s.level}: <strong>{s.remaining}</strong>/{s.max}{' '}
              <span aria-hidden="true">{'●'.repeat(s.remaining)}{'○'.repeat(s.max - s.remaining)}</span>
            </li>
          ))}
        </ul>
      )}
      {cantrips.length > 0 && (
        <>
          <h4>Cantrips</h4>
          <ul className="sheet-list">{cantrips.map((s) => <SpellRow key={s.id} spell={s} cast={actions.cast} />)}</ul>
        </>
      )}
      {ready.length > 0 && (
        <>
          <h4>{preparation === 'known' ? 'Spells known' : 'Prepared'}</h4>
          <ul className="sheet-list">{ready.map((s) => <SpellRow key={s.id} spell={s} note={s.always ? 'always prepared' : `level ${s.level}`} cast={actions.cast} slotLeft={slotFor(s.level)} />)}</ul>
        </>
      )}
      {unprepared.length > 0 && (
        <>
          <h4>In the spellbook, not prepared</h4>
          <ul className="sheet-list">{unprepared.map((s) => <SpellRow key={s.id} spell={s} note={`level ${s.level}`} />)}</ul>
        </>
      )}
    </div>
  );
}
