import { MockImageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@/lib/runtime/runtime';
import { readAsset } from '@/lib/assets/store';
import { campaignFromDraft } from '@/lib/campaigns/from-draft';
import { ensureCampaign } from '@/lib/db/queries/campaigns';
import { completeDraft } from '../../fixtures/drafts';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const prompts: string[] = [];

let runtime: Runtime;
beforeAll(async () => {
  const painter = new MockImageModelV4({
    doGenerate: async ({ prompt }) => {
      prompts.push(String(prompt));
      return { images: [PNG], warnings: [], response: { timestamp: new Date(), modelId: 'mock-painter', headers: undefined } };
    },
  });
  runtime = await memoryRuntime({}, { generator: painter });
});
afterAll(() => closeRuntime(runtime));

describe('a battle map painted by an image model', () => {
  it('is kept and shown under the grid, while the grid still comes from the procedural generator', async () => {
    const campaign = campaignFromDraft(completeDraft, 91);
    await ensureCampaign(runtime.db, campaign);
    const { sessionId } = await runtime.sessions.create(campaign.id, { seed: 5 });
    await expect.poll(async () => (await runtime.sessions.view(sessionId)).state.grid !== null, { timeout: 10_000 }).toBe(true);
    const { state } = await runtime.sessions.view(sessionId);
    expect(prompts.at(-1)).toMatch(/battle map of a town, 14 by 10 squares/);
    expect(state.grid).toMatchObject({ width: 14, height: 10 });
    const art = await readAsset(runtime.db, runtime.assets, { id: state.scene.mapArt! });
    expect(art?.mediaType).toBe('image/png');
  });
});
