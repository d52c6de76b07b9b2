import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';

const usage = { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 5, text: 5, reasoning: 0 } };

function step(parts: LanguageModelV4StreamPart[], finish: 'tool-calls' | 'stop') {
  const chunks: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }, ...parts, { type: 'finish', finishReason: { unified: finish, raw: undefined }, usage }];
  return { stream: simulateReadableStream({ chunks }) };
}

/**
 * A hostile DM model (the AI SDK's test model): it makes the given tool calls
 * one per step, whatever the tools answered, then claims success in words.
 */
export function scriptedModel(calls: ReadonlyArray<{ tool: string; input: unknown }>): MockLanguageModelV4 {
  const steps = calls.map((call, i) =>
    step([{ type: 'tool-call', toolCallId: `hostile-${i}`, toolName: call.tool, input: JSON.stringify(call.input) }], 'tool-calls'),
  );
  const claim = 'It is done, exactly as I said.';
  steps.push(step([{ type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: claim }, { type: 'text-end', id: 't' }], 'stop'));
  return new MockLanguageModelV4({ doStream: steps });
}
