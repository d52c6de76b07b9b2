import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { market } from '../rules/actions/goods-fixtures';

const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };

/** A model that makes these tool calls one per step, then says it is done. */
function calling(calls: Array<{ tool: string; input: unknown }>) {
  const step = (parts: LanguageModelV4StreamPart[], finish: 'tool-calls' | 'stop') => ({
    stream: simulateReadableStream<LanguageModelV4StreamPart>({ chunks: [{ type: 'stream-start', warnings: [] }, ...parts, { type: 'finish', finishReason: { unified: finish, raw: undefined }, usage }] }),
  });
  return new MockLanguageModelV4({
    doStream: [
      ...calls.map((c, i) => step([{ type: 'tool-call', toolCallId: `c${i}`, toolName: c.tool, input: JSON.stringify(c.input) }], 'tool-calls')),
      step([{ type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'Done.' }, { type: 'text-end', id: 't' }], 'stop'),
    ],
  });
}

async function turn(calls: Array<{ tool: string; input: unknown }>) {
  const request = { state: market(), characterId: 'mira', controller: 'human' as const, action: 'I help myself', memory: { blocks: [] }, seed: 1, locations: sampleCampaign.locations };
  return narrateTurn({ request, model: calling(calls), onDelta: () => {} });
}

describe('the item and coin tools', () => {
  it('answer with a sentence naming the source and the outcome', async () => {
    const outcome = await turn([{ tool: 'use_item', input: { characterId: 'mira', item: 'potion of healing', targetId: 'kestrel' } }]);
    expect(outcome.toolCalls[0]).toMatchObject({ ok: true, output: { outcome: expect.stringMatching(/^Mira Thorne gives Kestrel Potion of Healing: \+\d+ HP/) } });
  });

  it('refuse a field they do not take, such as experience slipped into a gift', async () => {
    const outcome = await turn([{ tool: 'give', input: { fromId: 'mira', toId: 'aldric', item: 'dagger', xp: 300 } }]);
    expect(outcome.toolCalls[0]!.ok).toBe(false);
    expect(outcome.patches.filter((p) => p.op !== 'session.rollCount')).toEqual([]);
  });

  it('offer the model no way to award experience or levels', async () => {
    const outcome = await turn([
      { tool: 'award_xp', input: { characterId: 'mira', amount: 300 } },
      { tool: 'level_up', input: { characterId: 'mira' } },
    ]);
    expect(outcome.toolCalls.every((c) => !c.ok)).toBe(true);
    expect(outcome.patches).toEqual([]);
  });
});
