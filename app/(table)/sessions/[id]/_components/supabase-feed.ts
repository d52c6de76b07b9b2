import { PRESENCE_HEARTBEAT_MS, sessionTopic } from '@/lib/realtime/channels';
import type { LiveEvent } from '@/lib/realtime/live-events';
import type { FeedSettings, OpenFeed } from './live-feed';

type CatchUp = { events: Array<Extract<LiveEvent, { kind: 'log' }>['event']>; state: Extract<LiveEvent, { kind: 'state' }>['state']; version: number };

/**
 * Hosted: the table's private Realtime channel carries what the SSE feed
 * would. On every (re)subscription the page catches up from the API, since
 * broadcasts missed while away are not replayed; a heartbeat keeps the
 * person present for the server, which hands seats to AI players when they go.
 */
export function supabaseFeed(settings: Extract<FeedSettings, { kind: 'supabase' }>): OpenFeed {
  return (sessionId, after, { onEvent, onConnection }) => {
    let closed = false;
    let stop = () => {};
    const heartbeat = () => void fetch(`/api/sessions/${sessionId}/presence`, { method: 'POST' }).catch(() => {});
    const beating = setInterval(heartbeat, PRESENCE_HEARTBEAT_MS);
    heartbeat();

    const catchUp = async () => {
      const response = await fetch(`/api/sessions/${sessionId}?after=${after}`);
      if (!response.ok) return;
      const table = (await response.json()) as CatchUp & { status: Extract<LiveEvent, { kind: 'status' }>; people: Extract<LiveEvent, { kind: 'presence' }>['people'] };
      for (const event of table.events) onEvent({ kind: 'log', event });
      onEvent({ kind: 'state', state: table.state, version: table.version });
      onEvent({ ...table.status, kind: 'status' });
      onEvent({ kind: 'presence', people: table.people });
    };

    void import('@supabase/supabase-js').then(({ createClient }) => {
      if (closed) return;
      const client = createClient(settings.url, settings.anonKey);
      const channel = client
        .channel(sessionTopic(sessionId), { config: { private: true } })
        .on('broadcast', { event: 'live' }, ({ payload }) => onEvent(payload as LiveEvent))
        .subscribe((status) => {
          onConnection(status === 'SUBSCRIBED');
          if (status === 'SUBSCRIBED') void catchUp();
        });
      stop = () => void client.removeChannel(channel);
    });

    return () => {
      closed = true;
      clearInterval(beating);
      stop();
    };
  };
}
