'use client';

import { useEffect, useState } from 'react';

/** JSON from an ops endpoint, fetched again every `everyMs`; the last error is kept to show. */
export function usePolled<T>(url: string, everyMs: number): { data: T | null; error: string | null } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = async () => {
      try {
        const response = await fetch(url);
        const body = await response.json();
        if (stopped) return;
        if (!response.ok) throw new Error(body?.error?.message ?? `Failed (${response.status})`);
        setData(body as T);
        setError(null);
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
    };
    void load();
    const timer = setInterval(load, everyMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [url, everyMs]);
  return { data, error };
}
