import { describe, expect, it } from 'vitest';
import { damageTaken } from '@/lib/rules/actions/after-commit';
import { concentrationDc } from '@/lib/rules/actions/concentration';
import { applyPatches } from '@/lib/rules/patches';
import { findCombatant, type GameState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { arena } from '../fixtures';

/** Hesper concentrating on Bless, which she has put on Tamsin. */
function blessing(seed = 11): TableResolver {
  const state = applyPatches(arena(seed), [
    { op: 'character.concentration', characterId: 'hesper', concentration: { spell: 'bless', targets: ['tamsin'], slotLevel: 1, casterLevel: 1 } },
    {
      op: 'character.effect',
      characterId: 'tamsin',
      effect: {
        id: 'bless',
        source: { kind: 'spell', id: 'bless', by: 'hesper' },
        modifiers: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['attack roll', 'saving throw'], once: false }],
        ends: [{ kind: 'concentration' }],
      },
    },
  ]);
  return new TableResolver(state as GameState);
}

const hesper = (r: TableResolver) => findCombatant(r.state, 'hesper')!;

describe('concentration', () => {
  it('asks for DC 10 or half the damage, whichever is higher', () => {
    expect(concentrationDc(1)).toBe(10);
    expect(concentrationDc(21)).toBe(10);
    expect(concentrationDc(22)).toBe(11);
    expect(concentrationDc(45)).toBe(22);
  });

  it('calls for a Constitution save on any damage, and a failure ends the spell and its effects', () => {
    const outcomes = new Set<boolean>();
    for (let seed = 1; seed < 40 && outcomes.size < 2; seed++) {
      const r = blessing(seed);
      r.damage('hesper', '3');
      const save = r.checks.at(-1)!;
      expect(save).toMatchObject({ characterId: 'hesper', kind: 'save', skill: 'con', dc: 10 });
      expect(hesper(r).concentration?.spell ?? null).toBe(save.success ? 'bless' : null);
      expect(findCombatant(r.state, 'tamsin')!.effects.length).toBe(save.success ? 1 : 0);
      outcomes.add(save.success);
    }
    expect(outcomes.size).toBe(2);
  });

  it('counts damage soaked by temporary hit points, and not a heal', () => {
    const r = blessing();
    r.grantTempHp('hesper', 5);
    expect(r.checks).toHaveLength(0);
    const before = r.state;
    const after = applyPatches(before, [{ op: 'character.tempHp', characterId: 'hesper', tempHp: 1 }]);
    expect(damageTaken(before, after, [{ op: 'character.tempHp', characterId: 'hesper', tempHp: 1 }])).toEqual([{ id: 'hesper', damage: 4 }]);
  });

  it('ends when the caster is knocked out or incapacitated, without a save', () => {
    const out = blessing();
    out.damage('hesper', '30');
    expect(out.checks).toHaveLength(0);
    expect(hesper(out).concentration).toBeNull();
    expect(findCombatant(out.state, 'tamsin')!.effects).toEqual([]);
    const stunned = blessing();
    stunned.applyCondition('hesper', 'stunned');
    expect(hesper(stunned).concentration).toBeNull();
  });
});
