import type { UIMessage } from 'ai';
import { MockImageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentActions } from '@/lib/agents/contracts';
import type { Runtime } from '@/lib/runtime/runtime';
import { readAsset } from '@/lib/assets/store';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import { createRequest, type UpdateMessage } from '@/lib/messages';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

// A 1x1 PNG, as an image model would send it.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const prompts: string[] = [];
const painter = new MockImageModelV4({
  doGenerate: async ({ prompt }) => {
    prompts.push(String(prompt));
    return { images: [PNG], warnings: [], response: { timestamp: new Date(), modelId: 'mock-painter', headers: undefined } };
  },
});

let runtime: Runtime;
beforeAll(async () => {
  runtime = await memoryRuntime({}, { generator: painter });
});
afterAll(() => closeRuntime(runtime));

const say = (role: 'user' | 'assistant', text: string): UIMessage => ({ id: crypto.randomUUID(), role, parts: [{ type: 'text', text }] });

async function reply(draft: CampaignDraft, messages: UIMessage[]) {
  const updates: UpdateMessage[] = [];
  const response = await runtime.bus.request(
    createRequest({
      fromAgent: 'system',
      toAgent: 'assistant',
      sessionId: 'draft:test',
      action: agentActions.replyToGm,
      parameters: { draftId: crypto.randomUUID(), draft, messages },
      timeout: 20_000,
    }),
    { onUpdate: (update) => updates.push(update) },
  );
  const chunks = updates.filter((u) => u.payload.eventType === 'ui.chunk').map((u) => u.payload.data as { type: string; delta?: string });
  return { response, chunks, drafts: updates.filter((u) => u.payload.eventType === 'draft.updated').map((u) => u.payload.data as CampaignDraft) };
}

describe('the Campaign Assistant on the bus', () => {
  it('streams its reply as chat chunks, reports each change to the draft, and answers with the new draft', async () => {
    const { response, chunks, drafts } = await reply({}, [say('assistant', 'What tone?'), say('user', 'Grim and eerie')]);
    expect(response.payload).toMatchObject({ success: true, data: { draft: { tone: 'Grim and eerie' } } });
    expect(chunks[0]?.type).toBe('start');
    expect(chunks.filter((c) => c.type === 'text-delta').map((c) => c.delta).join('')).toContain('Where does it take place?');
    expect(chunks.at(-1)?.type).toBe('finish');
    expect(drafts.at(-1)).toEqual({ tone: 'Grim and eerie' });
    const messages = (response.payload as { data: { messages: UIMessage[] } }).data.messages;
    expect(messages.map((m) => m.role)).toEqual(['assistant', 'user', 'assistant']);
  });

  it("has the villain's portrait painted when an image model is configured, and keeps the painting", async () => {
    const { response } = await reply({ tone: 'grim', setting: 'a drowned coast' }, [say('user', 'Mother Brine: wants the sea to take back the land')]);
    const draft = (response.payload as { data: { draft: CampaignDraft } }).data.draft;
    expect(draft.villain?.name).toBe('Mother Brine');
    expect(prompts.at(-1)).toContain('Mother Brine');
    const picture = await readAsset(runtime.db, runtime.assets, { id: draft.visuals!.villainPortrait! });
    expect(picture?.mediaType).toBe('image/png');
    expect(Buffer.from(picture!.body).toString('base64')).toBe(PNG);
  });

  it('answers a conversation it cannot read with a clear error', async () => {
    const { response } = await reply({}, [{ id: 'x', role: 'user', parts: [{ type: 'text' }] } as unknown as UIMessage]);
    expect(response.payload).toMatchObject({ success: false, error: { code: 'invalid_request' } });
  });
});
