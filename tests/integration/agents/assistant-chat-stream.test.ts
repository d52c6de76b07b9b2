import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { assistantUpdates } from '@/lib/agents/assistant-agent';
import { assistantChatStream } from '@/lib/campaigns/draft-reply-stream';
import { AgentBus, MemoryTransport, type HandlerContext } from '@/lib/bus';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import { createRequest } from '@/lib/messages';

/** Chunks as the assistant streams one step of text: no message id, and text ids that every attempt reuses. */
const step = (id: string, words: string[]): UIMessageChunk[] => [
  { type: 'start-step' },
  { type: 'text-start', id },
  ...words.map((delta): UIMessageChunk => ({ type: 'text-delta', id, delta })),
  { type: 'text-end', id },
  { type: 'finish-step' },
];

const reply = (text: string) => ({
  draft: { tone: 'grim' } satisfies CampaignDraft,
  messages: [{ id: 'a', role: 'assistant', parts: [{ type: 'text', text }] }],
});

const buses: AgentBus[] = [];
afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.close();
});

function busWith(handler: (retryCount: number, send: (chunk: UIMessageChunk) => Promise<void>) => Promise<unknown>) {
  const bus = new AgentBus({
    transport: new MemoryTransport(),
    deadLetters: { add: async () => {} },
    retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 10 },
  });
  buses.push(bus);
  void bus.subscribe('assistant', (message, context: HandlerContext) =>
    handler(message.metadata.retryCount, (chunk) => context.update(assistantUpdates.chunk, chunk)),
  );
  return bus;
}

/** What the chat in the browser ends up showing of the streamed reply. */
async function shown(bus: AgentBus): Promise<{ text: string; replies: string[] }> {
  const replies: string[] = [];
  const ask = createRequest({ fromAgent: 'system', toAgent: 'assistant', sessionId: 'draft:x', action: 'reply_to_gm', timeout: 5_000 });
  const stream = assistantChatStream({
    bus,
    ask,
    label: 'draft x',
    onDraft: () => {},
    onReply: async ({ messages }) => void replies.push(JSON.stringify(messages)),
  });
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream })) last = message;
  const text = (last?.parts ?? []).flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
  return { text, replies };
}

describe("the Campaign Assistant's reply as the chat streams it", () => {
  it('shows the retried attempt alone when the first one broke off after some words', async () => {
    const bus = busWith(async (retryCount, send) => {
      await send({ type: 'start' });
      if (retryCount === 0) {
        for (const chunk of step('0', ['Noted. '])) await send(chunk);
        for (const chunk of step('1', ['Old ', 'words'])) await send(chunk);
        throw new Error('the model connection dropped');
      }
      for (const chunk of [...step('0', ['Noted again. ']), ...step('1', ['New ', 'words.'])]) await send(chunk);
      await send({ type: 'finish' });
      return reply('Noted again. New words.');
    });
    const { text, replies } = await shown(bus);
    expect(text).toBe('Noted again. New words.');
    expect(replies).toHaveLength(1);
  });

  it('never mixes in an earlier attempt that goes on streaming after a newer one started', async () => {
    const bus = busWith(async (retryCount, send) => {
      await send({ type: 'start' });
      if (retryCount === 0) {
        // The first handling goes on in the background, as on a worker that lost its broker connection.
        void (async () => {
          await send({ type: 'start-step' });
          await send({ type: 'text-start', id: '0' });
          for (const word of ['one ', 'two ', 'three ', 'four ', 'five ', 'six ']) {
            await send({ type: 'text-delta', id: '0', delta: word });
            await new Promise((resolve) => setTimeout(resolve, 8));
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 12));
        throw new Error('the worker was cut off');
      }
      for (const chunk of step('0', ['un ', 'deux ', 'trois'])) {
        await send(chunk);
        await new Promise((resolve) => setTimeout(resolve, 8));
      }
      await send({ type: 'finish' });
      return reply('un deux trois');
    });
    expect((await shown(bus)).text).toBe('un deux trois');
  });
});
