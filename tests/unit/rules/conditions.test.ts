import { describe, expect, it } from 'vitest';
import { applyConditionPatches, removeConditionPatches } from '@/lib/rules/condition-patches';
import { attackerModes, autoFailsSave, effectiveSpeed, has, isIncapacitated, targetModes } from '@/lib/rules/conditions';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { monster, sampleSheet, sampleState } from './fixtures';

const holder = (conditions: Parameters<typeof has>[0]['conditions'], exhaustion = 0) => ({ conditions, exhaustion });

describe('condition effects', () => {
  it('counts paralysis, petrification, stun and unconsciousness as incapacitating', () => {
    for (const c of ['paralyzed', 'petrified', 'stunned', 'unconscious', 'incapacitated'] as const) expect(isIncapacitated(holder([c]))).toBe(true);
    for (const c of ['blinded', 'prone', 'poisoned', 'restrained', 'grappled'] as const) expect(isIncapacitated(holder([c]))).toBe(false);
  });

  it('stops movement when grappled, restrained or worse, and slows it with exhaustion', () => {
    expect(effectiveSpeed(holder([]), 30)).toBe(30);
    for (const c of ['grappled', 'restrained', 'paralyzed', 'stunned', 'unconscious', 'petrified'] as const) expect(effectiveSpeed(holder([c]), 30)).toBe(0);
    expect(effectiveSpeed(holder(['prone', 'poisoned']), 30)).toBe(30);
    expect(effectiveSpeed(holder([], 2), 30)).toBe(15);
    expect(effectiveSpeed(holder([], 5), 30)).toBe(0);
  });

  it('gives attackers the SRD advantages and disadvantages', () => {
    expect(attackerModes(holder(['invisible'])).advantage).toHaveLength(1);
    for (const c of ['blinded', 'frightened', 'poisoned', 'prone', 'restrained'] as const) expect(attackerModes(holder([c])).disadvantage).toHaveLength(1);
    expect(attackerModes(holder([], 3)).disadvantage).toEqual(['attacker exhausted']);
    for (const c of ['blinded', 'paralyzed', 'petrified', 'restrained', 'stunned', 'unconscious'] as const) expect(targetModes(holder([c]), false).advantage).toHaveLength(1);
    expect(targetModes(holder(['invisible']), true).disadvantage).toEqual(['target unseen']);
    expect(targetModes(holder(['deafened', 'charmed', 'grappled']), true)).toEqual({ advantage: [], disadvantage: [] });
  });

  it('fails only Strength and Dexterity saves automatically', () => {
    expect(autoFailsSave(holder(['stunned']), 'str')).toBe(true);
    expect(autoFailsSave(holder(['stunned']), 'con')).toBe(false);
    expect(autoFailsSave(holder(['restrained']), 'dex')).toBe(false);
  });
});

describe('applying and removing conditions', () => {
  it('knocks the unconscious prone and records who charms, frightens or grapples', () => {
    const mira = sampleSheet('mira');
    expect(applyConditionPatches(mira, 'unconscious')).toEqual([
      { op: 'character.conditions', characterId: 'mira', conditions: ['unconscious', 'prone'], sources: {} },
    ]);
    expect(applyConditionPatches(mira, 'grappled', 'crab')[0]).toMatchObject({ sources: { grappled: 'crab' } });
  });

  it('refuses conditions a creature is immune to', () => {
    expect(() => applyConditionPatches(monster('skeleton'), 'poisoned')).toThrow(/immune to poisoned/);
    expect(() => applyConditionPatches(monster('skeleton'), 'exhaustion')).toThrow(/immune to exhaustion/);
  });

  it('refuses to wake a creature at 0 HP without healing', () => {
    const down = { ...sampleSheet('mira'), hp: 0, conditions: ['unconscious' as const] };
    expect(() => removeConditionPatches(down, 'unconscious')).toThrow(RuleViolation);
    expect(removeConditionPatches({ ...down, hp: 3 }, 'unconscious')[0]).toMatchObject({ conditions: [] });
  });

  it('stacks exhaustion a level at a time: half HP at 4, death at 6', () => {
    const resolver = new TurnResolver(sampleState());
    for (let level = 1; level <= 3; level++) expect(resolver.applyCondition('kestrel', 'exhaustion').exhaustion).toBe(level);
    const fourth = resolver.applyCondition('kestrel', 'exhaustion');
    expect([fourth.exhaustion, fourth.hp]).toEqual([4, 6]);
    expect(resolver.heal('kestrel', '10').hpAfter).toBe(6);
    resolver.applyCondition('kestrel', 'exhaustion');
    const sixth = resolver.applyCondition('kestrel', 'exhaustion');
    expect([sixth.dead, sixth.hp]).toEqual([true, 0]);
  });

  it('kills a creature whose halved maximum reaches 0', () => {
    const frail = { ...monster('commoner'), maxHp: 1, hp: 1, exhaustion: 3 };
    expect(applyConditionPatches(frail, 'exhaustion')).toContainEqual({ op: 'character.dead', characterId: 'commoner', dead: true });
  });

  it('lifts exhaustion one level at a time', () => {
    const resolver = new TurnResolver(sampleState());
    resolver.applyCondition('mira', 'exhaustion');
    resolver.applyCondition('mira', 'exhaustion');
    expect(resolver.removeCondition('mira', 'exhaustion').exhaustion).toBe(1);
    resolver.removeCondition('mira', 'exhaustion');
    expect(() => resolver.removeCondition('mira', 'exhaustion')).toThrow(/not exhausted/);
  });

  it('stops incapacitated creatures acting, but not saving', () => {
    const resolver = new TurnResolver(sampleState());
    resolver.applyCondition('mira', 'stunned');
    expect(() => resolver.check('mira', 'stealth')).toThrow('Mira Thorne is stunned and cannot act');
    expect(resolver.save('mira', 'dex', 5).success).toBe(false);
    expect(resolver.save('mira', 'con', 5).autoFailed).toBe(false);
  });
});
