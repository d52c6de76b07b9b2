import type { ActorRefFrom } from 'xstate';
import type { sessionMachine } from '@/machines/session.machine';
import type { MapArrivedEvent, PartyJoinEvent, SeatChangeEvent, TableCommandEvent } from '@/machines/session/types';
import type { StoryMemory } from '@/lib/ai/context/story-memory';
import type { CampaignSeed } from '@/lib/campaigns/campaign';
import type { TableBroadcast } from './table-broadcast';

export type SessionActor = ActorRefFrom<typeof sessionMachine>;
export type TableCommand = SeatChangeEvent | PartyJoinEvent | TableCommandEvent;
/** What became of a command the table took: committed, ignored (it changed nothing), or refused at commit with the reason. */
export type CommandOutcome = { kind: 'committed' } | { kind: 'ignored' } | { kind: 'failed'; reason: string };
/** A command waiting for the table, and whoever waits to hear what became of it. */
export type QueuedCommand = { command: TableCommand; settle?: (outcome: CommandOutcome) => void };
export type PendingMap = Omit<MapArrivedEvent, 'type'>;

/** A session this process plays: its actor, and what the table's I/O keeps beside it. */
export type LiveSession = {
  /** A battle map that arrived while the table was busy, to be laid out when it is free. */
  pendingMap: PendingMap | null;
  /** Seat changes and the game master's commands that arrived while the table was busy, in order. */
  pendingCommands: QueuedCommand[];
  /** Places a map was already asked for, so it is asked for once. */
  mapsAsked: Set<string>;
  actor: SessionActor;
  memory: StoryMemory;
  locations: CampaignSeed['locations'];
  /** The rulebooks this table plays by, which the DM looks rules up in. */
  ruleSystemIds: string[];
  lastUsed: number;
  broadcast: TableBroadcast;
  /** Set when another process committed first: the next use reloads the session from the database. */
  stale: boolean;
};

export function flushCommands(live: LiveSession): void {
  // Each command the table takes moves it out of awaitingAction; the rest wait for its return.
  while (live.pendingCommands.length && live.actor.getSnapshot().matches('awaitingAction')) {
    const { command, settle } = live.pendingCommands.shift()!;
    const version = live.actor.getSnapshot().context.version;
    live.actor.send(command);
    if (settle) follow(live, version, settle);
  }
}

/** Tells the one waiting on a command whether its commit landed: the version moves on, or the table carries on without it. */
function follow(live: LiveSession, version: number, settle: (outcome: CommandOutcome) => void): void {
  const taken = live.actor.getSnapshot();
  // Still waiting, and nothing committed: the machine's guard found nothing to change.
  if (taken.matches('awaitingAction') && taken.context.version === version) return settle({ kind: 'ignored' });
  const subscription = live.actor.subscribe((next) => {
    if (next.context.version > version) settle({ kind: 'committed' });
    else if (!next.matches('committing')) settle({ kind: 'failed', reason: next.context.lastError ?? 'the table could not save it' });
    else return;
    subscription.unsubscribe();
  });
}
