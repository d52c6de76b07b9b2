'use client';

import { useEffect, useReducer, useRef } from 'react';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { lastSeq, liveTableReducer, type LiveTable } from './live-table-reducer';

/** The table as the session's live feed keeps it: log, game state, status and streaming narration. */
export function useLiveTable(sessionId: string, initial: LiveTable): LiveTable {
  const [table, dispatch] = useReducer(liveTableReducer, initial);
  const seqRef = useRef(lastSeq(table));
  seqRef.current = lastSeq(table);

  useEffect(() => {
    if (table.gap) return;
    const source = new EventSource(`/api/sessions/${sessionId}/live?after=${seqRef.current}`);
    source.onopen = () => dispatch({ type: 'connection', connected: true });
    source.onerror = () => dispatch({ type: 'connection', connected: false });
    source.onmessage = (message) => dispatch({ type: 'live', event: JSON.parse(message.data) as LiveEvent });
    return () => source.close();
  }, [sessionId, table.gap]);

  useEffect(() => {
    // A gap closes the feed (effect above); reopening it from the last entry fills it.
    if (table.gap) dispatch({ type: 'resync' });
  }, [table.gap]);

  return table;
}
