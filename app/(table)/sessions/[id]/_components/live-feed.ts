import type { LiveEvent } from '@/lib/realtime/live-events';

/** How this page follows the table: the server's SSE feed, or Supabase Realtime when hosted. */
export type FeedSettings = { kind: 'sse' } | { kind: 'supabase'; url: string; anonKey: string };

export type FeedHandlers = { onEvent: (event: LiveEvent) => void; onConnection: (connected: boolean) => void };

/** Opens a feed that starts after log entry `after`; the returned function closes it. */
export type OpenFeed = (sessionId: string, after: number, handlers: FeedHandlers) => () => void;
