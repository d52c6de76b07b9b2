import type { LiveEvent } from '@/lib/realtime/live-events';
import { watchedEventSource } from '@/lib/realtime/watched-event-source';
import type { OpenFeed } from './live-feed';

/**
 * The server's own feed, watched for stalling (see watchedEventSource): when
 * it is opened again, it resumes after the last log entry it brought.
 */
export const openSseFeed: OpenFeed = (sessionId, after, { onEvent, onConnection }) => {
  let lastSeq = after;
  return watchedEventSource(() => `/api/sessions/${sessionId}/live?after=${lastSeq}`, {
    onConnection,
    onMessage: (data) => {
      const event = JSON.parse(data) as LiveEvent;
      if (event.kind === 'log') lastSeq = Math.max(lastSeq, event.event.seq);
      onEvent(event);
    },
  });
};
