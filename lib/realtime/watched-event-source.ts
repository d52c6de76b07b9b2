import { SILENT_FEED_MS } from './heartbeat';

const WATCH_EVERY_MS = 5_000;

export type WatchedFeedHandlers = {
  /** Each message's data, pings aside. */
  onMessage: (data: string) => void;
  /** Whether the feed is open, each time that changes. */
  onConnection?: (open: boolean) => void;
};

/**
 * A server's feed in the browser: an EventSource, which reconnects by itself
 * when the connection fails, and a watchdog for when it does not fail but
 * stops (a laptop waking from sleep, a proxy that let go without a word).
 * Silent for SILENT_FEED_MS, it is opened again at `url()`, asked anew so a
 * feed can resume where it stopped. Returns what closes it for good, which a
 * handler may call too.
 */
export function watchedEventSource(url: () => string, { onMessage, onConnection }: WatchedFeedHandlers): () => void {
  let heard = Date.now();
  let source = connect();

  function connect(): EventSource {
    const opened = new EventSource(url());
    opened.onopen = () => {
      heard = Date.now();
      onConnection?.(true);
    };
    opened.onerror = () => onConnection?.(false);
    opened.onmessage = (message) => {
      heard = Date.now();
      onMessage(message.data);
    };
    opened.addEventListener('ping', () => {
      heard = Date.now();
    });
    return opened;
  }

  const watchdog = setInterval(() => {
    if (Date.now() - heard < SILENT_FEED_MS) return;
    source.close();
    onConnection?.(false);
    heard = Date.now();
    source = connect();
  }, WATCH_EVERY_MS);

  return () => {
    clearInterval(watchdog);
    source.close();
  };
}
