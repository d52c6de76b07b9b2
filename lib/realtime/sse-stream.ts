import type { SessionEvent } from '@/lib/rules/session-log';
import { HEARTBEAT_MS, PING_FRAME } from './heartbeat';
import type { LiveHub } from './hub';
import type { LiveEvent } from './live-events';
import { PushStream } from './push-stream';

const encoder = new TextEncoder();
/** Frames already encoded: the hub hands one event object to every browser watching, so it is serialised once. */
const frames = new WeakMap<LiveEvent, Uint8Array>();

function frame(event: LiveEvent): Uint8Array {
  let encoded = frames.get(event);
  if (!encoded) {
    // Log entries carry their sequence number as the SSE id, so a reconnecting
    // browser resumes right after the last entry it saw (Last-Event-ID).
    const id = event.kind === 'log' ? `id: ${event.event.seq}\n` : '';
    encoded = encoder.encode(`${id}data: ${JSON.stringify(event)}\n\n`);
    frames.set(event, encoded);
  }
  return encoded;
}

/**
 * A session's live feed as Server-Sent Events: the log entries after
 * `afterSeq` first, then everything live, with no entry lost or repeated
 * in between. A live entry that skips ahead (one relayed from another
 * instance that died before passing the one before it on) sends the missing
 * entries from the database first.
 */
export function sessionEventStream(options: {
  hub: LiveHub;
  sessionId: string;
  /** Whose feed this is: it closes when the game master removes them. */
  userId: string;
  afterSeq: number;
  backlog: (afterSeq: number) => Promise<SessionEvent[]>;
  current: () => Promise<LiveEvent[]>;
  signal: AbortSignal;
}): ReadableStream<Uint8Array> {
  return new PushStream<Uint8Array>((sink) => {
    let lastSeq = options.afterSeq;
    let replaying = true;
    let closed = false;
    const held: LiveEvent[] = [];
    const send = (event: LiveEvent, maySkip = false) => {
      if (closed) return;
      if (event.kind === 'removed') {
        if (event.userId === options.userId) close(event);
        return;
      }
      if (event.kind === 'log') {
        if (event.event.seq <= lastSeq) return;
        if (event.event.seq > lastSeq + 1 && !maySkip) return void catchUp(event);
        lastSeq = event.event.seq;
      }
      sink.write(frame(event));
    };
    const catchUp = (ahead: LiveEvent) => {
      replaying = true;
      held.push(ahead);
      options
        .backlog(lastSeq)
        .then((missed) => {
          for (const event of missed) send({ kind: 'log', event });
        })
        .catch((error: unknown) => console.error(`[live] could not fill a gap in session ${options.sessionId}'s feed:`, error))
        .finally(() => {
          replaying = false;
          // Whatever the database could not fill stays a gap rather than a loop of lookups.
          for (const event of held.splice(0)) send(event, true);
        });
    };
    // Subscribe before reading the backlog, so nothing committed in between is missed.
    const unsubscribe = options.hub.subscribe(options.sessionId, (event) => (replaying ? held.push(event) : send(event)));
    const heartbeat = setInterval(() => sink.write(encoder.encode(PING_FRAME)), HEARTBEAT_MS);
    // Called by the feed's own ending and again by the stream's: it lets go once.
    const stop = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
    };
    // The removed person is told why, then the feed ends; their browser must not reconnect into it.
    const close = (last?: LiveEvent) => {
      if (closed) return;
      stop();
      if (last) sink.write(frame(last));
      sink.close();
    };
    options.signal.addEventListener('abort', () => close(), { once: true });
    // The feed starts when it is first read, which can be after the browser has gone.
    if (options.signal.aborted) {
      close();
      return stop;
    }
    sink.write(encoder.encode('retry: 2000\n\n'));
    void (async () => {
      for (const event of await options.backlog(options.afterSeq)) send({ kind: 'log', event });
      for (const event of await options.current()) send(event);
      replaying = false;
      for (const event of held.splice(0)) send(event);
    })().catch((error: unknown) => {
      stop();
      sink.error(error);
    });
    return stop;
  });
}
