'use client';

import { useState, type FormEvent } from 'react';
import type { RulesState } from '@/lib/rules/state';
import { postJson } from './post-json';

/** The game master sets a creature's hit points by hand, saying why; the log records both. */
export function GmEditForm({ sessionId, state }: { sessionId: string; state: RulesState }) {
  const everyone = [...state.party, ...state.creatures];
  const [characterId, setCharacterId] = useState(everyone[0]?.id ?? '');
  const [hp, setHp] = useState('');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNote(null);
    try {
      await postJson(`/api/sessions/${sessionId}/edits`, { reason, patches: [{ op: 'character.hp', characterId, hp: Number(hp) }] });
      setNote({ error: false, text: 'Changed; the log says why.' });
      setReason('');
    } catch (e) {
      setNote({ error: true, text: (e as Error).message });
    }
  }

  return (
    <form className="gm-edit" onSubmit={submit} aria-label="Change hit points by hand">
      <select value={characterId} onChange={(e) => setCharacterId(e.target.value)} aria-label="Who" data-testid="edit-who">
        {everyone.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.hp}/{c.maxHp} HP)
          </option>
        ))}
      </select>
      <input type="number" required value={hp} onChange={(e) => setHp(e.target.value)} aria-label="Hit points" placeholder="HP" data-testid="edit-hp" />
      <input required minLength={3} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} aria-label="Why" placeholder="Why" data-testid="edit-reason" />
      <button className="button" type="submit" data-testid="edit-submit">
        Set HP
      </button>
      {note && (
        <p className={note.error ? 'error' : 'muted'} role={note.error ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </form>
  );
}
