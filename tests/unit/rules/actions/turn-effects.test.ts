import { describe, expect, it } from 'vitest';
import { applyPatches } from '@/lib/rules/patches';
import type { EffectInput } from '@/lib/rules/sheet/effects';
import { findCombatant, type GameState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { arena } from '../fixtures';

function fightOn(seed = 11): TableResolver {
  const r = new TableResolver(arena(seed));
  r.startCombat();
  return r;
}

function effectOn(r: TableResolver, holder: string, effect: EffectInput): TableResolver {
  return new TableResolver(applyPatches(r.state, [{ op: 'character.effect', characterId: holder, effect: effect as never }]) as GameState);
}

const next = (r: TableResolver) => r.endTurn(currentCombatantId(r.state)!);

describe('effects over a fight’s turns', () => {
  it('ends an effect at the start of its caster’s next turn, not before', () => {
    let r = fightOn();
    const caster = currentCombatantId(r.state)!;
    r = effectOn(r, caster, {
      id: 'shield',
      source: { kind: 'spell', id: 'shield', by: caster },
      modifiers: [{ kind: 'ac bonus', bonus: 5 }],
      ends: [{ kind: 'turn', edge: 'start', of: caster, round: 2 }],
    });
    const order = r.state.combat!.order.length;
    for (let i = 1; i < order; i++) {
      next(r);
      expect(findCombatant(r.state, caster)!.effects).toHaveLength(1);
    }
    next(r);
    expect(currentCombatantId(r.state)).toBe(caster);
    expect(findCombatant(r.state, caster)!.effects).toHaveLength(0);
  });

  it('lets a held creature save at the end of each of its turns, and a success frees it', () => {
    let freed = false;
    for (let seed = 1; seed < 30 && !freed; seed++) {
      let r = fightOn(seed);
      r = new TableResolver(applyPatches(r.state, [{ op: 'character.conditions', characterId: 'gob-1', conditions: ['paralyzed'] }]) as GameState);
      r = effectOn(r, 'gob-1', {
        id: 'hold',
        source: { kind: 'spell', id: 'hold-person', by: 'oswin' },
        modifiers: [{ kind: 'condition', condition: 'paralyzed', repeatSave: { ability: 'wis', dc: 13 } }],
        ends: [{ kind: 'concentration' }],
      });
      while (currentCombatantId(r.state) !== 'gob-1') next(r);
      const before = r.checks.length;
      next(r);
      const save = r.checks[before]!;
      expect(save).toMatchObject({ characterId: 'gob-1', kind: 'save', skill: 'wis', dc: 13 });
      const goblin = findCombatant(r.state, 'gob-1')!;
      expect(goblin.conditions.includes('paralyzed')).toBe(!save.success);
      expect(goblin.effects.length).toBe(save.success ? 0 : 1);
      freed = save.success;
    }
    expect(freed).toBe(true);
  });

  it('ends turn-long effects when the fight ends', () => {
    let r = fightOn();
    r = effectOn(r, 'tamsin', {
      id: 'mockery',
      source: { kind: 'spell', id: 'vicious-mockery', by: 'gob-1' },
      modifiers: [{ kind: 'disadvantage', on: 'attack rolls', once: true }],
      ends: [{ kind: 'turn', edge: 'end', of: 'tamsin', round: 5 }],
    });
    r.endCombat();
    expect(findCombatant(r.state, 'tamsin')!.effects).toEqual([]);
  });
});
