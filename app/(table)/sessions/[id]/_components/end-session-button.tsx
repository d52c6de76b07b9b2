'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useSubmit } from '@/app/_components/use-submit';
import { postJson } from './post-json';
import { FormError } from '@/app/_components/form-error';

/** The game master ends the session, after saying so twice: nobody can act at this table afterwards. */
export function EndSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const end = useSubmit(async () => {
    await postJson(`/api/sessions/${sessionId}/end`, undefined);
    router.refresh();
  });
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)} data-testid="end-session">
        End this session
      </button>
    );
  }
  return (
    <form className="end-session-confirm" onSubmit={end.submit} role="group" aria-label="End this session">
      <span>End the session for everyone? Nobody can act here afterwards; you can continue the campaign in a new session.</span>{' '}
      <button type="submit" className="button danger" disabled={end.busy} autoFocus data-testid="end-session-confirm">
        {end.busy ? 'Ending…' : 'Yes, end it'}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setAsking(false)} disabled={end.busy}>
        Keep playing
      </button>
      <FormError message={end.error} />
    </form>
  );
}
