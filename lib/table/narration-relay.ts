import type { UpdateMessage } from '@/lib/messages';
import type { LiveEvent } from '@/lib/realtime/live-events';
import type { NarrationDelta } from '@/lib/agents/dm-agent';

type Narration = Extract<LiveEvent, { kind: 'narration' }>;

/**
 * Passes the DM's narration of one resolve_action request on to the table's
 * live feed. Two things start a narration over: the DM trying again (its own
 * `attempt`, from 1), and the bus handling the request again (a retry, or a
 * redelivery while the first handling still runs), which the update's
 * retryCount tells; the bus passes on only the newest handling's updates.
 * Browsers start their draft over whenever `attempt` changes, so each new
 * (handling, DM attempt) pair gets a number of its own.
 */
export function narrationRelay(publish: (event: Narration) => void): (update: UpdateMessage) => void {
  let current = '';
  let attempt = 0;
  return (update) => {
    if (update.payload.eventType !== 'narration.delta') return;
    const delta = update.payload.data as NarrationDelta;
    const which = `${update.metadata.retryCount}:${delta.attempt}`;
    if (which !== current) {
      current = which;
      attempt += 1;
    }
    publish({ kind: 'narration', ...delta, attempt });
  };
}
