'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function StartSessionButton({ campaignId }: { campaignId: string }) {
  const router = useRouter();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setStarting(true);
    setError(null);
    try {
      const response = await fetch('/api/sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ campaignId }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error?.message ?? 'Could not start a session');
      router.push(body.url);
    } catch (e) {
      setError((e as Error).message);
      setStarting(false);
    }
  }

  return (
    <div>
      <button className="button" onClick={start} disabled={starting} data-testid="start-session">
        {starting ? 'Setting the table…' : 'Start session'}
      </button>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
