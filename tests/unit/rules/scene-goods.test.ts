import { describe, expect, it } from 'vitest';
import { bestiary } from '@/lib/rules/bestiary';
import { spawnCreature } from '@/lib/rules/creature';
import { creatureGear, statBlockGear } from '@/lib/rules/creature-gear';
import { applyPatches } from '@/lib/rules/patches';
import { publicState } from '@/lib/rules/public-state';
import { containerSchema, merchantSchema } from '@/lib/rules/scene-goods';
import { itemFacts, inventoryProblems } from '@/lib/rules/sheet/items';
import { gameStateSchema, sceneSchema } from '@/lib/rules/state';
import { sampleState } from './fixtures';

const chest = { id: 'chest', name: 'Iron chest', items: [{ item: 'potion-of-healing-common', quantity: 2 }], coins: { gp: 12 }, trapped: true };

describe('scene goods', () => {
  it('fills in containers and merchants for scenes written before them', () => {
    const scene = sceneSchema.parse({ locationId: 'old', title: 'An old scene', description: 'Saved before scenes held goods.', dc: 12, hazardDamage: '1d6' });
    expect(scene.containers).toEqual([]);
    expect(scene.merchants).toEqual([]);
  });

  it('holds SRD items only', () => {
    expect(containerSchema.safeParse(chest).success).toBe(true);
    expect(containerSchema.safeParse({ ...chest, items: [{ item: 'bag-of-endless-gold', quantity: 1 }] }).success).toBe(false);
  });

  it('sells equipment at SRD prices and magic items only at a price the campaign gives', () => {
    expect(merchantSchema.safeParse({ id: 'tam', name: 'Tam', stock: [{ item: 'rope-hempen-50-feet' }] }).success).toBe(true);
    expect(merchantSchema.safeParse({ id: 'tam', name: 'Tam', stock: [{ item: 'rope-hempen-50-feet', price: { amount: 1, unit: 'cp' } }] }).success).toBe(false);
    expect(merchantSchema.safeParse({ id: 'tam', name: 'Tam', stock: [{ item: 'potion-of-healing-common' }] }).success).toBe(false);
    expect(merchantSchema.safeParse({ id: 'tam', name: 'Tam', stock: [{ item: 'potion-of-healing-common', price: { amount: 50, unit: 'gp' } }] }).success).toBe(true);
  });

  it('keeps whether a container is trapped from the players', () => {
    const state = gameStateSchema.parse({ ...sampleState(), scene: { ...sampleState().scene, containers: [chest] } });
    expect(state.scene.containers[0]!.trapped).toBe(true);
    expect(publicState(state).scene.containers[0]!.trapped).toBe(false);
  });

  it('changes a container and a creature only by patches naming ones that are there', () => {
    const state = gameStateSchema.parse({ ...sampleState(), scene: { ...sampleState().scene, containers: [chest] }, creatures: [spawnCreature(bestiary.goblin, { id: 'gob' })] });
    const emptied = applyPatches(state, [{ op: 'scene.container', container: containerSchema.parse({ ...chest, items: [], coins: {} }) }]);
    expect(emptied.scene.containers[0]!.items).toEqual([]);
    expect(() => applyPatches(state, [{ op: 'scene.container', container: containerSchema.parse({ ...chest, id: 'elsewhere' }) }])).toThrow(/no container "elsewhere"/);
    const looted = applyPatches(state, [{ op: 'creature.gear', creatureId: 'gob', gear: [], coins: { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 } }]);
    expect(creatureGear(looted.creatures[0]!)).toEqual([]);
    expect(() => applyPatches(state, [{ op: 'creature.xpAwarded', creatureId: 'nobody' }])).toThrow(/No creature/);
  });
});

describe('creature gear', () => {
  it('is the weapons its attacks name and the armour its SRD stat block wears', () => {
    const goblin = spawnCreature(bestiary.goblin, { id: 'gob' });
    expect(statBlockGear(goblin).map((s) => s.item).sort()).toEqual(['leather-armor', 'scimitar', 'shield', 'shortbow']);
    expect(creatureGear(goblin)).toEqual(statBlockGear(goblin));
  });

  it('is nothing for a beast whose attacks are its body', () => {
    expect(statBlockGear(spawnCreature(bestiary['giant-rat'], { id: 'rat' }))).toEqual([]);
  });
});

describe('consumable items', () => {
  it('counts a healer’s kit’s ten uses, full when left uncounted', () => {
    expect(itemFacts({ item: 'healers-kit', base: null })?.maxCharges).toBe(10);
    const who = { classId: 'fighter', ancestryId: 'human' };
    expect(inventoryProblems([{ item: 'healers-kit', base: null, quantity: 1, equipped: false, attuned: false, charges: null }], who)).toEqual([]);
  });

  it('names the spell on a spell scroll, of the scroll’s own level', () => {
    expect(itemFacts({ item: 'spell-scroll-1st', base: 'cure-wounds' })?.name).toBe('Spell Scroll of Cure Wounds');
    const who = { classId: 'cleric', ancestryId: 'human' };
    const scroll = (base: string) => [{ item: 'spell-scroll-1st', base, quantity: 1, equipped: false, attuned: false, charges: null }];
    expect(inventoryProblems(scroll('cure-wounds'), who)).toEqual([]);
    expect(inventoryProblems(scroll('fireball'), who)[0]).toMatch(/not Fireball/);
  });
});
