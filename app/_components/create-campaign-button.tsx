'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function CreateCampaignButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/campaign-drafts', { method: 'POST' });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error?.message ?? 'Could not start a new campaign');
      router.push(body.url);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <div>
      <button className="button" onClick={create} disabled={busy} data-testid="create-campaign">
        {busy ? 'Opening…' : 'Write a new campaign'}
      </button>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
