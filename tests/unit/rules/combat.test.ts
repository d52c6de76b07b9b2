import { describe, expect, it } from 'vitest';
import { castSpell } from '@/lib/rules/actions/cast-spell';
import { bestiary } from '@/lib/rules/bestiary';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena, sampleState } from './fixtures';

const current = (r: TurnResolver) => r.state.combat!.order[r.state.combat!.turnIndex]!.id;

/** Ends turns until it is this creature's. */
function skipTo(r: TurnResolver, id: string): void {
  for (let i = 0; i < 20 && current(r) !== id; i++) r.endTurn(current(r));
  expect(current(r)).toBe(id);
}

describe('initiative and turn order', () => {
  it('rolls d20 + Dexterity for everyone alive and sorts highest first, the same way every replay', () => {
    const a = new TurnResolver(arena(5));
    const b = new TurnResolver(arena(5));
    const start = a.startCombat();
    b.startCombat();
    expect(start.order).toHaveLength(6);
    expect(start.order).toEqual(b.state.combat!.order);
    for (let i = 1; i < start.order.length; i++) expect(start.order[i - 1]!.initiative).toBeGreaterThanOrEqual(start.order[i]!.initiative);
    expect(a.rolls).toHaveLength(6);
    expect([a.state.combat!.round, a.state.round]).toEqual([1, 1]);
  });

  it('passes turns in order and starts a new round after the last', () => {
    const r = new TurnResolver(arena());
    const { order } = r.startCombat();
    for (const entry of order.slice(1)) expect(r.endTurn(current(r)).currentId).toBe(entry.id);
    const wrapped = r.endTurn(current(r));
    expect(wrapped).toMatchObject({ currentId: order[0]!.id, round: 2 });
    expect(r.state.round).toBe(2);
  });

  it('rejects acting or ending a turn out of turn', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    const waiting = r.state.combat!.order.map((e) => e.id).find((id) => id !== current(r) && ['tamsin', 'wren'].includes(id))!;
    expect(() => r.endTurn(waiting)).toThrow(/turn, not/);
    expect(() => r.attack(waiting, 'gob-1', 'Shortbow')).toThrow(/turn, not/);
    const caster = current(r) === 'oswin' ? 'hesper' : 'oswin';
    expect(() => r.act((turn) => castSpell(turn, { casterId: caster, spell: 'Magic Missile', targetIds: ['gob-1'] }))).toThrow(/turn, not/);
    expect(r.state.party.find((c) => c.id === caster)!.spellSlots[0]!.remaining).toBe(2);
  });

  it('refuses a second fight, a rest mid-fight, and turn tools with no fight', () => {
    const r = new TurnResolver(arena());
    expect(() => r.endTurn('tamsin')).toThrow(/no fight/);
    expect(() => r.endCombat()).toThrow(/no fight/);
    r.startCombat();
    expect(() => r.startCombat()).toThrow(/already in progress/);
    expect(() => r.rest('tamsin', 'long')).toThrow(/middle of a fight/);
    r.endCombat();
    expect(r.state.combat).toBeNull();
  });

  it('skips the dead and gives the dying a death save as their turn starts', () => {
    const r = new TurnResolver(arena());
    r.damage('gob-2', '30');
    r.damage('hesper', '9+1d4');
    const { order } = r.startCombat();
    expect(order.map((e) => e.id)).not.toContain('gob-2');
    skipTo(r, order[order.findIndex((e) => e.id === 'hesper') - 1]?.id ?? order.at(-1)!.id);
    const start = r.endTurn(current(r));
    expect(start.deathSaves[0]!.characterId).toBe('hesper');
    expect(r.rolls).toContainEqual(start.deathSaves[0]!.roll);
  });

  it('brings late arrivals into the order without changing whose turn it is', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    const before = current(r);
    const wolf = r.addCreature('wolf', { id: 'wolf-1', position: { x: 9, y: 5 } });
    expect(wolf.maxHp).toBe(11);
    expect(r.state.combat!.order.map((e) => e.id)).toContain('wolf-1');
    expect(current(r)).toBe(before);
    expect(() => r.addCreature('dragon', { id: 'x' })).toThrow(/no "dragon" among the SRD's monsters/);
    expect(() => r.addCreature('wolf', { id: 'tamsin' })).toThrow();
  });
});

describe('actions in a fight', () => {
  it('lets one Attack action make one attack, or more with Multiattack', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    skipTo(r, 'wren');
    r.attack('wren', 'gob-1', 'Shortbow');
    expect(() => r.attack('wren', 'gob-1', 'Shortbow')).toThrow(/already used their action/);

    const two = new TurnResolver({ ...arena(), creatures: [{ ...arena().creatures[0]!, attacksPerAction: 2, position: { x: 5, y: 4 } }] });
    two.startCombat();
    skipTo(two, 'gob-1');
    two.place('tamsin', { x: 4, y: 4 });
    two.attack('gob-1', 'tamsin', 'Scimitar');
    expect(two.state.combat!.turn.attacksLeft).toBe(1);
    two.attack('gob-1', 'tamsin', 'Scimitar');
    expect(() => two.attack('gob-1', 'tamsin', 'Scimitar')).toThrow(/already used/);
  });

  it('gives attacks against a dodging creature disadvantage until its next turn', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    skipTo(r, 'tamsin');
    r.dodge('tamsin');
    r.endTurn('tamsin');
    skipTo(r, 'gob-1');
    const attack = r.attack('gob-1', 'tamsin', 'Shortbow');
    expect(attack.reasons.disadvantage).toContain('target dodging');
    skipTo(r, 'tamsin');
    expect(r.state.combat!.dodging).not.toContain('tamsin');
  });

  it('applies hits to the target with typed damage and logs every roll', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    skipTo(r, 'wren');
    const rollsBefore = r.rolls.length;
    const result = r.attack('wren', 'gob-1', 'Shortbow');
    const goblin = r.state.creatures.find((c) => c.id === 'gob-1')!;
    expect(goblin.hp).toBe(Math.max(0, 7 - (result.damage?.total ?? 0)));
    expect(r.rolls.length - rollsBefore).toBe(result.hit ? 2 : 1);
  });

  it('works outside a fight too, with no turn or action limits', () => {
    const r = new TurnResolver(arena());
    // Beside both goblins, so the second attack has a living target whatever the first did.
    r.place('tamsin', { x: 8, y: 1 });
    r.attack('tamsin', 'gob-1', 'Longsword');
    r.attack('tamsin', 'gob-2', 'Longsword', { advantage: true });
    expect(r.rolls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a stored sample table', () => {
  it('fights with the sample party using unarmed strikes and bestiary monsters', () => {
    const r = new TurnResolver(sampleState());
    r.addCreature(bestiary['tideworn-crab'], { id: 'crab' });
    const { order } = r.startCombat();
    expect(order).toHaveLength(4);
    skipTo(r, 'mira');
    const punch = r.attack('mira', 'crab', 'unarmed strike');
    expect(punch.attack).toBe('Unarmed strike');
  });
});
