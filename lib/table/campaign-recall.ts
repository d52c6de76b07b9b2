import { recall, recentLines } from '@/lib/ai/context/story-memory';
import { agentActions, contextBlockSchema } from '@/lib/agents/contracts';
import type { MessageBus } from '@/lib/bus';
import { createRequest } from '@/lib/messages';
import type { PromptMemory } from '@/lib/memory/types';
import type { SessionEvent } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import type { LiveSession } from './live-session';

export type RecallIo = { bus: MessageBus; agentTimeoutMs: number; memoryBudgetTokens: number };

/** A turn waits this long at most for the campaign's memory before it plays on with the session's own lines. */
const RECALL_LIMIT_MS = 5_000;

/**
 * The campaign's memory for one prompt, asked of the Chronicler once it has
 * read every commit so far, so a seed replays to the same prompts and the
 * same log: for the DM (no character) everything, for an AI player only
 * what their character witnessed. If the Chronicler cannot answer, the
 * table plays on with this session's own latest lines.
 */
export async function campaignRecall(io: RecallIo, sessionId: string, live: LiveSession, ask: { state: RulesState; action: string; turnId?: string; characterId?: string }): Promise<PromptMemory> {
  await live.chronicling;
  const request = createRequest({
    fromAgent: 'system',
    toAgent: 'chronicler',
    sessionId,
    timeout: Math.min(io.agentTimeoutMs, RECALL_LIMIT_MS),
    action: agentActions.recall,
    parameters: {
      turnId: ask.turnId,
      chronicleId: live.chronicleId,
      sessionId,
      reader: ask.characterId ? { kind: 'character', characterId: ask.characterId } : { kind: 'dm' },
      action: ask.action.slice(0, 2000),
      place: ask.state.scene.title,
      recent: recentLines(live.memory, ask.characterId),
      budgetTokens: io.memoryBudgetTokens,
    },
  });
  try {
    const response = await io.bus.request(request);
    if (!response.payload.success) throw new Error(response.payload.error.message);
    const blocks = contextBlockSchema.array().parse((response.payload.data as { blocks?: unknown }).blocks);
    return { blocks };
  } catch (error) {
    console.error(`[session ${sessionId}] the Chronicler could not recall; playing on with this session's latest lines:`, error);
    return recall(live.memory, ask.characterId);
  }
}

/**
 * Has the Chronicler read what was just committed, one commit after
 * another, handing it the entries and the party's names so it need not read
 * them back; the next recall waits for it, and a failure is the bus's dead letter.
 */
export function chronicleCommit(io: RecallIo, sessionId: string, live: LiveSession, committed: { events: SessionEvent[]; party: string[] }): void {
  const request = createRequest({
    fromAgent: 'system',
    toAgent: 'chronicler',
    sessionId,
    timeout: io.agentTimeoutMs,
    action: agentActions.chronicle,
    parameters: { sessionId, events: committed.events, party: committed.party },
  });
  live.chronicling = live.chronicling
    .then(() => io.bus.request(request))
    .catch((error: unknown) => console.error(`[session ${sessionId}] the Chronicler could not read the latest turn:`, error));
}
