import { describe, expect, it } from 'vitest';
import { hazardNumbers, partyLevel, triggerHazard } from '@/lib/rules/actions/hazard';
import { hazardSchema, type HazardInput } from '@/lib/rules/scene-hazards';
import { findCombatant, gameStateSchema, type Combatant } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { atLevel } from '@/scripts/eval/hostile/levels';
import { pregens } from '@/lib/rules/pregens';
import { arena } from '../fixtures';

const trap = (how: HazardInput['how'], more: Partial<HazardInput> = {}): HazardInput => ({ id: 'trap', name: 'Trap', trigger: 'stepping on it', how, ...more });

function at(hazards: HazardInput[], seed = 11): TableResolver {
  const state = arena(seed);
  return new TableResolver(gameStateSchema.parse({ ...state, scene: { ...state.scene, hazards, obstacles: [] } }));
}

const spring = (r: TableResolver, ids: string[], hazardId = 'trap') => r.act((turn) => triggerHazard(turn, hazardId, ids));
const who = (r: TableResolver, id: string): Combatant => findCombatant(r.state, id)!;

describe('hazard numbers', () => {
  it('come from the SRD trap table by severity and the party\'s level, or the falling rule', () => {
    const parse = (how: HazardInput['how']) => hazardSchema.parse(trap(how));
    expect(hazardNumbers(parse({ kind: 'save', ability: 'dex', severity: 'dangerous', damageType: 'fire' }), 3)).toEqual({ dice: '2d10', type: 'fire', dc: 12, attackBonus: null });
    expect(hazardNumbers(parse({ kind: 'save', ability: 'dex', severity: 'deadly', damageType: 'fire', dc: 18 }), 5)).toMatchObject({ dice: '10d10', dc: 18 });
    expect(hazardNumbers(parse({ kind: 'attack', severity: 'setback', damageType: 'piercing' }), 1)).toEqual({ dice: '1d10', type: 'piercing', dc: null, attackBonus: 3 });
    expect(hazardNumbers(parse({ kind: 'fall', feet: 35 }), 1)).toMatchObject({ dice: '3d6', type: 'bludgeoning' });
    expect(hazardNumbers(parse({ kind: 'fall', feet: 500 }), 1).dice).toBe('20d6');
  });

  it('use the party\'s average level, rounded down', () => {
    const state = arena();
    expect(partyLevel(state)).toBe(1);
    const mixed = gameStateSchema.parse({ ...state, party: [atLevel(pregens[0]!, 3), pregens[1]!] });
    expect(partyLevel(mixed)).toBe(2);
  });
});

describe('setting off a hazard', () => {
  it('rolls one damage roll for a save-for-half hazard; each target saves, and halves it on a success', () => {
    const r = at([trap({ kind: 'save', ability: 'dex', severity: 'setback', damageType: 'fire' })]);
    const out = spring(r, ['tamsin', 'oswin']);
    const damage = r.rolls.find((roll) => roll.notation === '1d10')!.total;
    for (const t of out.targets) expect(t.damage).toBe(t.avoided ? Math.floor(damage / 2) : damage);
    expect(r.checks.map((c) => [c.characterId, c.kind, c.skill, c.dc])).toEqual([['tamsin', 'save', 'dex', 10], ['oswin', 'save', 'dex', 10]]);
  });

  it('attacks each target against its AC, and leaves its condition on those it hits', () => {
    const seen = new Set<boolean>();
    for (let seed = 1; seed <= 12; seed++) {
      const r = at([trap({ kind: 'attack', severity: 'setback', damageType: 'poison', attackBonus: 5 }, { condition: { condition: 'poisoned', minutes: 60 } })], seed);
      const [hit] = spring(r, ['oswin']).targets;
      expect(hit!.roll!.notation).toBe('1d20+5');
      seen.add(hit!.avoided!);
      if (hit!.avoided) {
        expect(hit).toMatchObject({ damage: 0, condition: null });
        continue;
      }
      expect(who(r, 'oswin').conditions).toContain('poisoned');
      expect(who(r, 'oswin').effects[0]).toMatchObject({ id: 'hazard-trap', source: { kind: 'hazard', id: 'trap', by: 'oswin' }, ends: [{ kind: 'minutes', minutes: 60 }] });
    }
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('drops a creature: 1d6 per 10 feet, and it lands prone', () => {
    const r = at([trap({ kind: 'fall', feet: 20 })]);
    const [fell] = spring(r, ['tamsin']).targets;
    expect(r.rolls.at(-1)!.notation).toBe('2d6');
    expect(fell).toMatchObject({ roll: null, avoided: null, damage: r.rolls.at(-1)!.total });
    expect(who(r, 'tamsin').conditions).toContain('prone');
  });

  it('a one-shot trap is spent once sprung', () => {
    const r = at([trap({ kind: 'attack', severity: 'setback', damageType: 'piercing' }, { rearms: false })]);
    spring(r, ['tamsin']);
    expect(r.state.scene.hazards[0]!.sprung).toBe(true);
    expect(() => spring(r, ['tamsin'])).toThrow('Trap has already gone off and does not rearm');
  });

  it('refuses a hazard the scene does not declare, naming those it does, and nobody to catch', () => {
    const r = at([trap({ kind: 'fall', feet: 10 })]);
    expect(() => spring(r, ['tamsin'], 'lightning-bolt')).toThrow(
      'No hazard "lightning-bolt" here: damage outside attacks and spells comes only from a hazard the scene declares. This scene declares: trap (Trap).',
    );
    expect(() => spring(r, [])).toThrow('needs someone to catch');
    expect(() => spring(r, ['smaug'])).toThrow('No character "smaug"');
  });
});
