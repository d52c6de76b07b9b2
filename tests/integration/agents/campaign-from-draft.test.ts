import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@/lib/runtime/runtime';
import { campaignFromDraft, terrainFor } from '@/lib/campaigns/from-draft';
import { ensureCampaign } from '@/lib/db/queries/campaigns';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { gridFromRows } from '@/lib/rules/grid';
import { completeDraft } from '../../fixtures/drafts';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

const draft = completeDraft;

let runtime: Runtime;
beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

describe('a campaign made from a finished draft', () => {
  it('has each place in its own style, foes on the way and the villain at the end', () => {
    const campaign = campaignFromDraft(draft, 77);
    expect(campaign.locations.map((l) => l.scene.title)).toEqual(['Harrowmere', 'The Kelp Caves', 'The Drowned Temple']);
    expect(campaign.locations.map((l) => l.scene.mapStyle)).toEqual(['town', 'cave', 'ruins']);
    expect(campaign.locations[0]!.creatures).toEqual([]);
    expect(campaign.locations.at(-1)!.creatures.map((c) => c.name)).toContain('Mother Brine');
    expect(campaign.characters.filter((c) => c.controller === 'human')).toHaveLength(1);
    expect(campaign.characters).toHaveLength(3);
    expect(terrainFor('a cave system under the cliffs')).toBe('cave');
    expect(() => campaignFromDraft({ ...draft, title: undefined }, 1)).toThrow('not complete');
  });

  it('starts a session that uses its places, gets each battle map from the generator, and plays into them', async () => {
    const campaign = campaignFromDraft(draft, 78);
    await ensureCampaign(runtime.db, campaign);
    const { sessionId } = await runtime.sessions.create(campaign.id, { seed: 3 });
    const human = campaign.characters.find((c) => c.controller === 'human')!;
    expect((await runtime.sessions.view(sessionId)).state.scene.title).toBe('Harrowmere');
    // The map of the first place arrives from the generator over the bus, and the party stands on it.
    await expect.poll(async () => (await runtime.sessions.view(sessionId)).state.grid !== null, { timeout: 10_000 }).toBe(true);
    const laid = (await runtime.sessions.view(sessionId)).state;
    expect(() => gridFromRows(laid.grid!.cells.map((row) => row.map((t) => ({ floor: '.', wall: '#', difficult: ':', water: '~', cover: '+' })[t]).join('')))).not.toThrow();
    expect(laid.party.every((c) => c.position !== null)).toBe(true);
    await runtime.sessions.submit(sessionId, { characterId: human.id, text: 'We go deeper.', idempotencyKey: 'draft-deeper-1' });
    await runtime.sessions.settled(sessionId);
    await expect.poll(async () => (await runtime.sessions.view(sessionId)).state.grid?.cells.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    await runtime.sessions.settled(sessionId);
    const { state } = await runtime.sessions.view(sessionId);
    expect(state.scene.title).toBe('The Kelp Caves');
    expect(state.creatures.length).toBeGreaterThan(0);
    expect(state.creatures.filter((c) => !c.dead).every((c) => c.position !== null)).toBe(true);
    const events = await listSessionEvents(runtime.db, { sessionId });
    expect(events.filter((e) => e.type === 'map.arrived').map((e) => (e.data as { locationId: string }).locationId)).toEqual([
      '1-harrowmere',
      '2-the-kelp-caves',
    ]);
  });
});
