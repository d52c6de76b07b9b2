'use client';

import { useState } from 'react';
import { completionStatus, draftFieldLabels, type CampaignDraft } from '@/lib/campaigns/draft';
import { DraftListEditor } from './draft-list-editor';
import { FormError } from '@/app/_components/form-error';

type Editable = 'title' | 'tone' | 'setting';
const LABELS: Record<Editable, string> = { title: 'Title', tone: 'Tone', setting: 'Setting' };

/** The draft as structured data, filling in as the conversation goes; the simple parts can be edited by hand. */
export function DraftPanel({ id, draft, onSaved }: { id: string; draft: CampaignDraft; onSaved: (draft: CampaignDraft) => void }) {
  const [edits, setEdits] = useState<Partial<Record<Editable, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const { missing } = completionStatus(draft);
  const value = (field: Editable) => edits[field] ?? draft[field] ?? '';

  async function saveEdits() {
    setError(null);
    const next = { ...draft, ...Object.fromEntries(Object.entries(edits).filter(([, v]) => v && v.trim())) };
    const response = await fetch(`/api/campaign-drafts/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft: next }),
    });
    const body = await response.json();
    if (!response.ok) return setError(body.error?.message ?? 'Could not save the edits');
    setEdits({});
    onSaved(body.draft);
  }

  return (
    <section className="party draft" aria-label="Campaign draft" data-testid="draft-panel">
      <h2>Draft</h2>
      {(['title', 'tone', 'setting'] as const).map((field) => (
        <label key={field} className="draft-field">
          <span>{LABELS[field]}</span>
          <input data-testid={`draft-${field}`} value={value(field)} onChange={(e) => setEdits({ ...edits, [field]: e.target.value })} />
        </label>
      ))}
      {(draft.visuals?.villainPortrait || draft.visuals?.worldMap) && (
        <div className="draft-visuals">
          {draft.visuals?.villainPortrait && (
            // eslint-disable-next-line @next/next/no-img-element -- a generated SVG served by our own API
            <img src={`/api/assets/${draft.visuals.villainPortrait}`} alt={`Portrait of ${draft.villain?.name ?? 'the villain'}`} data-testid="villain-portrait" />
          )}
          {draft.visuals?.worldMap && (
            // eslint-disable-next-line @next/next/no-img-element -- a generated SVG served by our own API
            <img src={`/api/assets/${draft.visuals.worldMap}`} alt="World map" data-testid="world-map" />
          )}
        </div>
      )}
      <dl className="draft-list">
        <dt>Villain</dt>
        <dd data-testid="draft-villain">{draft.villain ? `${draft.villain.name}: ${draft.villain.description}` : '—'}</dd>
        <dt>Factions</dt>
        <dd>{draft.factions?.map((f) => f.name).join(', ') || '—'}</dd>
        <dt>Places</dt>
        <dd data-testid="draft-locations">{draft.locations?.map((l) => l.title).join(', ') || '—'}</dd>
        <dt>People</dt>
        <dd>{draft.npcs?.map((n) => n.name).join(', ') || '—'}</dd>
        <dt>Hooks</dt>
        <dd>{draft.hooks?.join(' · ') || '—'}</dd>
        <dt>Level / party</dt>
        <dd>
          {draft.startingLevel ?? '—'} / {draft.partySize ?? '—'}
        </dd>
      </dl>
      <DraftListEditor id={id} draft={draft} onSaved={onSaved} />
      {Object.keys(edits).length > 0 && (
        <button className="button" onClick={saveEdits} data-testid="save-edits">
          Save edits
        </button>
      )}
      <FormError message={error} />
      <p className="muted" data-testid="draft-status">
        {missing.length ? `Still to decide: ${missing.map((field) => draftFieldLabels[field]).join(', ')}.` : 'Complete: ready to save as a campaign.'}
      </p>
    </section>
  );
}
