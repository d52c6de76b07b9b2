'use client';

import { useState } from 'react';
import type { Ability } from '@/lib/rules/abilities';
import type { DiceRollRecord } from '@/lib/rules/dice';
import { abilityLabels } from '@/lib/characters/labels';
import { assign } from './assign-score';
import { abilityKeys } from './builder-state';
import type { StepProps } from './step-props';
import { FormError } from '@/app/_components/form-error';

/** The dice of one roll, the dropped lowest struck through. */
function Faces({ roll }: { roll: DiceRollRecord }) {
  const dropped = roll.faces.indexOf(Math.min(...roll.faces));
  return (
    <span className="die" data-testid="ability-roll">
      {roll.faces.map((f, i) => (
        <span key={i} className={i === dropped ? 'die-dropped' : undefined}>
          {i === dropped ? <s>{f}</s> : f}
          {i < roll.faces.length - 1 ? ' ' : ''}
        </span>
      ))}{' '}
      = <strong>{roll.total}</strong>
    </span>
  );
}

/** Six scores rolled by the server, each roll's faces shown; the player says which goes where. */
export function RolledScores({ draft, update }: StepProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { rolls } = draft.abilities;
  // Which roll each ability holds: rolls are assigned in order at first, then swapped.
  const [slots, setSlots] = useState<Record<Ability, number>>(() => Object.fromEntries(abilityKeys.map((a, i) => [a, i])) as Record<Ability, number>);

  async function roll() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/characters/rolls', { method: 'POST' });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error?.message ?? 'The dice could not be rolled');
      const fresh = answer.rolls as DiceRollRecord[];
      const order = Object.fromEntries(abilityKeys.map((a, i) => [a, i])) as Record<Ability, number>;
      setSlots(order);
      update((d) => ({ ...d, rollToken: answer.token, abilities: { method: 'rolled', rolls: fresh, scores: Object.fromEntries(abilityKeys.map((a, i) => [a, fresh[i]!.total])) as Record<Ability, number> } }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function place(ability: Ability, slot: number) {
    const next = assign(slots, ability, (a) => slots[a], slot, (i) => i);
    setSlots(next);
    update((d) => ({ ...d, abilities: { ...d.abilities, scores: Object.fromEntries(abilityKeys.map((a) => [a, rolls[next[a]]!.total])) as Record<Ability, number> } }));
  }

  return (
    <div data-testid="rolled">
      <button type="button" className="button secondary" onClick={roll} disabled={busy} data-testid="roll-scores">
        {busy ? 'Rolling…' : rolls.length ? 'Roll again' : 'Roll six scores'}
      </button>
      <FormError message={error} />
      {rolls.length === 6 && (
        <div className="score-grid">
          {abilityKeys.map((a) => (
            <label key={a} className="score">
              <span>{abilityLabels[a]}</span>
              <select value={slots[a]} onChange={(e) => place(a, Number(e.target.value))} data-testid={`score-${a}`}>
                {rolls.map((r, i) => (
                  <option key={i} value={i}>
                    {r.total} (roll {i + 1})
                  </option>
                ))}
              </select>
              <Faces roll={rolls[slots[a]]!} />
            </label>
          ))}
        </div>
      )}
      {rolls.length === 0 && <p className="muted">The table rolls the dice, and keeps every face with your character.</p>}
    </div>
  );
}
