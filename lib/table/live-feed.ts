import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import type { LiveHub } from '@/lib/realtime/hub';
import { sessionEventStream } from '@/lib/realtime/sse-stream';
import { publicEvent } from '@/lib/rules/public-state';
import type { SeatKeeper } from './seat-keeper';
import type { SessionHost } from './session-host';

/** What a live feed reads from: the log, the live events, the table and who is at it. */
export type LiveFeedSources = {
  db: Database;
  hub: LiveHub;
  sessions: Pick<SessionHost, 'view'>;
  seats: Pick<SeatKeeper, 'connected' | 'presence'>;
};

/**
 * A person's live feed of a table as Server-Sent Events: the log after
 * `afterSeq`, then the table as it is, then everything live until `signal`
 * aborts.
 */
export async function openLiveFeed(
  sources: LiveFeedSources,
  input: { sessionId: string; identity: Identity; afterSeq: number; signal: AbortSignal },
): Promise<ReadableStream<Uint8Array>> {
  const { db, hub, sessions, seats } = sources;
  const { sessionId, identity, afterSeq, signal } = input;
  // Having the feed open is what being at the table means: presence, and keeping one's seats.
  const leave = await seats.connected(sessionId, identity);
  signal.addEventListener('abort', leave, { once: true });
  return sessionEventStream({
    hub,
    sessionId,
    userId: identity.userId,
    afterSeq,
    signal,
    backlog: async (after) => (await listSessionEvents(db, { sessionId, afterSeq: after })).map(publicEvent),
    current: async () => {
      const [{ state, version, status }, people] = await Promise.all([sessions.view(sessionId), seats.presence(sessionId)]);
      return [
        { kind: 'state', state, version },
        { kind: 'status', ...status },
        { kind: 'presence', people },
      ];
    },
  });
}
