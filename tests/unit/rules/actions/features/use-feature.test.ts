import { describe, expect, it } from 'vitest';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { dummy, fightOnTurnOf, table, use } from './feature-fixtures';

describe('using a feature by name', () => {
  it('forgives case, notes in brackets, small typos and the words players use', () => {
    const r = table(['tamsin', 'corwen']);
    expect(use(r, { characterId: 'tamsin', feature: 'SECOND-WIND' }).featureId).toBe('second-wind');
    expect(() => use(r, { characterId: 'corwen', feature: 'lay hands', targetId: 'corwen', points: 1 })).toThrow('at full hit points');
    expect(() => use(r, { characterId: 'corwen', feature: 'Divine Sens' })).not.toThrow();
  });

  it('says which class and level a feature belongs to, or that there is none', () => {
    const r = table(['wren', 'oswin']);
    expect(() => use(r, { characterId: 'wren', feature: 'Lay on Hands' })).toThrow('Lay on Hands is a paladin feature from level 1; Wren Ashdown is a level 1 rogue');
    expect(() => use(r, { characterId: 'oswin', feature: 'Preserve Life' })).toThrow('Preserve Life is a feature of the Life cleric from level 2');
    expect(() => use(r, { characterId: 'wren', feature: 'Cunning Action', option: 'dash' })).toThrow('Cunning Action comes at rogue level 2');
    expect(() => use(r, { characterId: 'wren', feature: 'Dragon Breath' })).toThrow('There is no class feature called "Dragon Breath"');
  });

  it('refuses features nobody calls for: Sneak Attack is the attack\'s, passive ones work on their own', () => {
    const r = table(['wren', 'grist']);
    expect(() => use(r, { characterId: 'wren', feature: 'Sneak Attack' })).toThrow('an attack adds its dice when its conditions hold');
    expect(() => use(r, { characterId: 'grist', feature: 'Unarmored Defense' })).toThrow('works on its own');
    expect(() => use(r, { characterId: 'wren', feature: "Thieves' Cant" })).toThrow("it is the DM's to narrate");
  });

  it('lets only the character whose action the turn resolves, on their turn, use one', () => {
    const acting = table(['tamsin', 'wren'], { actingFor: 'wren' });
    expect(() => use(acting, { characterId: 'tamsin', feature: 'Second Wind' })).toThrow("This is Wren Ashdown's action");
    const r = table(['tamsin', 'wren'], { creatures: [dummy('gob', 'goblin', { x: 5, y: 1 })] });
    fightOnTurnOf(r, 'wren');
    expect(() => use(r, { characterId: 'tamsin', feature: 'Second Wind' })).toThrow("It is Wren Ashdown's turn");
    expect(() => use(r, { characterId: 'gob', feature: 'Second Wind' })).toThrow(RuleViolation);
  });

  it('changes nothing when refused part way', () => {
    const r = table(['tamsin']);
    const before = r.state;
    expect(() => use(r, { characterId: 'tamsin', feature: 'Second Wind', targetId: 'wren' })).toThrow('heals only the fighter');
    expect(r.state).toBe(before);
  });
});
