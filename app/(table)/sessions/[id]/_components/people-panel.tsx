'use client';

import { useState } from 'react';
import type { Member } from '@/lib/table/members';
import type { PresenceEntry } from '@/lib/realtime/live-events';
import type { RulesState } from '@/lib/rules/state';
import { GmEditForm } from './gm-edit-form';
import { InviteManager } from './invite-manager';
import { PlaceMonsterForm } from './place-monster-form';
import { postJson } from './post-json';
import { FormError } from '@/app/_components/form-error';

type Props = { sessionId: string; me: Member; people: PresenceEntry[]; state: RulesState; paused: boolean };

/** Who is at the table and who plays whom; the game master's controls live here too. */
export function PeoplePanel({ sessionId, me, people, state, paused }: Props) {
  const party = state.party;
  const [error, setError] = useState<string | null>(null);
  const gm = me.role === 'gm';
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: Error) => setError(e.message));
  };
  const holderOf = (characterId: string) => people.find((p) => p.seats.includes(characterId));

  return (
    <section className="panel" aria-label="People at the table" data-testid="people">
      <h2>At the table</h2>
      <ul className="people">
        {people.map((person) => (
          <li key={person.userId} data-testid="person" data-online={person.online} data-typing={person.typing}>
            <span className={person.online ? 'dot online' : 'dot'} aria-label={person.online ? 'online' : 'offline'} />
            <strong>{person.name}</strong>
            {person.role === 'gm' && <span className="muted"> · game master</span>}
            {person.userId === me.userId && <span className="muted"> (you)</span>}
            {person.typing && <span className="typing" data-testid="typing"> typing…</span>}
            {gm && person.userId !== me.userId && (
              <button className="link-button" type="button" onClick={() => run(() => postJson(`/api/sessions/${sessionId}/members/${person.userId}`, undefined, 'DELETE'))}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <h3>Seats</h3>
      <ul className="seats">
        {party.map((c) => {
          const holder = holderOf(c.id);
          const mine = holder?.userId === me.userId;
          return (
            <li key={c.id} data-testid={`seat-${c.id}`} data-controller={c.controller}>
              {c.name}: {holder ? holder.name : 'free'}
              {c.controller === 'ai' && <span className="muted"> · AI player</span>}
              {(!holder || (mine && c.controller === 'ai')) && (
                <button className="link-button" type="button" onClick={() => run(() => postJson(`/api/sessions/${sessionId}/seats`, { characterId: c.id, to: 'me' }))}>
                  {mine ? 'Take back' : gm ? 'Take over' : 'Play'}
                </button>
              )}
              {holder && (mine || gm) && c.controller === 'human' && (
                <button className="link-button" type="button" onClick={() => run(() => postJson(`/api/sessions/${sessionId}/seats`, { characterId: c.id, to: 'ai' }))}>
                  Hand to AI
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {gm && (
        <div className="gm-controls">
          <button
            className="button"
            type="button"
            data-testid={paused ? 'resume' : 'pause'}
            onClick={() => run(() => postJson(`/api/sessions/${sessionId}/table`, { action: paused ? 'resume' : 'pause' }))}
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
        </div>
      )}
      {gm && <InviteManager sessionId={sessionId} onError={setError} />}
      {gm && <GmEditForm sessionId={sessionId} state={state} />}
      {gm && <PlaceMonsterForm sessionId={sessionId} />}
      <FormError message={error} />
    </section>
  );
}
