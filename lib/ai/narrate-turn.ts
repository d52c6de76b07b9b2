import type { RulebookSearch } from '@/lib/rules/reference';
import { stepCountIs, streamText, type LanguageModel } from 'ai';
import { arrivalAt, waysOnFrom } from '@/lib/campaigns/arrival';
import type { CampaignSeed } from '@/lib/campaigns/campaign';
import type { AgentUsage, RuleCitation, ToolCallRecord, TurnOutcome } from '@/lib/rules/session-log';
import { findCombatant, type GameState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { dmInstructions } from './prompts/dm';
import { actionMessage, type TableCombatant } from './prompts/format';
import { dmTools } from './tools/dm-tools';
import type { PromptMemory } from '@/lib/memory/types';

export type TurnRequest = {
  state: GameState;
  characterId: string;
  controller: 'human' | 'ai' | 'dm';
  action: string;
  memory: PromptMemory;
  seed: number;
  /** The campaign's places, so the DM can take the party on. */
  locations: CampaignSeed['locations'];
};

/** Tool rounds one turn may take: a few calls, a correction or two, then narration. */
const MAX_STEPS = 8;

const playedBy: Record<TurnRequest['controller'], TableCombatant['playedBy']> = { human: 'person', ai: 'ai player', dm: 'dm' };

/**
 * Lets the DM model resolve one action. The model only talks and calls tools;
 * the resolver behind the tools decides every outcome, and every call, answer
 * and refusal is recorded so the ruling can be explained.
 */
export async function narrateTurn(options: {
  request: TurnRequest;
  model: LanguageModel;
  onDelta: (delta: string) => void;
  abortSignal?: AbortSignal;
  /** The table's imported rulebooks, when the DM can reach them. */
  searchRulebooks?: RulebookSearch;
}): Promise<TurnOutcome> {
  const { request, model } = options;
  const resolver = new TableResolver(request.state, request.characterId);
  const actor = findCombatant(resolver.state, request.characterId);
  if (!actor) throw new Error(`No character "${request.characterId}" at this table`);
  const rules: RuleCitation[] = [];
  const started = performance.now();
  const result = streamText({
    model,
    instructions: dmInstructions(resolver.state, request.memory, waysOnFrom(request.locations, resolver.state.scene.locationId)),
    messages: [{ role: 'user', content: actionMessage(actor, request.action, playedBy[request.controller]) }],
    tools: dmTools({
      resolver,
      cite: (c) => rules.push(c),
      arrivalFor: (id) => arrivalAt(request.locations, id, { woken: resolver.state.story.woken, placesLeft: resolver.state.placesLeft }),
      searchRulebooks: options.searchRulebooks,
    }),
    stopWhen: stepCountIs(MAX_STEPS),
    seed: request.seed,
    abortSignal: options.abortSignal,
  });
  let text = '';
  const toolCalls: ToolCallRecord[] = [];
  const byId = new Map<string, ToolCallRecord>();
  for await (const part of result.stream) {
    switch (part.type) {
      case 'text-delta':
        text += part.text;
        options.onDelta(part.text);
        break;
      case 'tool-call': {
        const record: ToolCallRecord = { toolName: part.toolName, input: part.input, ok: false };
        byId.set(part.toolCallId, record);
        toolCalls.push(record);
        break;
      }
      case 'tool-result':
        Object.assign(byId.get(part.toolCallId) ?? {}, { ok: true, output: part.output });
        break;
      case 'tool-error':
        Object.assign(byId.get(part.toolCallId) ?? {}, { ok: false, error: part.error instanceof Error ? part.error.message : String(part.error) });
        break;
      case 'error':
        throw part.error instanceof Error ? part.error : new Error(String(part.error));
    }
  }
  const total = await result.totalUsage;
  const usage: AgentUsage = {
    agent: 'dm',
    modelId: typeof model === 'string' ? model : model.modelId,
    inputTokens: total.inputTokens ?? 0,
    outputTokens: total.outputTokens ?? 0,
    ms: Math.round(performance.now() - started),
  };
  return { text: text.trim(), checks: resolver.checks, rolls: resolver.rolls, patches: resolver.patches, toolCalls, rules, usage };
}
