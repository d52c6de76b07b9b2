'use client';

import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { FeedSettings } from './live-feed';
import { lastSeq, liveTableReducer, type LiveTable } from './live-table-reducer';
import { openSseFeed } from './sse-feed';
import { supabaseFeed } from './supabase-feed';

/** The table as its live feed keeps it: log, game state, status, people and streaming narration. */
export function useLiveTable(sessionId: string, me: string, initial: LiveTable, feed: FeedSettings = { kind: 'sse' }): LiveTable {
  const [table, dispatch] = useReducer(liveTableReducer, initial);
  const seqRef = useRef(lastSeq(table));
  seqRef.current = lastSeq(table);
  const settings = JSON.stringify(feed);
  const open = useMemo(() => {
    const parsed = JSON.parse(settings) as FeedSettings;
    return parsed.kind === 'supabase' ? supabaseFeed(parsed) : openSseFeed;
  }, [settings]);

  // Someone the game master removed no longer follows the table.
  const removed = table.removed.includes(me);
  useEffect(() => {
    if (table.gap || removed) return;
    return open(sessionId, seqRef.current, {
      onEvent: (event) => dispatch({ type: 'live', event }),
      onConnection: (connected) => dispatch({ type: 'connection', connected }),
    });
  }, [sessionId, table.gap, removed, open]);

  useEffect(() => {
    // A gap closes the feed (effect above); reopening it from the last entry fills it.
    if (table.gap) dispatch({ type: 'resync' });
  }, [table.gap]);

  return table;
}
