'use client';

import { useState, type FormEvent } from 'react';

/**
 * A form's submission: `busy` while the action runs, and what it threw as `error`. A form that its success
 * replaces (the page moves on) stays busy afterwards, so it cannot be sent a second time while it goes.
 */
export function useSubmit(action: () => Promise<void>, { replacedOnSuccess = false } = {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
      if (!replacedOnSuccess) setBusy(false);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return { busy, error, submit };
}
