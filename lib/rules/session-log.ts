import { z } from 'zod';
import { checkResultSchema } from './checks';
import { diceRollRecordSchema } from './dice';
import { statePatchSchema } from './patches';
import type { Scene } from './state';

/** What the DM decided for one action: narration plus the engine's own record of it. */
export const turnOutcomeSchema = z.object({
  text: z.string(),
  checks: z.array(checkResultSchema),
  rolls: z.array(diceRollRecordSchema),
  patches: z.array(statePatchSchema),
});

export type TurnOutcome = z.infer<typeof turnOutcomeSchema>;

/** What a committed session event holds, by type. The log is the session's history. */
export type SessionEventData = {
  'session.started': { campaignTitle: string; scene: Scene };
  'player.acted': {
    turnId: string;
    characterId: string;
    characterName: string;
    controller: 'human' | 'ai';
    text: string;
  };
  'dm.narrated': TurnOutcome & { turnId: string; characterId: string };
  'turn.failed': { turnId: string; characterId: string; reason: string };
};

export type SessionEventType = keyof SessionEventData;

export type NewSessionEvent = {
  [K in SessionEventType]: { type: K; data: SessionEventData[K] };
}[SessionEventType];

export type SessionEvent = NewSessionEvent & { seq: number; createdAt: string };
