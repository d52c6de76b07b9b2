import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';

/** What the table is doing now. */
export type TableStatus = {
  phase: 'awaitingAction' | 'resolving' | 'aiDeciding' | 'committing';
  turnId: string | null;
  /** Whose action is being decided or resolved (or, awaiting action, whose turn it is in a fight). */
  characterId: string | null;
  action: string | null;
  error: string | null;
  /** The game master paused play: nobody acts until they resume it. */
  paused: boolean;
};

/** Someone at the table, as everyone there sees them. */
export type PresenceEntry = { userId: string; name: string; role: 'gm' | 'player'; seats: string[]; online: boolean; typing: boolean };

/** What a session's live feed carries to browsers. */
export type LiveEvent =
  /** A committed log entry; `event.seq` orders them without gaps. */
  | { kind: 'log'; event: SessionEvent }
  /** The game after a commit, as players may see it (no DM secrets). */
  | { kind: 'state'; state: RulesState; version: number }
  /** A piece of narration as the DM streams it; `attempt` changes when the DM starts over. */
  | { kind: 'narration'; turnId: string; characterId: string; attempt: number; delta: string }
  | ({ kind: 'status' } & TableStatus)
  /** Who is at the table, who is online and who is typing; sent whenever it changes. */
  | { kind: 'presence'; people: PresenceEntry[] }
  /** The game master removed this person: their feeds close, on every instance. */
  | { kind: 'removed'; userId: string };
