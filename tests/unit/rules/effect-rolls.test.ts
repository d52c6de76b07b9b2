import { describe, expect, it } from 'vitest';
import { findAttack, resolveAttack } from '@/lib/rules/attack';
import { savingThrow, abilityCheck, type Roller } from '@/lib/rules/checks';
import { rollDice } from '@/lib/rules/dice';
import { effectDamage, effectsAgainst, effectsOnRoll } from '@/lib/rules/effect-rolls';
import { applyPatches } from '@/lib/rules/patches';
import { endEffectsPatches, expiredEffectPatches } from '@/lib/rules/sheet/effect-patches';
import type { EffectInput } from '@/lib/rules/sheet/effects';
import { findCombatant, type Combatant, type RulesState } from '@/lib/rules/state';
import { arena } from './fixtures';

const seq = (): Roller => {
  let n = 0;
  return (notation) => rollDice(notation, 1000 + n++);
};

function get(state: RulesState, id: string): Combatant {
  return findCombatant(state, id)!;
}

function withEffect(state: RulesState, holder: string, effect: EffectInput): RulesState {
  return applyPatches(state, [{ op: 'character.effect', characterId: holder, effect: effect as never }]);
}

const bless = (by = 'hesper'): EffectInput => ({
  id: `bless:${by}`,
  source: { kind: 'spell', id: 'bless', by },
  modifiers: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['attack roll', 'saving throw'], once: false }],
  ends: [{ kind: 'concentration' }],
});

describe('effects on rolls', () => {
  it('adds Bless to attacks and saves but not to checks, and two Blesses count once', () => {
    let state = withEffect(arena(), 'tamsin', bless());
    state = withEffect(state, 'tamsin', bless('oswin'));
    const tamsin = get(state, 'tamsin');
    expect(effectsOnRoll(tamsin, 'attack roll')).toMatchObject({ dice: '+1d4', named: ['bless'] });
    expect(effectsOnRoll(tamsin, 'saving throw', 'wis').dice).toBe('+1d4');
    expect(effectsOnRoll(tamsin, 'ability check', 'str').dice).toBe('');
    const save = savingThrow(tamsin, 'wis', 10, seq());
    expect(save.roll.notation).toBe('1d20+1+1d4');
    expect(save.effects).toEqual(['bless']);
    expect(abilityCheck(tamsin, 'athletics', 10, seq()).roll.notation).toBe('1d20+5');
  });

  it('takes Bane away from the roll, and Guidance is spent by the check it helps', () => {
    let state = withEffect(arena(), 'wren', { ...bless('gob-1'), id: 'bane', source: { kind: 'spell', id: 'bane', by: 'gob-1' }, modifiers: [{ kind: 'roll bonus', dice: '1d4', sign: -1, rolls: ['attack roll', 'saving throw'], once: false }] });
    state = withEffect(state, 'wren', {
      id: 'guidance',
      source: { kind: 'spell', id: 'guidance', by: 'hesper' },
      modifiers: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['ability check'], once: true }],
      ends: [{ kind: 'concentration' }],
    });
    const wren = get(state, 'wren');
    expect(effectsOnRoll(wren, 'attack roll').dice).toBe('-1d4');
    const check = effectsOnRoll(wren, 'ability check', 'dex');
    expect(check.dice).toBe('+1d4');
    expect(check.spent.map((e) => e.id)).toEqual(['guidance']);
  });

  it('gives advantage on saves of the listed abilities only', () => {
    const state = withEffect(arena(), 'tamsin', {
      id: 'haste',
      source: { kind: 'spell', id: 'haste', by: 'oswin' },
      modifiers: [{ kind: 'advantage', on: 'saving throws', abilities: ['dex'] }],
      ends: [{ kind: 'concentration' }],
    });
    const tamsin = get(state, 'tamsin');
    expect(savingThrow(tamsin, 'dex', 10, seq()).mode).toBe('advantage');
    expect(savingThrow(tamsin, 'con', 10, seq()).mode).toBe('normal');
  });
});

describe('effects on attacks', () => {
  const near = (state: RulesState) => ({ ...state, party: state.party.map((c) => (c.id === 'tamsin' ? { ...c, position: { x: 7, y: 0 } } : c)) });

  it('spends Guiding Bolt’s glow on the next attack against the target, hit or miss', () => {
    const state = withEffect(near(arena()), 'gob-1', {
      id: 'guiding-bolt',
      source: { kind: 'spell', id: 'guiding-bolt', by: 'hesper' },
      modifiers: [{ kind: 'advantage', on: 'attacks against it', once: true }],
      ends: [{ kind: 'turn', edge: 'end', of: 'hesper', round: 2 }],
    });
    const tamsin = get(state, 'tamsin');
    expect(effectsAgainst(get(state, 'gob-1')).modes.advantage).toEqual(['guiding bolt']);
    const { result, patches } = resolveAttack(state, tamsin, get(state, 'gob-1'), findAttack(tamsin, 'longsword'), seq());
    expect(result.mode).toBe('advantage');
    expect(result.effects).toContain('guiding bolt');
    const after = applyPatches(state, patches);
    expect(get(after, 'gob-1').effects).toEqual([]);
  });

  it('adds Hunter’s Mark only to weapon hits on the marked creature', () => {
    const state = withEffect(near(arena()), 'tamsin', {
      id: 'hunters-mark',
      source: { kind: 'spell', id: 'hunters-mark', by: 'tamsin' },
      modifiers: [{ kind: 'damage bonus', dice: '1d6', type: null, on: 'weapon attack', against: 'gob-1' }],
      ends: [{ kind: 'concentration' }],
    });
    const tamsin = get(state, 'tamsin');
    expect(effectDamage(tamsin, 'gob-1', { weapon: true, melee: true })).toEqual([{ dice: '1d6', type: null, from: 'hunters mark' }]);
    expect(effectDamage(tamsin, 'gob-2', { weapon: true, melee: true })).toEqual([]);
    expect(effectDamage(tamsin, 'gob-1', { weapon: false, melee: false })).toEqual([]);
    for (let seed = 0; seed < 40; seed++) {
      let n = 0;
      const { result } = resolveAttack(state, tamsin, get(state, 'gob-1'), findAttack(tamsin, 'longsword'), (x) => rollDice(x, seed * 10 + n++));
      if (!result.hit) continue;
      expect(result.damage!.parts.map((p) => [p.roll.notation, p.type])).toEqual([...(result.critical ? [['2d8+3', 'slashing'], ['2d6', 'slashing']] : [['1d8+3', 'slashing'], ['1d6', 'slashing']])]);
      return;
    }
    throw new Error('no hit in 40 seeds');
  });
});

describe('ending effects', () => {
  it('lifts the condition an effect imposed when it ends, unless another effect still imposes it', () => {
    let state = applyPatches(arena(), [{ op: 'character.conditions', characterId: 'gob-1', conditions: ['paralyzed'] }]);
    const hold = (id: string, by: string): EffectInput => ({
      id,
      source: { kind: 'spell', id: 'hold-person', by },
      modifiers: [{ kind: 'condition', condition: 'paralyzed', repeatSave: { ability: 'wis', dc: 13 } }],
      ends: [{ kind: 'turn', edge: 'end', of: 'gob-1', round: 3 }],
    });
    state = withEffect(state, 'gob-1', hold('a', 'oswin'));
    const one = get(state, 'gob-1');
    expect(applyPatches(state, endEffectsPatches(one, one.effects)).creatures[0]!.conditions).toEqual([]);
    state = withEffect(state, 'gob-1', { ...hold('b', 'hesper'), ends: [{ kind: 'concentration' }] });
    const after = applyPatches(state, expiredEffectPatches(state, { kind: 'turn', edge: 'end', of: 'gob-1', round: 3 }));
    expect(get(after, 'gob-1')).toMatchObject({ conditions: ['paralyzed'], effects: [{ id: 'b' }] });
  });
});
