import { describe, expect, it } from 'vitest';
import { statBlockById, statBlockFor } from '@/lib/rules/bestiary';
import { spawnCreature, statBlockSchema } from '@/lib/rules/creature';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { statBlockFromMonster } from '@/lib/rules/srd-stat-block';
import { allMonsters, findMonster } from '@/lib/rules/srd';
import { saveMod, skillMod } from '@/lib/rules/stats';

describe('SRD monsters as stat blocks', () => {
  it('every SRD monster becomes a valid stat block and a creature at full hit points', () => {
    for (const m of allMonsters()) {
      const creature = spawnCreature(statBlockFromMonster(m), { id: 'x' });
      expect(creature.hp, m.id).toBe(m.hitPoints);
      expect(creature.actions.length, m.id).toBe(m.actions.length);
    }
  });

  it('a goblin: the SRD numbers, its attacks as profiles naming their action, no text', () => {
    const block = statBlockSchema.parse(statBlockFor('goblins'));
    expect(block).toMatchObject({ id: 'goblin', name: 'Goblin', size: 'small', creatureType: 'humanoid (goblinoid)', maxHp: 7, ac: 15, speed: 30, xp: 50 });
    expect(block.description).toBeUndefined();
    expect(block.senses).toBe('darkvision 60 ft., passive Perception 9');
    expect(block.attacks).toEqual([
      { name: 'Scimitar', kind: 'melee', toHit: 4, damage: { dice: '1d6+2', type: 'slashing' }, extraDamage: [], reach: 5, range: null, source: { kind: 'action', name: 'Scimitar' } },
      {
        name: 'Shortbow',
        kind: 'ranged',
        toHit: 4,
        damage: { dice: '1d6+2', type: 'piercing' },
        extraDamage: [],
        reach: 5,
        range: { normal: 80, long: 320 },
        source: { kind: 'action', name: 'Shortbow' },
      },
    ]);
    expect(block.traits.map((t) => t.name)).toEqual(['Nimble Escape']);
  });

  it('an adult red dragon: speeds, saves and printed skills, actions with recharge and legendary actions', () => {
    const dragon = spawnCreature(statBlockFor('Adult Red Dragon'), { id: 'dragon' });
    expect(dragon.speeds).toEqual({ climb: 40, fly: 80 });
    expect(saveMod(dragon, 'dex')).toBe(6);
    expect(saveMod(dragon, 'str')).toBe(8);
    expect(skillMod(dragon, 'perception')).toBe(13);
    expect(dragon.damageImmunities).toEqual(['fire']);
    expect(dragon.actions.find((a) => a.name === 'Fire Breath')?.usage).toEqual({ kind: 'recharge', min: 5 });
    expect(dragon.legendaryActions.map((a) => a.name)).toEqual(['Detect', 'Tail Attack', 'Wing Attack']);
    expect(dragon.attacks.map((a) => [a.name, a.reach])).toEqual([
      ['Bite', 10],
      ['Claw', 5],
      ['Tail', 15],
    ]);
  });

  it('defences with a qualifier are kept apart; versatile weapons become two attacks', () => {
    const werewolf = statBlockFor('werewolf');
    expect(werewolf.damageImmunities).toEqual([]);
    expect(werewolf.qualifiedDefenses).toEqual([{ defense: 'immunity', types: ['bludgeoning', 'piercing', 'slashing'], against: 'nonmagical attacks', except: 'silvered' }]);
    const veteran = statBlockFor('veteran');
    expect(veteran.attacks?.filter((a) => a.name.startsWith('Longsword')).map((a) => [a.name, a.damage.dice])).toEqual([
      ['Longsword', '1d8+3'],
      ['Longsword (two-handed)', '1d10+3'],
    ]);
  });

  it('skills the stat block prints are used as printed, even where proficiency would differ', () => {
    const lich = spawnCreature(statBlockFor('lich'), { id: 'lich' });
    expect(skillMod(lich, 'arcana')).toBe(findMonster('lich')!.skills.arcana);
  });
});

describe('placing monsters by name', () => {
  it('starter ids stay valid: SRD ids, and the tideworn crab as the SRD giant crab', () => {
    expect(statBlockById('goblin')?.name).toBe('Goblin');
    expect(statBlockById('tideworn-crab')).toMatchObject({ id: 'tideworn-crab', name: 'Tideworn Crab', maxHp: 13, ac: 15 });
    expect(statBlockById('toString')).toBeUndefined();
  });

  it('refuses names the SRD does not hold, offering the nearest', () => {
    expect(() => statBlockFor('beholder')).toThrow(RuleViolation);
    expect(() => statBlockFor('dragon')).toThrow(/Nearest names: .*Drow/);
  });
});
