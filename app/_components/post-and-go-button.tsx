'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/app/_components/form-error';

/** A button that creates something with a POST and then opens the page the answer names (`url`). */
export function PostAndGoButton(props: { endpoint: string; body?: unknown; label: string; busyLabel: string; testId: string; failure: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function go() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(props.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: props.body === undefined ? undefined : JSON.stringify(props.body),
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error?.message ?? props.failure);
      router.push(answer.url);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <div>
      <button className="button" onClick={go} disabled={busy} data-testid={props.testId}>
        {busy ? props.busyLabel : props.label}
      </button>
      <FormError message={error} />
    </div>
  );
}
