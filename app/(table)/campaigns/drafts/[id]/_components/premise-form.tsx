'use client';

import { useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import { FormError } from '@/app/_components/form-error';

/** One sentence in, a whole draft out: every part can still be changed afterwards, by hand or in the conversation. */
export function PremiseForm({ id, onDrafted }: { id: string; onDrafted: (draft: CampaignDraft) => void }) {
  const [premise, setPremise] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    const response = await fetch(`/api/campaign-drafts/${id}/premise`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ premise }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? 'Could not draft from that premise');
    onDrafted(body.draft);
  });
  return (
    <form className="panel premise-form" onSubmit={submit} aria-label="Draft from a premise" data-testid="premise-form">
      <label htmlFor={`premise-${id}`}>Or tell it all in one sentence, and get a whole campaign to change as you like</label>
      <input
        id={`premise-${id}`}
        data-testid="premise-input"
        placeholder="A cursed abbey where the bells toll for the dead…"
        value={premise}
        maxLength={400}
        onChange={(e) => setPremise(e.target.value)}
      />
      <button className="button" type="submit" disabled={busy || premise.trim().length < 8} data-testid="premise-submit">
        {busy ? 'Drafting…' : 'Draft it all'}
      </button>
      <FormError message={error} />
    </form>
  );
}
