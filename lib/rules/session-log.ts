import { z } from 'zod';
import type { LevelUpResult } from './advancement/level-up';
import type { XpAward } from './advancement/xp-awards';
import { checkResultSchema } from './checks';
import { diceRollRecordSchema } from './dice';
import { statePatchSchema } from './patches';
import type { RulesState, Scene } from './state';

/** One tool the DM called while resolving an action, and what the rules engine answered. */
export const toolCallRecordSchema = z.object({
  toolName: z.string(),
  input: z.unknown(),
  ok: z.boolean(),
  /** The engine's answer when the call was allowed. */
  output: z.unknown().optional(),
  /** Why the engine refused the call; the model saw this and had to narrate around it. */
  error: z.string().optional(),
});
export type ToolCallRecord = z.infer<typeof toolCallRecordSchema>;

/** Rule text the DM looked up and used, so a ruling can cite it. */
export const ruleCitationSchema = z.object({
  source: z.string(),
  section: z.string(),
  page: z.number().int().nullable(),
  text: z.string(),
});
export type RuleCitation = z.infer<typeof ruleCitationSchema>;

/** What one model call cost: tokens and time, per agent. */
export const agentUsageSchema = z.object({
  agent: z.enum(['dm', 'player']),
  modelId: z.string(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  ms: z.number().nonnegative(),
});
export type AgentUsage = z.infer<typeof agentUsageSchema>;

/** One block of the story's memory the DM was sent: its size and why, not its lines (which may hold the DM's secrets). */
export const contextSentSchema = z.object({
  id: z.string(),
  title: z.string(),
  tokens: z.number().int().nonnegative(),
  why: z.string(),
  lines: z.number().int().nonnegative(),
  dropped: z.number().int().nonnegative(),
});
export type ContextSent = z.infer<typeof contextSentSchema>;

/** What the DM decided for one action: narration plus the engine's own record of it. */
export const turnOutcomeSchema = z.object({
  text: z.string(),
  checks: z.array(checkResultSchema),
  rolls: z.array(diceRollRecordSchema),
  patches: z.array(statePatchSchema),
  toolCalls: z.array(toolCallRecordSchema).default([]),
  rules: z.array(ruleCitationSchema).default([]),
  usage: agentUsageSchema.nullable().default(null),
  /** The memory the DM was sent for this action, for the context inspector. */
  context: z.array(contextSentSchema).optional(),
});

export type TurnOutcome = z.output<typeof turnOutcomeSchema>;

/**
 * What a committed session event holds, by type. The log is the session's
 * history: replaying its patches from the opening state rebuilds the game.
 * `witnesses` names the party members who saw it happen; an AI player only
 * ever remembers what its character witnessed.
 */
export type SessionEventData = {
  /** The opening state is kept so the whole session can be replayed and checked from it. */
  'session.started': {
    campaignTitle: string;
    scene: Scene;
    initialState?: RulesState;
    /** A continued campaign's "previously on": what the session before it came to. */
    recap?: string;
  };
  'player.acted': {
    turnId: string;
    characterId: string;
    characterName: string;
    /** Who chose the action: a person, an AI player, or the DM for a monster. */
    controller: 'human' | 'ai' | 'dm';
    text: string;
    witnesses?: string[];
    usage?: AgentUsage | null;
  };
  'dm.narrated': TurnOutcome & { turnId: string; characterId: string; witnesses?: string[] };
  'turn.failed': { turnId: string; characterId: string; reason: string };
  /** The rules moved the fight on to the next creature's turn. */
  'turn.advanced': { endedId: string; nextId: string | null; round: number; patches: TurnOutcome['patches'] };
  /** The battle map the generator drew for a place arrived, and everyone took their places on it. */
  'map.arrived': { locationId: string; patches: TurnOutcome['patches'] };
  /** A seat changed hands: a person took a character, or an AI player took it while they are away. */
  'seat.changed': { characterId: string; characterName: string; controller: 'human' | 'ai'; reason: string; patches: TurnOutcome['patches'] };
  /** A person brought a character of their own, and it joined the party with them in its seat. */
  'party.joined': { characterId: string; characterName: string; reason: string; patches: TurnOutcome['patches'] };
  /** The game master paused or resumed play; while paused nobody acts. */
  'table.paused': { reason: string };
  'table.resumed': { reason: string };
  /** The game master chose the rulebooks the table plays by from now on (the DM looks rules up in these). */
  'rulebooks.chosen': { ruleSystems: Array<{ id: string; name: string }>; by: string };
  /** The game master changed the state by hand, saying why. */
  'gm.edited': { reason: string; by: string; patches: TurnOutcome['patches'] };
  /** A fight ended because one side could no longer fight. */
  'combat.ended': { winner: 'party' | 'monsters'; patches: TurnOutcome['patches'] };
  /** Experience shared out: the engine's for defeated foes (named with their XP), or a game master's milestone (who and why). */
  'xp.awarded': XpAward;
  /** A character reached its next level, with the choices of its player, the game master or its AI player (`by`). */
  'character.leveled': LevelUpResult & { by: string; rolls: TurnOutcome['rolls']; patches: TurnOutcome['patches'] };
};

export type SessionEventType = keyof SessionEventData;

export type NewSessionEvent = {
  [K in SessionEventType]: { type: K; data: SessionEventData[K] };
}[SessionEventType];

export type SessionEvent = NewSessionEvent & { seq: number; createdAt: string };
