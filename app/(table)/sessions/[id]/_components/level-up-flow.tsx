'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { LevelUpChoices } from '@/lib/rules/advancement/level-up-choices';
import type { LevelUpOffer } from '@/lib/rules/advancement/level-up-offer';
import '@/app/_components/sheet/sheet.css';
import { LevelUpImprovement } from './level-up-improvement';
import { LevelUpPicks } from './level-up-picks';
import { postJson } from './post-json';
import { FormError } from '@/app/_components/form-error';

type Props = { sessionId: string; characterId: string; prepared: readonly string[]; onDone: () => void; onCancel: () => void };

/** What the next level offers, from the table's rules, and the player's choices sent back for the table to commit. */
export function LevelUpFlow({ sessionId, characterId, prepared, onDone, onCancel }: Props) {
  const url = `/api/sessions/${sessionId}/characters/${encodeURIComponent(characterId)}/level-up`;
  const [offer, setOffer] = useState<LevelUpOffer | null>(null);
  const [choices, setChoices] = useState<LevelUpChoices>({ hitPoints: 'average' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(url)
      .then(async (r) => {
        const answer = await r.json();
        if (!r.ok) throw new Error(answer.error?.message ?? 'The next level could not be read');
        setOffer(answer);
      })
      .catch((e: Error) => setError(e.message));
  }, [url]);

  const set = (change: Partial<LevelUpChoices>) => setChoices((c) => ({ ...c, ...change }));
  const setSpells = (change: NonNullable<LevelUpChoices['spells']>) => setChoices((c) => ({ ...c, spells: { ...c.spells, ...change } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await postJson(url, choices);
      onDone();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  if (!offer) return <p className={error ? 'error' : 'muted'}>{error ?? 'Reading what the next level offers…'}</p>;
  const { hitPoints, spells } = offer;
  return (
    <form className="level-up" onSubmit={submit} aria-label={`${offer.name} reaches level ${offer.nextLevel}`} data-testid="level-up">
      <h3>
        {offer.name}: level {offer.level} → {offer.nextLevel}
      </h3>
      <fieldset className="choice-group" data-testid="level-up-hp">
        <legend>Hit points</legend>
        <label className="choice">
          <input type="radio" name="hp" checked={choices.hitPoints === 'average'} onChange={() => set({ hitPoints: 'average' })} data-testid="hp-average" />
          Take the average: {hitPoints.average} {signedMod(hitPoints.constitutionModifier)}
        </label>
        <label className="choice">
          <input type="radio" name="hp" checked={choices.hitPoints === 'roll'} onChange={() => set({ hitPoints: 'roll' })} data-testid="hp-roll" />
          Roll the d{hitPoints.die} (the table rolls it) {signedMod(hitPoints.constitutionModifier)}
        </label>
      </fieldset>
      {offer.subclass && <LevelUpPicks legend="Subclass" pick={offer.subclass} chosen={choices.subclass ? [choices.subclass] : []} onChange={(v) => set({ subclass: v[0] })} testId="level-up-subclass" />}
      {offer.improvement && <LevelUpImprovement improvement={offer.improvement} value={choices.improvement ?? {}} onChange={(v) => set({ improvement: v })} />}
      {offer.features.map((f) => (
        <LevelUpPicks key={f.id} legend={f.name} pick={f} chosen={choices.features?.[f.id] ?? []} onChange={(v) => set({ features: { ...choices.features, [f.id]: v } })} testId={`level-up-feature-${f.id}`} />
      ))}
      {offer.expertise && <LevelUpPicks legend="Expertise" pick={offer.expertise} chosen={choices.expertise ?? []} onChange={(v) => set({ expertise: v as LevelUpChoices['expertise'] })} testId="level-up-expertise" />}
      {spells.cantrips && <LevelUpPicks legend="New cantrips" pick={spells.cantrips} chosen={choices.spells?.cantrips ?? []} onChange={(v) => setSpells({ cantrips: v })} testId="level-up-cantrips" />}
      {spells.known && spells.known.choose > 0 && (
        <LevelUpPicks legend="New spells" pick={spells.known} chosen={choices.spells?.learn ?? []} onChange={(v) => setSpells({ learn: v })} testId="level-up-learn" />
      )}
      {spells.prepared && (
        <LevelUpPicks
          legend="Prepared spells"
          pick={{ choose: spells.prepared.max, options: [...spells.prepared.options, ...(spells.known?.options.filter((o) => choices.spells?.learn?.includes(o.id)) ?? [])] }}
          max={spells.prepared.max}
          chosen={choices.spells?.prepared ?? prepared}
          onChange={(v) => setSpells({ prepared: v })}
          testId="level-up-prepared"
        />
      )}
      <FormError message={error} testId="level-up-error" />
      <div className="builder-nav">
        <button type="button" className="button secondary" onClick={onCancel}>
          Not now
        </button>
        <button type="submit" className="button" disabled={busy} data-testid="level-up-submit">
          {busy ? 'Levelling up…' : `Take level ${offer.nextLevel}`}
        </button>
      </div>
    </form>
  );
}

function signedMod(n: number): string {
  return n === 0 ? '' : `${n > 0 ? '+' : '−'} ${Math.abs(n)} (Constitution)`;
}
