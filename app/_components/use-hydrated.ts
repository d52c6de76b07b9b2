'use client';

import { useEffect, useState } from 'react';

/**
 * Whether the component has come alive in the browser. Pages mark it
 * (data-hydrated) so that nothing, a browser test included, types into a
 * form before its handlers are attached.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
