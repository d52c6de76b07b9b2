import type { ActorRefFrom } from 'xstate';
import type { MapArrivedEvent, SeatChangeEvent, sessionMachine, TableCommandEvent } from '@/machines/session.machine';
import type { StoryMemory } from '@/lib/ai/context/story-memory';
import type { CampaignSeed } from '@/lib/campaigns/campaign';

export type SessionActor = ActorRefFrom<typeof sessionMachine>;
export type TableCommand = SeatChangeEvent | TableCommandEvent;
export type PendingMap = Omit<MapArrivedEvent, 'type'>;

/** A session this process plays: its actor, and what the table's I/O keeps beside it. */
export type LiveSession = {
  /** A battle map that arrived while the table was busy, to be laid out when it is free. */
  pendingMap: PendingMap | null;
  /** Seat changes and the game master's commands that arrived while the table was busy, in order. */
  pendingCommands: TableCommand[];
  /** Places a map was already asked for, so it is asked for once. */
  mapsAsked: Set<string>;
  actor: SessionActor;
  memory: StoryMemory;
  locations: CampaignSeed['locations'];
  /** The rulebooks this table plays by, which the DM looks rules up in. */
  ruleSystemIds: string[];
  lastUsed: number;
  /** Snapshot writes, one after another, so an older one never lands after a newer one. */
  saving: Promise<unknown>;
  /** Set when another process committed first: the next use reloads the session from the database. */
  stale: boolean;
};

export function flushCommands(live: LiveSession): void {
  // Each command the table takes moves it out of awaitingAction; the rest wait for its return.
  while (live.pendingCommands.length && live.actor.getSnapshot().matches('awaitingAction')) {
    live.actor.send(live.pendingCommands.shift()!);
  }
}
