'use client';

import { useEffect, useState } from 'react';
import type { CharacterPreview } from '@/lib/characters/player-characters';

/** The server's sheet for the draft as it stands, fetched a moment after each change (the rules and the SRD stay on the server). */
export function usePreview(body: unknown): { preview: CharacterPreview | null; error: string | null } {
  const [preview, setPreview] = useState<CharacterPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = body === null ? null : JSON.stringify(body);

  useEffect(() => {
    if (key === null) {
      setPreview(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/api/characters/preview', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: key, signal: controller.signal });
        const answer = await response.json();
        if (!response.ok) throw new Error(answer.error?.message ?? 'The sheet could not be worked out');
        setPreview(answer);
        setError(null);
      } catch (e) {
        if (!controller.signal.aborted) setError((e as Error).message);
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return { preview, error };
}
