import { describe, expect, it } from 'vitest';
import { resolveAttack } from '@/lib/rules/attack';
import { statBlockFor } from '@/lib/rules/bestiary';
import { spawnCreature } from '@/lib/rules/creature';
import { defensesAgainst, isMagicalAttack } from '@/lib/rules/damage-defenses';
import { gameStateSchema } from '@/lib/rules/state';
import { fixedRoller } from './fixed-rolls';
import { pregens } from '@/lib/rules/pregens';
import type { StoredCharacterInput } from '@/lib/rules/sheet/stored-character';
import { sampleState } from './fixtures';


type Items = StoredCharacterInput['inventory'];

function tableWith(inventoryChange: (items: Items) => Items) {
  const tamsin = pregens.find((p) => p.id === 'tamsin') as StoredCharacterInput;
  return gameStateSchema.parse({
    ...sampleState(),
    party: [{ ...structuredClone(tamsin), inventory: inventoryChange(structuredClone(tamsin.inventory)) }],
    creatures: [spawnCreature(statBlockFor('werewolf'), { id: 'wolf' })],
  });
}

describe('defences with a qualifier', () => {
  it('a werewolf shrugs off a plain longsword', () => {
    const state = tableWith((items) => items);
    const [tamsin] = state.party;
    const sword = tamsin!.attacks.find((a) => a.name === 'Longsword')!;
    expect(isMagicalAttack(tamsin!, sword)).toBe(false);
    const { result } = resolveAttack(state, tamsin!, state.creatures[0]!, sword, fixedRoller(19));
    expect(result.damage?.total).toBe(0);
    expect(result.damage?.parts[0]?.adjustment).toBe('immune');
  });

  it('but not a +1 longsword, which is magical', () => {
    const state = tableWith((items) => [...(items ?? []).filter((i) => i.item !== 'longsword'), { item: 'weapon-1', base: 'longsword', quantity: 1, equipped: true }]);
    const [tamsin] = state.party;
    const sword = tamsin!.attacks.find((a) => a.source?.kind === 'weapon' && a.source.itemId === 'weapon-1')!;
    expect(isMagicalAttack(tamsin!, sword)).toBe(true);
    const { result } = resolveAttack(state, tamsin!, state.creatures[0]!, sword, fixedRoller(19));
    expect(result.damage?.total).toBeGreaterThan(0);
  });

  it('hold against attacks only: a hazard’s or a breath’s slashing is not an attack', () => {
    const wolf = spawnCreature(statBlockFor('werewolf'), { id: 'wolf' });
    expect(defensesAgainst(wolf, { kind: 'attack', magical: false }).damageImmunities).toContain('slashing');
    expect(defensesAgainst(wolf, { kind: 'other' }).damageImmunities).not.toContain('slashing');
    expect(defensesAgainst(wolf, { kind: 'attack', magical: true }).damageImmunities).not.toContain('slashing');
  });

  it('a creature whose stat block makes its weapons magical gets through', () => {
    const golem = spawnCreature(statBlockFor('stone golem'), { id: 'golem' });
    expect(isMagicalAttack(golem, golem.attacks[0]!)).toBe(true);
    const ogre = spawnCreature(statBlockFor('ogre'), { id: 'ogre' });
    expect(isMagicalAttack(ogre, ogre.attacks[0]!)).toBe(false);
  });
});
