'use client';

import type { SpellLine } from '@/lib/characters/spell-lines';
import { castWords, targetsFor, type Target } from './sheet-words';

type Props = { spell: SpellLine; casterId: string; everyone: readonly Target[]; onChoose: (text: string) => void; onCancel: () => void };

/** Whom to cast a spell at, from the creatures and people present; the choice becomes the words in the action box. */
export function CastTarget({ spell, casterId, everyone, onChoose, onCancel }: Props) {
  const targets = targetsFor(spell, everyone);
  return (
    <div className="cast-target" role="group" aria-label={`Cast ${spell.name} at`} data-testid="cast-target">
      <p>
        Cast <strong>{spell.name}</strong>
        {targets.length ? ' at…' : '?'}
      </p>
      <div className="cast-target-options">
        {targets.map((t) => (
          <button key={t.id} type="button" className={`button small${t.side === 'foe' ? ' foe' : ''}`} onClick={() => onChoose(castWords(spell, t, casterId))} data-testid={`target-${t.id}`}>
            {t.name}
          </button>
        ))}
        <button type="button" className="button small secondary" onClick={() => onChoose(castWords(spell, null, casterId))} data-testid="target-none">
          {targets.length ? 'No one in particular' : 'Cast it'}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {targets.length === 0 && spell.aim !== 'self' && <p className="muted">Nobody here fits this spell right now.</p>}
    </div>
  );
}
