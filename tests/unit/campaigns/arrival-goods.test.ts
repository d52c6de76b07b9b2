import { describe, expect, it } from 'vitest';
import { arrivalAt } from '@/lib/campaigns/arrival';
import type { Location } from '@/lib/campaigns/campaign';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { TableResolver } from '@/lib/rules/table-resolver';
import { sampleState } from '../rules/fixtures';

const crypt: Location = {
  scene: {
    locationId: 'vault',
    title: 'The Vault',
    description: 'A vault.',
    dc: 12,
    containers: [{ id: 'urn', name: 'Funeral urn', coins: { gp: 3 } }],
  },
  map: null,
  partyStart: [],
  creatures: [
    { monster: 'goblin', id: 'gob', coins: { sp: 7 } },
    { monster: 'goblin', id: 'poor-gob' },
  ],
};

describe('what a campaign puts in a place', () => {
  it('gives a creature the coins its author wrote, and the rest none; containers come with the scene', () => {
    // A place of the test's own, which the nave's exits do not lead to: travel from a scene that names none.
    const state = sampleState();
    const resolver = new TableResolver({ ...state, scene: { ...state.scene, exits: [] } });
    resolver.travel(arrivalAt([...sampleCampaign.locations, crypt], 'vault')!);
    const [gob, poor] = resolver.state.creatures;
    expect(gob!.coins).toMatchObject({ sp: 7, gp: 0 });
    expect(poor!.coins).toMatchObject({ sp: 0, gp: 0 });
    expect(resolver.state.scene.containers[0]).toMatchObject({ name: 'Funeral urn', coins: { gp: 3 }, locked: false });
  });
});
