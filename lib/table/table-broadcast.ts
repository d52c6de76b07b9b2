import type { UpdateMessage } from '@/lib/messages';
import type { LiveHub } from '@/lib/realtime/hub';
import type { PresenceEntry, TableStatus } from '@/lib/realtime/live-events';
import { publicEvent, publicState } from '@/lib/rules/public-state';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { narrationRelay } from './narration-relay';

function sameStatus(a: TableStatus, b: TableStatus): boolean {
  return (
    a.phase === b.phase &&
    a.turnId === b.turnId &&
    a.characterId === b.characterId &&
    a.action === b.action &&
    a.error === b.error &&
    a.paused === b.paused
  );
}

/**
 * The one place a table's events reach its live feed: what the table is
 * doing as it changes, each committed event (after the commit, with its
 * sequence number) and the state it left, and the DM's narration as it
 * streams; and, apart from play, who is at the table and who was removed.
 */
export class TableBroadcast {
  private lastStatus: TableStatus | null = null;

  constructor(
    private readonly hub: LiveHub,
    private readonly sessionId: string,
  ) {}

  /** What the table is doing; sent only when it differs from what was last sent. */
  status(status: TableStatus): void {
    if (this.lastStatus && sameStatus(this.lastStatus, status)) return;
    this.lastStatus = status;
    this.hub.publish(this.sessionId, { kind: 'status', ...status });
  }

  committed(events: SessionEvent[], state: RulesState, version: number): void {
    for (const event of events) this.hub.publish(this.sessionId, { kind: 'log', event: publicEvent(event) });
    this.hub.publish(this.sessionId, { kind: 'state', state: publicState(state), version });
  }

  /** A listener for one resolve request's streamed updates; each request numbers its narration attempts afresh. */
  narration(): (update: UpdateMessage) => void {
    return narrationRelay((event) => this.hub.publish(this.sessionId, event));
  }
}

/** Who is at the table, online and typing, as the seat keeper last saw it. */
export function broadcastPresence(hub: LiveHub, sessionId: string, people: PresenceEntry[]): void {
  hub.publish(sessionId, { kind: 'presence', people });
}

/** A removed person's feeds close on every instance when this reaches them. */
export function broadcastRemoval(hub: LiveHub, sessionId: string, userId: string): void {
  hub.publish(sessionId, { kind: 'removed', userId });
}
