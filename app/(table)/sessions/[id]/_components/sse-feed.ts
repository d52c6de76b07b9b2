import type { LiveEvent } from '@/lib/realtime/live-events';
import type { OpenFeed } from './live-feed';

/** The server's own feed: one EventSource, which reconnects by itself. */
export const openSseFeed: OpenFeed = (sessionId, after, { onEvent, onConnection }) => {
  const source = new EventSource(`/api/sessions/${sessionId}/live?after=${after}`);
  source.onopen = () => onConnection(true);
  source.onerror = () => onConnection(false);
  source.onmessage = (message) => onEvent(JSON.parse(message.data) as LiveEvent);
  return () => source.close();
};
