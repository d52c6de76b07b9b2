import { stepCountIs, streamText, type LanguageModel } from 'ai';
import type { TurnOutcome } from '@/lib/rules/session-log';
import type { GameState } from '@/lib/rules/state';
import { findCharacter } from '@/lib/rules/state';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { dmInstructions } from './prompts/dm';
import { actionMessage } from './prompts/format';
import { createAbilityCheckTool } from './tools/ability-check';
import { createDealDamageTool, createHealTool } from './tools/hp-change';

export type TurnRequest = {
  state: GameState;
  characterId: string;
  action: string;
  recent: string[];
  seed: number;
};

/** Tool rounds one turn may take: check, follow-up, narration, and slack for a model correcting itself. */
const MAX_STEPS = 6;

/**
 * Lets the DM model resolve one action. The model only talks and calls tools;
 * the resolver behind the tools decides every outcome.
 */
export async function narrateTurn(options: {
  request: TurnRequest;
  model: LanguageModel;
  onDelta: (delta: string) => void;
  abortSignal?: AbortSignal;
}): Promise<TurnOutcome> {
  const { request, model } = options;
  const character = findCharacter(request.state, request.characterId);
  if (!character) throw new Error(`No character "${request.characterId}" at this table`);
  const resolver = new TurnResolver(request.state);
  const result = streamText({
    model,
    instructions: dmInstructions(request.state, request.recent),
    messages: [{ role: 'user', content: actionMessage(character, request.action) }],
    tools: {
      ability_check: createAbilityCheckTool({ resolver }),
      deal_damage: createDealDamageTool({ resolver }),
      heal: createHealTool({ resolver }),
    },
    stopWhen: stepCountIs(MAX_STEPS),
    seed: request.seed,
    abortSignal: options.abortSignal,
  });
  let text = '';
  for await (const part of result.stream) {
    if (part.type === 'text-delta') {
      text += part.text;
      options.onDelta(part.text);
    } else if (part.type === 'error') {
      throw part.error instanceof Error ? part.error : new Error(String(part.error));
    }
  }
  return { text: text.trim(), checks: resolver.checks, rolls: resolver.rolls, patches: resolver.patches };
}
