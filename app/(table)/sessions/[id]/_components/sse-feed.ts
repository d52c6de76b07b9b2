import type { LiveEvent } from '@/lib/realtime/live-events';
import type { OpenFeed } from './live-feed';

/**
 * How long a feed may say nothing before the page takes it for stalled: the
 * server pings every 15 s (HEARTBEAT_MS in lib/realtime/sse-stream.ts), so
 * this is three pings missed.
 */
export const SILENT_FEED_MS = 45_000;
const WATCH_EVERY_MS = 5_000;

/**
 * The server's own feed: an EventSource, which reconnects by itself when the
 * connection fails, and a watchdog for when it does not fail but stops (a
 * laptop waking from sleep, a proxy that let go without a word): silent for
 * SILENT_FEED_MS, it is opened again after the last log entry it brought.
 */
export const openSseFeed: OpenFeed = (sessionId, after, { onEvent, onConnection }) => {
  let lastSeq = after;
  let heard = Date.now();
  let source = connect();

  function connect(): EventSource {
    const opened = new EventSource(`/api/sessions/${sessionId}/live?after=${lastSeq}`);
    opened.onopen = () => {
      heard = Date.now();
      onConnection(true);
    };
    opened.onerror = () => onConnection(false);
    opened.onmessage = (message) => {
      heard = Date.now();
      const event = JSON.parse(message.data) as LiveEvent;
      if (event.kind === 'log') lastSeq = Math.max(lastSeq, event.event.seq);
      onEvent(event);
    };
    opened.addEventListener('ping', () => {
      heard = Date.now();
    });
    return opened;
  }

  const watchdog = setInterval(() => {
    if (Date.now() - heard < SILENT_FEED_MS) return;
    source.close();
    onConnection(false);
    heard = Date.now();
    source = connect();
  }, WATCH_EVERY_MS);

  return () => {
    clearInterval(watchdog);
    source.close();
  };
};
