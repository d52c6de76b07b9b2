import { describe, expect, it } from 'vitest';
import { emptyMemory, recall } from '@/lib/ai/context/story-memory';
import { dmInstructions } from '@/lib/ai/prompts/dm';
import { readTable, tableFacts } from '@/lib/ai/prompts/format';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { pregens } from '@/lib/rules/pregens';
import { gameStateSchema } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';

function atTheStair() {
  const r = new TableResolver(openingState(sampleCampaign, 2));
  r.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
  return r.state;
}

describe("the DM's prompt", () => {
  it('names the facts the engine owns, so the model writes the prose and never the math', () => {
    const prompt = dmInstructions(atTheStair(), recall(emptyMemory), []);
    expect(prompt).toContain('The rules engine owns these facts. You never state or invent them');
    for (const owned of ['every roll, modifier, DC', 'a hazard the scene declares (trigger_hazard', 'Healing comes only from', 'Conditions come only from', "A check's DC is an obstacle's", 'use_feature', 'Items, coins, experience and levels']) {
      expect(prompt).toContain(owned);
    }
  });

  it("shows the DM the scene's hazards and obstacles by id, without their numbers", () => {
    const table = readTable(dmInstructions(atTheStair(), recall(emptyMemory), []))!;
    expect(table.scene.hazards).toEqual([{ id: 'slick-steps', name: 'Weed-slick steps', trigger: 'hurrying, fighting or climbing on the stair', how: 'dex save, setback, bludgeoning' }]);
    expect(table.scene.obstacles).toEqual([{ id: 'slick-stair', name: 'Slick stair', skills: ['acrobatics', 'athletics'], hazardId: 'slick-steps' }]);
    expect(JSON.stringify(table.scene)).not.toMatch(/"dc"|d10/);
  });

  it("keeps hazards and obstacles from the players, and shows each character's limited features", () => {
    const state = atTheStair();
    const seen = tableFacts(state, { waysOn: [], withSecrets: false }).scene;
    expect(seen).toMatchObject({ locationId: 'steps', title: 'The Slick Stair', description: state.scene.description });
    // The ways out and the things there are everyone's; which obstacle a thing is, and what the story ties to it, are the DM's.
    expect(seen.exits.map((e) => e.to)).toEqual(['crypt']);
    expect(seen.objects.find((o) => o.id === 'stair')).toEqual({ id: 'stair', name: 'the slick stair', aliases: ['steps', 'weed', 'stairs'] });
    expect(Object.keys(seen).sort()).toEqual(['description', 'exits', 'locationId', 'objects', 'people', 'title']);
    const aldric = state.party.find((c) => c.id === 'aldric')!;
    expect(playerInstructions(state, aldric, recall(emptyMemory, 'aldric'))).not.toContain('slick-steps');
    const withTamsin = gameStateSchema.parse({ ...state, party: [...state.party, { ...pregens[0]!, resources: { 'second-wind': 1 } }] });
    const party = tableFacts(withTamsin, { waysOn: [], withSecrets: true }).party;
    expect(party.find((c) => c.id === 'tamsin')!.features).toEqual({ 'Second Wind': '0 of 1 uses' });
    expect(party.find((c) => c.id === 'kestrel')!.features).toBeUndefined();
  });
});
