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
};

/** What a session's live feed carries to browsers. */
export type LiveEvent =
  /** A committed log entry; `event.seq` orders them without gaps. */
  | { kind: 'log'; event: SessionEvent }
  /** The game after a commit, as players may see it (no DM secrets). */
  | { kind: 'state'; state: RulesState; version: number }
  /** A piece of narration as the DM streams it; `attempt` changes when the DM starts over. */
  | { kind: 'narration'; turnId: string; characterId: string; attempt: number; delta: string }
  | ({ kind: 'status' } & TableStatus);
