import { describe, expect, it } from 'vitest';
import { arrivalAt } from '@/lib/campaigns/arrival';
import type { Location } from '@/lib/campaigns/campaign';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { applyPatches } from '@/lib/rules/patches';
import { publicEvent, publicState } from '@/lib/rules/public-state';
import type { SessionEvent } from '@/lib/rules/session-log';
import { TableResolver } from '@/lib/rules/table-resolver';
import { sampleState } from '../rules/fixtures';

const yard: Location = {
  scene: { locationId: 'yard', title: 'The Yard', description: 'A muddy yard.', dc: 10, exits: [{ id: 'vault-door', name: 'the vault door', to: 'vault' }] },
  map: null,
  partyStart: [],
  creatures: [],
};

const vault: Location = {
  scene: {
    locationId: 'vault',
    title: 'The Vault',
    description: 'A vault.',
    dc: 12,
    secret: 'The urn hides a false bottom.',
    containers: [{ id: 'urn', name: 'Funeral urn', coins: { gp: 3 }, trapped: true }],
    exits: [{ id: 'yard-door', name: 'the yard door', to: 'yard' }],
  },
  map: null,
  partyStart: [],
  creatures: [
    { monster: 'goblin', id: 'gob' },
    { monster: 'goblin', id: 'other-gob' },
  ],
};

const locations = [...sampleCampaign.locations, yard, vault];

function go(resolver: TableResolver, to: string): TableResolver {
  const { woken } = resolver.state.story;
  resolver.travel(arrivalAt(locations, to, { woken, placesLeft: resolver.state.placesLeft })!);
  return new TableResolver(resolver.state);
}

function inTheYard(): TableResolver {
  const state = sampleState();
  const resolver = new TableResolver({ ...state, scene: { ...state.scene, exits: [] } });
  return go(resolver, 'yard');
}

describe('a place the party comes back to', () => {
  it('is as they left it: who fell there stays fallen, an emptied urn stays empty', () => {
    const atVault = go(inTheYard(), 'vault');
    expect(atVault.state.creatures.map((c) => c.id)).toEqual(['gob', 'other-gob']);
    const urn = atVault.state.scene.containers[0]!;
    const fought = applyPatches(atVault.state, [
      { op: 'character.hp', characterId: 'gob', hp: 0 },
      { op: 'character.dead', characterId: 'gob', dead: true },
      { op: 'scene.container', container: { ...urn, coins: { ...urn.coins, gp: 0 } } },
    ]);

    const back = go(go(new TableResolver(fought), 'yard'), 'vault');
    expect(back.state.creatures.map((c) => c.id)).toEqual(['other-gob']);
    expect(back.state.scene.containers[0]!.coins.gp).toBe(0);
  });

  it('keeps the fallen of every visit, not only the last', () => {
    const first = go(inTheYard(), 'vault');
    const gobFell = applyPatches(first.state, [{ op: 'character.dead', characterId: 'gob', dead: true }]);
    const second = go(go(new TableResolver(gobFell), 'yard'), 'vault');
    const otherFell = applyPatches(second.state, [{ op: 'character.dead', characterId: 'other-gob', dead: true }]);
    const third = go(go(new TableResolver(otherFell), 'yard'), 'vault');
    expect(third.state.creatures).toEqual([]);
    expect(third.state.placesLeft.find((p) => p.scene.locationId === 'vault')!.fallen.sort()).toEqual(['gob', 'other-gob']);
  });

  it('is set up from the campaign the first time, and the places left are kept once each', () => {
    const resolver = go(go(go(inTheYard(), 'vault'), 'yard'), 'vault');
    expect(resolver.state.placesLeft.map((p) => p.scene.locationId).sort()).toEqual(['nave', 'vault', 'yard']);
  });

  it('keeps how places were left from players: their secrets and traps stay the DM’s', () => {
    const back = go(go(inTheYard(), 'vault'), 'yard');
    const left = back.state.placesLeft.find((p) => p.scene.locationId === 'vault')!;
    expect(left.scene.secret).toContain('false bottom');
    expect(publicState(back.state).placesLeft).toEqual([]);
    const event = { seq: 9, createdAt: '2026-12-06T10:00:00.000Z', type: 'dm.narrated', data: { patches: [{ op: 'place.left', place: left }] } } as unknown as SessionEvent;
    const shown = publicEvent(event) as Extract<SessionEvent, { type: 'dm.narrated' }>;
    const patch = shown.data.patches[0] as { place: typeof left };
    expect(patch.place.scene.secret).toBe('');
    expect(patch.place.scene.containers[0]!.trapped).toBe(false);
  });
});
