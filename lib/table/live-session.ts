import type { ActorRefFrom } from 'xstate';
import type { sessionMachine } from '@/machines/session.machine';
import type { CommandOutcome, TableCommand } from '@/machines/session/types';
import type { StoryMemory } from '@/lib/ai/context/story-memory';
import type { CampaignSeed } from '@/lib/campaigns/campaign';
import type { TableBroadcast } from './table-broadcast';

export type SessionActor = ActorRefFrom<typeof sessionMachine>;

/** The actor system a session actor and the actors it invokes share. */
export type ActorSystemOf = SessionActor['system'];

/** A session this process plays: its actor, and what the table's I/O keeps beside it. */
export type LiveSession = {
  actor: SessionActor;
  memory: StoryMemory;
  /** The group's run of the campaign this table belongs to: whose memory it recalls. */
  chronicleId: string;
  /** The Chronicler's reading of the latest commits, in order; the next recall and `settled` wait for it. */
  chronicling: Promise<unknown>;
  locations: CampaignSeed['locations'];
  /** The rulebooks this table plays by, which the DM looks rules up in. */
  ruleSystemIds: string[];
  lastUsed: number;
  broadcast: TableBroadcast;
  /** Those waiting to hear what became of a command they handed the table. */
  waiting: Map<TableCommand, (outcome: CommandOutcome) => void>;
  /** What the database's snapshot says the table was doing, at which version, and its write if one is under way. */
  saved: { version: number; resting: boolean; write: Promise<unknown> };
  /** Set when another process committed first: the next use reloads the session from the database. */
  stale: boolean;
};

/** The table a session actor plays, with its id: one machine serves every table of a host, and its actors find theirs by their actor system. */
export type TableOf = (system: ActorSystemOf) => { sessionId: string; live: LiveSession };
