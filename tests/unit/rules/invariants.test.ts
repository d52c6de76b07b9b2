import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { castSpell } from '@/lib/rules/actions/cast-spell';
import { checkLog } from '@/lib/rules/invariant-log';
import { checkInvariants } from '@/lib/rules/invariants';
import { applyPatches, RuleViolation, type StatePatch } from '@/lib/rules/patches';
import type { RulesState } from '@/lib/rules/state';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena, sampleState } from './fixtures';

const rules = (state: Parameters<typeof checkInvariants>[0]) => checkInvariants(state).map((v) => v.rule);

/** Edits one party member of the arena. */
function withHero(patch: (c: RulesState['party'][number]) => RulesState['party'][number]): RulesState {
  const state = arena();
  return { ...state, party: state.party.map((c) => (c.id === 'tamsin' ? patch(c) : c)) };
}

describe('the invariant checker', () => {
  it('finds nothing wrong with fresh tables, stored or new', () => {
    expect(checkInvariants(sampleState())).toEqual([]);
    expect(checkInvariants(arena())).toEqual([]);
  });

  it('catches hit points, temporary HP and exhaustion out of range', () => {
    expect(rules(withHero((c) => ({ ...c, hp: 13 })))).toContain('hp-range');
    expect(rules(withHero((c) => ({ ...c, hp: 7, exhaustion: 4 })))).toContain('hp-range');
    expect(rules(withHero((c) => ({ ...c, tempHp: -1 })))).toContain('temp-hp-negative');
    expect(rules(withHero((c) => ({ ...c, exhaustion: 6 })))).toContain('exhaustion-death');
  });

  it('catches dead, dying and stable states that contradict each other', () => {
    expect(rules(withHero((c) => ({ ...c, dead: true })))).toContain('dead-with-hp');
    expect(rules(withHero((c) => ({ ...c, hp: 0 })))).toContain('down-but-awake');
    expect(rules(withHero((c) => ({ ...c, stable: true })))).toContain('stable-mismatch');
    expect(rules(withHero((c) => ({ ...c, deathSaves: { successes: 1, failures: 0 } })))).toContain('death-saves-while-up');
    expect(rules(withHero((c) => ({ ...c, hp: 0, conditions: ['unconscious'], deathSaves: { successes: 0, failures: 3 } })))).toContain('death-saves-not-dead');
  });

  it('catches spell slots and hit dice out of range', () => {
    expect(rules(withHero((c) => ({ ...c, spellSlots: [{ level: 1, max: 2, remaining: 3 }] })))).toContain('slot-range');
    expect(rules(withHero((c) => ({ ...c, spellSlots: [{ level: 1, max: 2, remaining: 1 }, { level: 1, max: 1, remaining: 1 }] })))).toContain('slot-duplicate');
    expect(rules(withHero((c) => ({ ...c, hitDiceSpent: 2 })))).toContain('hit-dice-range');
  });

  it('catches conditions that contradict immunities or name unknown sources', () => {
    const state = arena();
    const skeletonish = { ...state, creatures: state.creatures.map((c) => ({ ...c, conditionImmunities: ['poisoned' as const], conditions: ['poisoned' as const] })) };
    expect(rules(skeletonish)).toContain('condition-immune');
    expect(rules(withHero((c) => ({ ...c, conditions: ['charmed'], conditionSources: { charmed: 'nobody' } })))).toContain('condition-source-unknown');
    expect(rules(withHero((c) => ({ ...c, conditionSources: { grappled: 'gob-1' } })))).toContain('condition-source-stale');
  });

  it('catches creatures in walls, off the grid, sharing squares, or placed with no grid', () => {
    expect(rules(withHero((c) => ({ ...c, position: { x: 2, y: 2 } })))).toContain('position-in-wall');
    expect(rules(withHero((c) => ({ ...c, position: { x: 20, y: 2 } })))).toContain('position-off-grid');
    expect(rules(withHero((c) => ({ ...c, position: { x: 1, y: 5 } })))).toContain('position-shared');
    expect(rules({ ...arena(), grid: null })).toContain('position-without-grid');
  });

  it('catches a broken turn order and overspent turns', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    const combat = r.state.combat!;
    expect(rules({ ...r.state, combat: { ...combat, turnIndex: 9 } })).toContain('turn-index-range');
    expect(rules({ ...r.state, combat: { ...combat, order: [...combat.order, { id: 'ghost', initiative: -5 }] } })).toContain('order-unknown');
    expect(rules({ ...r.state, combat: { ...combat, order: [...combat.order].reverse() } })).toContain('order-unsorted');
    expect(rules({ ...r.state, combat: { ...combat, turn: { ...combat.turn, movementUsed: 95 } } })).toContain('movement-over-budget');
    expect(rules({ ...r.state, combat: { ...combat, turn: { ...combat.turn, attacksLeft: 1 } } })).toEqual(expect.arrayContaining(['attacks-without-action']));
  });

  it('replays a log and catches forbidden changes between steps', () => {
    const start = arena();
    const revive: StatePatch[][] = [
      [{ op: 'character.hp', characterId: 'gob-1', hp: 0 }, { op: 'character.dead', characterId: 'gob-1', dead: true }],
      [{ op: 'character.dead', characterId: 'gob-1', dead: false }, { op: 'character.hp', characterId: 'gob-1', hp: 3 }],
    ];
    expect(checkLog(start, revive).map((v) => v.rule)).toEqual(expect.arrayContaining(['raised-from-dead', 'dead-healed']));
    expect(checkLog(start, [[{ op: 'session.rollCount', rollCount: 5 }], [{ op: 'session.rollCount', rollCount: 2 }]])[0]).toMatchObject({ rule: 'roll-count-decreased', step: 2 });
    expect(checkLog(start, [[{ op: 'character.hp', characterId: 'nobody', hp: 1 }]])[0]).toMatchObject({ rule: 'patch-rejected' });
  });
});

/**
 * A tool call the DM might make, with arguments drawn from the arena's cast.
 * 'current' stands for whoever's turn it is, so fights actually move on.
 */
const ids = ['tamsin', 'oswin', 'hesper', 'wren', 'gob-1', 'gob-2'];
const id = fc.constantFrom(...ids, 'current', 'current', 'current');
const cell = fc.record({ x: fc.integer({ min: 0, max: 9 }), y: fc.integer({ min: 0, max: 5 }) });
const call = fc.oneof(
  fc.record({ tool: fc.constant('attack' as const), by: id, at: id, weapon: fc.constantFrom('first', 'last', 'unarmed strike') }),
  fc.record({ tool: fc.constant('move' as const), by: id, to: cell }),
  fc.record({ tool: fc.constant('endTurn' as const), by: id }),
  fc.record({ tool: fc.constant('damage' as const), at: id, dice: fc.constantFrom('1d6', '2d8+2', '15') }),
  fc.record({ tool: fc.constant('heal' as const), at: id, dice: fc.constantFrom('1d4', '2d8') }),
  fc.record({ tool: fc.constant('condition' as const), at: id, condition: fc.constantFrom('prone', 'grappled', 'stunned', 'poisoned', 'exhaustion' as const), remove: fc.boolean() }),
  fc.record({ tool: fc.constant('cast' as const), by: id, at: id, spell: fc.constantFrom('Sacred Flame', 'Fire Bolt', 'Bless', 'Magic Missile', 'Cure Wounds', 'Healing Word', 'Sleep', 'Shield', 'Guiding Bolt') }),
  fc.record({ tool: fc.constant('save' as const), at: id }),
  fc.record({ tool: fc.constant('combat' as const), start: fc.constantFrom(true, true, true, false) }),
  fc.record({ tool: fc.constant('rest' as const), at: id, long: fc.boolean() }),
  fc.record({ tool: fc.constant('other' as const), by: id, what: fc.constantFrom('dash', 'dodge', 'standUp', 'deathSave', 'tempHp') }),
);

type Call = typeof call extends fc.Arbitrary<infer T> ? T : never;

function resolveIds(r: TurnResolver, c: Call): Call {
  const combat = r.state.combat;
  const now = combat ? combat.order[combat.turnIndex]!.id : 'tamsin';
  const real = (x: string) => (x === 'current' ? now : x);
  return { ...c, ...('by' in c ? { by: real(c.by) } : {}), ...('at' in c ? { at: real(c.at) } : {}) } as Call;
}

/** Where a creature stands, for an area spell aimed at it. */
function positionOf(r: TurnResolver, at: string) {
  return [...r.state.party, ...r.state.creatures].find((x) => x.id === at)?.position ?? undefined;
}

function weaponOf(r: TurnResolver, by: string, weapon: string): string {
  const attacks = [...r.state.party, ...r.state.creatures].find((x) => x.id === by)?.attacks ?? [];
  return (weapon === 'first' ? attacks[0]?.name : weapon === 'last' ? attacks.at(-1)?.name : undefined) ?? 'unarmed strike';
}

function perform(r: TurnResolver, call: Call): void {
  const c = resolveIds(r, call);
  switch (c.tool) {
    case 'attack': return void r.attack(c.by, c.at, weaponOf(r, c.by, c.weapon));
    case 'move': return void r.move(c.by, c.to);
    case 'endTurn': return void r.endTurn(c.by);
    case 'damage': return void r.damage(c.at, c.dice);
    case 'heal': return void r.heal(c.at, c.dice);
    case 'condition': return void (c.remove ? r.removeCondition(c.at, c.condition) : r.applyCondition(c.at, c.condition));
    case 'cast': return void r.act((turn) => castSpell(turn, { casterId: c.by, spell: c.spell, targetIds: [c.at], point: positionOf(r, c.at) }));
    case 'save': return void r.save(c.at, 'dex', 12);
    case 'combat': return void (c.start ? r.startCombat() : r.endCombat());
    case 'rest': return void r.rest(c.at, c.long ? 'long' : 'short', { hitDice: 1 });
    case 'other':
      if (c.what === 'tempHp') return void r.grantTempHp(c.by, 4);
      return void r[c.what](c.by);
  }
}

describe('the engine under any sequence of tool calls', () => {
  it('never produces a state the invariant checker faults, and only refuses with RuleViolation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(call, { minLength: 1, maxLength: 40 }), (seed, calls) => {
        const initial = arena(seed);
        const r = new TurnResolver(initial);
        const steps: StatePatch[][] = [];
        for (const c of [{ tool: 'combat', start: true } as const, ...calls]) {
          const before = r.patches.length;
          try {
            perform(r, c);
          } catch (error) {
            if (!(error instanceof RuleViolation)) throw error;
          }
          steps.push(r.patches.slice(before));
          expect(checkInvariants(r.state)).toEqual([]);
        }
        expect(checkLog(initial, steps)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('produces patches that change nothing when applied a second time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.array(call, { minLength: 1, maxLength: 30 }), (seed, calls) => {
        const r = new TurnResolver(arena(seed));
        for (const c of calls) {
          try {
            perform(r, c);
          } catch (error) {
            if (!(error instanceof RuleViolation)) throw error;
          }
        }
        let state = applyPatches(arena(seed), []);
        for (const patch of r.patches) {
          const once = applyPatches(state, [patch]);
          expect(applyPatches(once, [patch])).toEqual(once);
          state = once;
        }
        expect(state).toEqual(r.state);
      }),
      { numRuns: 100 },
    );
  });
});
