import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockImageModelV4, MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { afterEach, describe, expect, it } from 'vitest';
import { startAgents } from '@/lib/agents/start-agents';
import { AgentBus, MemoryTransport } from '@/lib/bus';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { readConfig } from '@/lib/config';
import { createRequest } from '@/lib/messages';

const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };
const narration: LanguageModelV4StreamPart[] = [
  { type: 'stream-start', warnings: [] },
  { type: 'text-start', id: 't' },
  { type: 'text-delta', id: 't', delta: 'The water stirs.' },
  { type: 'text-end', id: 't' },
  { type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage },
];

/** Holds each model call for a while and remembers the most that were under way at once. */
function peakCounter() {
  let active = 0;
  const counter = {
    peak: 0,
    async hold() {
      active += 1;
      counter.peak = Math.max(counter.peak, active);
      await new Promise((resolve) => setTimeout(resolve, 30));
      active -= 1;
    },
  };
  return counter;
}

const state = openingState(sampleCampaign, 3);
const requests = {
  dm: (i: number) =>
    createRequest({
      fromAgent: 'system',
      toAgent: 'dm',
      sessionId: 'concurrency',
      action: 'resolve_action',
      parameters: {
        turnId: `t${i}`,
        characterId: 'mira',
        controller: 'human',
        action: 'I wait',
        state,
        memory: { blocks: [] },
        seed: i,
        locations: sampleCampaign.locations,
      },
    }),
  generator: (i: number) =>
    createRequest({
      fromAgent: 'dm',
      toAgent: 'generator',
      sessionId: 'concurrency',
      action: 'generate_map',
      parameters: { kind: 'battle', seed: i, width: 10, height: 8, terrain: 'ruins' },
    }),
};

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe.each(['dm', 'generator'] as const)('the %s agent with AGENT_CONCURRENCY set', (agent) => {
  it.each([1, 3])('handles no more than %i at once in its process', async (concurrency) => {
    const counter = peakCounter();
    const models = {
      dm: new MockLanguageModelV4({
        doStream: async () => {
          await counter.hold();
          return { stream: simulateReadableStream({ chunks: narration }) };
        },
      }),
      generator: new MockImageModelV4({
        doGenerate: async () => {
          await counter.hold();
          return { images: [PIXEL], warnings: [], response: { timestamp: new Date(), modelId: 'mock', headers: undefined } };
        },
      }),
    };
    const bus = new AgentBus({ transport: new MemoryTransport(), deadLetters: { add: async () => {} } });
    const stop = await startAgents(bus, readConfig({ AGENT_CONCURRENCY: String(concurrency) }), [agent], { models });
    closers.push(async () => {
      await stop();
      await bus.close();
    });

    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => bus.request(requests[agent](i))));
    expect(responses.every((r) => r.payload.success)).toBe(true);
    expect(counter.peak).toBe(concurrency);
  });
});
