import { generateText, type LanguageModel } from 'ai';
import type { AgentUsage } from '@/lib/rules/session-log';
import type { CharacterSheet, RulesState } from '@/lib/rules/state';
import { playerInstructions, type PlayerSight } from './prompts/player';
import type { PromptMemory } from '@/lib/memory/types';

export type DecisionRequest = {
  state: RulesState;
  character: CharacterSheet;
  memory: PromptMemory;
  seed: number;
} & PlayerSight;

/** What an AI player does on its turn, in a player's words, and what asking the model for it cost. */
export async function decideAction(model: LanguageModel, request: DecisionRequest, abortSignal?: AbortSignal): Promise<{ action: string; usage: AgentUsage }> {
  const started = performance.now();
  const result = await generateText({
    model,
    instructions: playerInstructions(request.state, request.character, request.memory, { said: request.said, waysOn: request.waysOn }),
    messages: [{ role: 'user', content: 'It is your turn. What do you do?' }],
    seed: request.seed,
    abortSignal,
  });
  const usage: AgentUsage = {
    agent: 'player',
    modelId: typeof model === 'string' ? model : model.modelId,
    inputTokens: result.usage.inputTokens ?? 0,
    outputTokens: result.usage.outputTokens ?? 0,
    ms: Math.round(performance.now() - started),
  };
  return { action: result.text, usage };
}
