import { describe, expect, it } from 'vitest';
import { findAttack, resolveAttack, unarmedStrike } from '@/lib/rules/attack';
import type { Roller } from '@/lib/rules/checks';
import { rollDice } from '@/lib/rules/dice';
import { diceKeyFromSeed, rollSeed } from '@/lib/rules/dice-key';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { findCombatant, type Combatant, type RulesState } from '@/lib/rules/state';
import { arena } from './fixtures';

function roller(seed: number): Roller {
  let n = 0;
  const key = diceKeyFromSeed(seed);
  return (notation) => rollDice(notation, rollSeed(key, n++));
}

function get(state: RulesState, id: string): Combatant {
  const c = findCombatant(state, id);
  if (!c) throw new Error(id);
  return c;
}

/** Moves two combatants next to each other (or apart) on the arena grid. */
function setUp(positions: Record<string, { x: number; y: number } | null>, tweak: (c: Combatant) => Combatant = (c) => c): RulesState {
  const state = arena();
  const move = <C extends Combatant>(c: C): C => tweak(c.id in positions ? { ...c, position: positions[c.id] ?? null } : c) as C;
  return { ...state, party: state.party.map(move), creatures: state.creatures.map(move) };
}

/** Attacks with seeds 0, 1, 2... until the first attack roll shows the wanted die. */
function attackWithNatural(state: RulesState, attackerId: string, targetId: string, weapon: string, natural: number) {
  for (let seed = 0; seed < 5000; seed++) {
    const attacker = get(state, attackerId);
    const outcome = resolveAttack(state, attacker, get(state, targetId), findAttack(attacker, weapon), roller(seed));
    if (outcome.result.natural === natural) return outcome;
  }
  throw new Error(`no seed rolls a natural ${natural}`);
}

const adjacent = { tamsin: { x: 4, y: 4 }, 'gob-1': { x: 5, y: 4 } };

describe('attack rolls', () => {
  it('hits exactly when the total meets the AC, whatever the seed', () => {
    const state = setUp(adjacent);
    for (let seed = 0; seed < 100; seed++) {
      const { result } = resolveAttack(state, get(state, 'tamsin'), get(state, 'gob-1'), findAttack(get(state, 'tamsin'), 'longsword'), roller(seed));
      const expected = result.natural === 20 || (result.natural !== 1 && result.roll.total >= 15);
      expect(result.hit).toBe(expected);
      expect(result.damage !== null).toBe(expected);
    }
  });

  it('always hits and doubles the damage dice on a natural 20', () => {
    const { result } = attackWithNatural(setUp(adjacent), 'tamsin', 'gob-1', 'Longsword', 20);
    expect(result.hit && result.critical).toBe(true);
    expect(result.damage!.parts[0]!.roll.notation).toBe('2d8+3');
  });

  it('always misses on a natural 1, even against a sitting duck', () => {
    const state = setUp(adjacent, (c) => (c.id === 'gob-1' ? { ...c, ac: 1 } : c));
    const { result, patches } = attackWithNatural(state, 'tamsin', 'gob-1', 'Longsword', 1);
    expect(result.hit).toBe(false);
    expect(patches).toEqual([]);
  });

  it('turns any hit from 5 ft on an unconscious or paralyzed target into a critical', () => {
    const state = setUp(adjacent, (c) => (c.id === 'gob-1' ? { ...c, conditions: ['paralyzed'] } : c));
    for (let seed = 0; seed < 40; seed++) {
      const { result } = resolveAttack(state, get(state, 'tamsin'), get(state, 'gob-1'), findAttack(get(state, 'tamsin'), 'Longsword'), roller(seed));
      expect(result.mode).toBe('advantage');
      if (result.hit) expect(result.critical).toBe(true);
    }
  });

  it('rejects a melee attack on a target out of reach, and a thrown weapon takes over at range', () => {
    const state = setUp({ tamsin: { x: 0, y: 5 }, 'gob-1': { x: 5, y: 5 } });
    const tamsin = get(state, 'tamsin');
    expect(() => resolveAttack(state, tamsin, get(state, 'gob-1'), findAttack(tamsin, 'Longsword'), roller(1))).toThrow(/beyond the 5 ft reach/);
    const thrown = resolveAttack(state, tamsin, get(state, 'gob-1'), findAttack(tamsin, 'Handaxe'), roller(1));
    expect(thrown.result.delivery).toBe('ranged');
  });

  it('gives ranged attacks disadvantage beyond normal range and refuses them beyond long range', () => {
    const far = setUp({ wren: { x: 0, y: 0 }, 'gob-1': { x: 9, y: 0 } });
    const wren = get(far, 'wren');
    const ok = resolveAttack(far, wren, get(far, 'gob-1'), findAttack(wren, 'Shortbow'), roller(2));
    expect(ok.result.reasons.disadvantage).toEqual([]);
    const dagger = resolveAttack(far, get(far, 'oswin'), get(far, 'gob-1'), findAttack(get(far, 'oswin'), 'Dagger'), roller(2));
    expect(dagger.result.reasons.disadvantage).toContain('long range');
    const shortDagger = (c: Combatant) => (c.id === 'oswin' ? { ...c, attacks: c.attacks.map((a) => ({ ...a, range: { normal: 10, long: 20 } })) } : c);
    const beyond = setUp({ oswin: { x: 0, y: 0 }, 'gob-1': { x: 9, y: 0 } }, shortDagger);
    const oswin = get(beyond, 'oswin');
    expect(() => resolveAttack(beyond, oswin, get(beyond, 'gob-1'), findAttack(oswin, 'Dagger'), roller(2))).toThrow(/45 ft away, beyond the 20 ft range/);
  });

  it('gives a ranged attack disadvantage when a foe stands next to the archer', () => {
    const state = setUp({ wren: { x: 7, y: 0 }, 'gob-1': { x: 8, y: 0 }, 'gob-2': { x: 9, y: 3 } });
    const wren = get(state, 'wren');
    const { result } = resolveAttack(state, wren, get(state, 'gob-2'), findAttack(wren, 'Shortbow'), roller(3));
    expect(result.reasons.disadvantage).toContain('ranged attack with a foe adjacent');
  });

  it('treats prone targets as easy up close and hard from afar', () => {
    const prone = (c: Combatant) => (c.id === 'gob-1' ? { ...c, conditions: ['prone' as const] } : c);
    const close = setUp(adjacent, prone);
    expect(resolveAttack(close, get(close, 'tamsin'), get(close, 'gob-1'), findAttack(get(close, 'tamsin'), 'Longsword'), roller(1)).result.mode).toBe('advantage');
    const far = setUp({ wren: { x: 0, y: 0 }, 'gob-1': { x: 6, y: 0 } }, prone);
    expect(resolveAttack(far, get(far, 'wren'), get(far, 'gob-1'), findAttack(get(far, 'wren'), 'Shortbow'), roller(1)).result.mode).toBe('disadvantage');
  });

  it('adds half cover to the AC of a target standing in a cover square, against distant attacks', () => {
    const state = setUp({ wren: { x: 0, y: 4 }, 'gob-1': { x: 6, y: 4 } });
    const { result } = resolveAttack(state, get(state, 'wren'), get(state, 'gob-1'), findAttack(get(state, 'wren'), 'Shortbow'), roller(4));
    expect(result.targetAc).toBe(17);
  });

  it('forbids attacking the creature that charmed you, the dead, and yourself', () => {
    const state = setUp(adjacent, (c) => (c.id === 'tamsin' ? { ...c, conditions: ['charmed'], conditionSources: { charmed: 'gob-1' } } : c));
    const tamsin = get(state, 'tamsin');
    expect(() => resolveAttack(state, tamsin, get(state, 'gob-1'), findAttack(tamsin, 'Longsword'), roller(1))).toThrow(/charmed/);
    const dead = setUp(adjacent, (c) => (c.id === 'gob-1' ? { ...c, hp: 0, dead: true } : c));
    expect(() => resolveAttack(dead, get(dead, 'tamsin'), get(dead, 'gob-1'), findAttack(tamsin, 'Longsword'), roller(1))).toThrow(RuleViolation);
    expect(() => resolveAttack(state, get(state, 'gob-1'), get(state, 'gob-1'), findAttack(get(state, 'gob-1'), 'Scimitar'), roller(1))).toThrow(/itself/);
  });

  it('lets anyone punch for 1 + Strength modifier, and names the attacks it does know', () => {
    const state = arena();
    expect(unarmedStrike(get(state, 'tamsin'))).toMatchObject({ toHit: 5, damage: { dice: '4', type: 'bludgeoning' } });
    expect(unarmedStrike(get(state, 'oswin')).damage.dice).toBe('0');
    expect(() => findAttack(get(state, 'tamsin'), 'Halberd')).toThrow(/Longsword, Handaxe, Unarmed strike/);
  });

  it('applies resistance per damage type, including extra damage', () => {
    const state = setUp(adjacent, (c) =>
      c.id === 'tamsin'
        ? { ...c, attacks: [{ name: 'Flame blade', kind: 'melee', toHit: 20, damage: { dice: '1d8+3', type: 'slashing' }, extraDamage: [{ dice: '2d6', type: 'fire' }], reach: 5, range: null }] }
        : c.id === 'gob-1'
          ? { ...c, maxHp: 60, hp: 60, damageResistances: ['fire'] }
          : c,
    );
    for (let seed = 0; seed < 20; seed++) {
      const { result } = resolveAttack(state, get(state, 'tamsin'), get(state, 'gob-1'), findAttack(get(state, 'tamsin'), 'Flame blade'), roller(seed));
      if (!result.damage) continue;
      const [blade, fire] = result.damage.parts;
      expect(fire!.amount).toBe(Math.floor(fire!.roll.total / 2));
      expect(result.damage.total).toBe(blade!.amount + fire!.amount);
    }
  });
});
