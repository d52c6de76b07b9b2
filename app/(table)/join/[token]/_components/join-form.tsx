'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import type { SeatChoice } from '@/lib/table/join-table';
import type { CharacterSummary } from '@/lib/characters/player-characters';
import { BringChoices } from './bring-choices';
import { FormError } from '@/app/_components/form-error';

/** A radio value that brings one of the person's own characters rather than taking a seat. */
const BRING = 'bring:';

/** Choose a free character to play, bring one of your own, or sit at the table and leave them all to the AI players. */
export function JoinForm({ token, characters, mine, name }: { token: string; characters: SeatChoice[]; mine: CharacterSummary[]; name: string }) {
  const router = useRouter();
  const free = characters.filter((c) => !c.heldBy);
  const [choice, setChoice] = useState<string>(free[0]?.characterId ?? '');
  const bring = choice.startsWith(BRING) ? choice.slice(BRING.length) : null;
  const { busy, error, submit } = useSubmit(
    async () => {
      const response = await fetch(`/api/invites/${token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(bring ? { characterId: null, bring } : { characterId: choice === '' ? null : choice }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new Error(body?.error?.message ?? 'Could not join the table');
      router.push(body.url);
    },
    { replacedOnSuccess: true },
  );

  return (
    <form onSubmit={submit} aria-label="Choose your character">
      <p>Welcome, {name}. Who will you play?</p>
      <fieldset className="seat-choices">
        {characters.map((c) => (
          <label key={c.characterId} className={c.heldBy ? 'muted' : undefined}>
            <input
              type="radio"
              name="character"
              value={c.characterId}
              disabled={c.heldBy !== null}
              checked={choice === c.characterId}
              onChange={() => setChoice(c.characterId)}
              data-testid={`choose-${c.characterId}`}
            />
            {c.name}, {c.className} {c.heldBy ? `(played by ${c.heldBy})` : '(an AI player plays them now)'}
          </label>
        ))}
        <label>
          <input type="radio" name="character" value="" checked={choice === ''} onChange={() => setChoice('')} data-testid="choose-none" />
          Nobody: I will watch, and the AI players play
        </label>
      </fieldset>
      <BringChoices mine={mine} choice={choice} onChoose={setChoice} value={(id) => `${BRING}${id}`} back={`/join/${token}`} />
      <button className="button" type="submit" disabled={busy} data-testid="join-table">
        {busy ? 'Joining…' : 'Join the table'}
      </button>
      <FormError message={error} />
    </form>
  );
}
