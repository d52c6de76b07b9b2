import type { SessionEvent } from '@/lib/rules/session-log';
import type { Character } from '@/lib/rules/state';

/** What a session's live feed carries to browsers. */
export type LiveEvent =
  /** A committed log entry; `event.seq` orders them without gaps. */
  | { kind: 'log'; event: SessionEvent }
  /** The party after a commit. */
  | { kind: 'party'; party: Character[]; version: number }
  /** A piece of narration as the DM streams it; `attempt` changes when the DM starts over. */
  | { kind: 'narration'; turnId: string; characterId: string; attempt: number; delta: string }
  /** What the table is doing now. */
  | {
      kind: 'status';
      phase: 'awaitingAction' | 'resolving' | 'aiDeciding' | 'committing';
      turnId: string | null;
      characterId: string | null;
      action: string | null;
      error: string | null;
    };
