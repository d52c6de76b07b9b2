import { describe, expect, it } from 'vitest';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { statBlockFor } from '@/lib/rules/bestiary';
import { creatureGear } from '@/lib/rules/creature-gear';
import { placeMonsters } from '@/lib/rules/gm-placement';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { TableResolver } from '@/lib/rules/table-resolver';

describe('a game master places SRD monsters by name', () => {
  it('each with its stat block, named and numbered, on free squares; logged as the game master’s edit', () => {
    const { state, events, placed } = placeMonsters(openingState(sampleCampaign, 2), { monster: 'goblins', count: 2, hostile: true, by: 'Robin' });
    expect(placed.map((c) => [c.id, c.name, c.maxHp, c.statBlockId])).toEqual([
      ['goblin-1', 'Goblin 1', 7, 'goblin'],
      ['goblin-2', 'Goblin 2', 7, 'goblin'],
    ]);
    expect(placed.every((c) => c.position !== null)).toBe(true);
    expect(placed[0]!.position).not.toEqual(placed[1]!.position);
    expect(state.creatures.map((c) => c.id)).toEqual(expect.arrayContaining(['goblin-1', 'goblin-2']));
    expect(events).toEqual([
      { type: 'gm.edited', data: { reason: 'placed 2 × Goblin (SRD 5.1), hostile', by: 'Robin', patches: expect.arrayContaining([expect.objectContaining({ op: 'creature.add' })]) } },
    ]);
  });

  it('in a fight they roll initiative and join the order', () => {
    const resolver = new TableResolver(openingState(sampleCampaign, 2));
    resolver.startCombat();
    const { state } = placeMonsters(resolver.state, { monster: 'wolf', count: 1, hostile: true, by: 'Robin' });
    expect(state.combat?.order.map((e) => e.id)).toContain('wolf-1');
  });

  it('refuses names the SRD does not hold, and counts out of bounds', () => {
    const opening = openingState(sampleCampaign, 2);
    expect(() => placeMonsters(opening, { monster: 'beholder', count: 1, hostile: true, by: 'Robin' })).toThrow(RuleViolation);
    expect(() => placeMonsters(opening, { monster: 'goblin', count: 9, hostile: true, by: 'Robin' })).toThrow(/1 to 8/);
  });

  it('places a stat block given whole, naming its book in the log, with no look-up of its name', () => {
    const block = { ...statBlockFor('goblin'), id: 'imported-bog-goblin', name: 'Bog Goblin', ac: 16, maxHp: 19 };
    const gear = [{ item: 'chain-mail', base: null, quantity: 1 }];
    const { placed, events } = placeMonsters(openingState(sampleCampaign, 2), { monster: 'Bog Goblin', count: 1, hostile: false, by: 'Robin', imported: { statBlock: block, book: 'Marsh Bestiary', gear } });
    expect(placed.map((c) => [c.id, c.name, c.ac, c.maxHp, c.hostile])).toEqual([['imported-bog-goblin-1', 'Bog Goblin', 16, 19, false]]);
    // What its book says it wears is what can be taken from it, not what an SRD goblin carries.
    expect(creatureGear(placed[0]!)).toEqual(gear);
    expect(events[0]!.data).toMatchObject({ reason: 'placed 1 × Bog Goblin (Marsh Bestiary), friendly' });
  });
});
