'use client';

import { useState } from 'react';
import { Portrait } from '@/app/_components/sheet/portrait';
import type { StepProps } from './step-props';

/** Who the character is: a name, a persona for how they act, and a portrait the Creative Generator draws. */
export function StepIdentity({ draft, update }: StepProps) {
  const [variant, setVariant] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function draw() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/characters/portraits', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: draft.name, variant }) });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error?.message ?? 'The portrait could not be drawn');
      update((d) => ({ ...d, portraitAssetId: answer.assetId }));
      setVariant((v) => v + 1);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="identity">
      <label className="field">
        Name
        <input value={draft.name} maxLength={80} required onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} data-testid="character-name" autoComplete="off" />
      </label>
      <label className="field">
        Persona <span className="muted">(how they act; an AI player reads it when it stands in for you)</span>
        <textarea value={draft.persona} maxLength={300} rows={3} onChange={(e) => update((d) => ({ ...d, persona: e.target.value }))} data-testid="character-persona" />
      </label>
      <div className="portrait-picker">
        <Portrait assetId={draft.portraitAssetId} name={draft.name} size={128} />
        <div>
          <button type="button" className="button secondary" onClick={draw} disabled={busy || !draft.name.trim()} data-testid="draw-portrait">
            {busy ? 'Drawing…' : draft.portraitAssetId ? 'Draw another' : 'Draw a portrait'}
          </button>
          {!draft.name.trim() && <p className="muted">Name your character first; the portrait is drawn from the name.</p>}
          {error && (
            <p className="error" role="alert">
              {error}. The initials stand in until a portrait is drawn.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
