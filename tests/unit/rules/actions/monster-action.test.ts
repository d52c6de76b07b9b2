import { describe, expect, it } from 'vitest';
import { monsterTurnStarts } from '@/lib/rules/actions/action-uses';
import { monsterAction } from '@/lib/rules/actions/monster-action';
import type { Creature } from '@/lib/rules/creature';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { battle, onTurnOf } from './battle';

const creature = (r: ReturnType<typeof battle>, id: string) => r.state.creatures.find((c) => c.id === id) as Creature;

describe('a monster acts by its stat block', () => {
  it('a goblin attacks once with its Scimitar: the Attack action, no more attacks after it', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 1, y: 1 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 2, y: 1 } }] });
    onTurnOf(r, 'gob');
    const hit = r.act((t) => monsterAction(t, { creatureId: 'gob', action: 'scimitar', targetIds: ['tamsin'] }));
    expect(hit).toMatchObject({ action: 'Scimitar', kind: 'action', source: "Goblin's Scimitar" });
    expect(hit.attacks[0]?.attack.attack).toBe('Scimitar');
    expect(r.state.combat?.turn.actionUsed).toBe(true);
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'gob', action: 'Shortbow', targetIds: ['tamsin'] }))).toThrow(/already used their action/);
  });

  it('refuses an action the stat block lacks, naming what it has', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 1, y: 1 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 2, y: 1 } }] });
    onTurnOf(r, 'gob');
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'gob', action: 'Fire Breath', targetIds: ['tamsin'] }))).toThrow(
      /Goblin has no action called "Fire Breath": its stat block lists Scimitar, Shortbow/,
    );
  });

  it('refuses out of turn, and for a character', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 1, y: 1 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 2, y: 1 } }] });
    onTurnOf(r, 'tamsin');
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'gob', action: 'Scimitar', targetIds: ['tamsin'] }))).toThrow(/turn/);
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'tamsin', action: 'Longsword', targetIds: ['gob'] }))).toThrow(/player character/);
  });

  it('Multiattack makes the listed attacks as one action, targets in order', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 4, y: 3 } },
        { id: 'wren', at: { x: 5, y: 3 } },
      ],
      creatures: [{ monster: 'owlbear', id: 'owl', at: { x: 4, y: 4 } }],
    });
    onTurnOf(r, 'owl');
    const done = r.act((t) => monsterAction(t, { creatureId: 'owl', action: 'Multiattack', targetIds: ['tamsin', 'wren'] }));
    expect(done.attacks.map((a) => [a.action, a.attack.targetId])).toEqual([
      ['Beak', 'tamsin'],
      ['Claws', 'wren'],
    ]);
    expect(r.state.combat?.turn).toMatchObject({ actionUsed: true, attacksLeft: 0 });
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'owl', action: 'Beak', targetIds: ['tamsin'] }))).toThrow(RuleViolation);
  });

  it('refuses a Multiattack whose attacks cannot reach, saying which', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 9, y: 3 } }], creatures: [{ monster: 'owlbear', id: 'owl', at: { x: 1, y: 1 } }] });
    onTurnOf(r, 'owl');
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'owl', action: 'Multiattack', targetIds: ['tamsin'] }))).toThrow(/beyond Beak's 5 ft reach/);
  });

  it('a breath weapon: the stat block’s DC and damage for everyone in the cone, halved on a save; then it must recharge', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 5, y: 3 } },
        { id: 'wren', at: { x: 6, y: 3 } },
        { id: 'oswin', at: { x: 0, y: 0 } },
      ],
      creatures: [{ monster: 'young red dragon', id: 'drake', at: { x: 2, y: 3 } }],
    });
    onTurnOf(r, 'drake');
    const breath = r.act((t) => monsterAction(t, { creatureId: 'drake', action: 'Fire Breath', targetIds: ['tamsin', 'wren'] }));
    expect(breath.saves).toHaveLength(2);
    for (const s of breath.saves) {
      expect(s.dc).toBe(17);
      expect(s.damage).toBeGreaterThan(0);
    }
    const [a, b] = breath.saves;
    if (a!.saved !== b!.saved) expect(Math.abs(a!.damage - 2 * b!.damage) <= 1 || Math.abs(b!.damage - 2 * a!.damage) <= 1).toBe(true);
    expect(breath.usesLeft).toBe(0);
    expect(creature(r, 'drake').actionUses.spent['Fire Breath']).toBe(1);
  });

  it('a spent breath is refused until it recharges, and the creature can still bite', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'young red dragon', id: 'drake', at: { x: 2, y: 3 } }] });
    onTurnOf(r, 'drake');
    r.act((t) => t.commit([{ op: 'creature.actionUses', creatureId: 'drake', actionUses: { spent: { 'Fire Breath': 1 }, legendarySpent: 0, legendaryAfter: null } }]));
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'drake', action: 'Fire Breath', targetIds: ['tamsin'] }))).toThrow(
      "Young Red Dragon's Fire Breath has not recharged: it comes back at the start of one of its turns on a d6 roll of 5–6. Until then it must use another action.",
    );
    expect(r.act((t) => monsterAction(t, { creatureId: 'drake', action: 'Bite', targetIds: ['tamsin'] })).attacks).toHaveLength(1);
  });

  it('recharge rolls a d6 at the start of its turn: 5 or 6 brings the breath back', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 5, y: 3 } }], creatures: [{ monster: 'young red dragon', id: 'drake', at: { x: 2, y: 3 } }] });
    r.act((t) => t.commit([{ op: 'creature.actionUses', creatureId: 'drake', actionUses: { spent: { 'Fire Breath': 1 }, legendarySpent: 0, legendaryAfter: null } }]));
    for (let i = 0; i < 20; i++) {
      const [roll] = r.act((t) => monsterTurnStarts(t, 'drake'));
      if (!roll) break;
      expect(roll.recharged).toBe(roll.roll >= 5);
      expect(creature(r, 'drake').actionUses.spent['Fire Breath'] === undefined).toBe(roll.recharged);
    }
    expect(creature(r, 'drake').actionUses.spent['Fire Breath']).toBeUndefined();
  });

  it('refuses targets outside the area, or behind total cover', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 5, y: 3 } },
        { id: 'wren', at: { x: 0, y: 3 } },
      ],
      creatures: [{ monster: 'young red dragon', id: 'drake', at: { x: 2, y: 3 } }],
    });
    onTurnOf(r, 'drake');
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'drake', action: 'Fire Breath', targetIds: ['tamsin', 'wren'] }))).toThrow(/a 30-foot cone/);
    const walled = battle({
      party: [{ id: 'tamsin', at: { x: 5, y: 3 } }],
      creatures: [{ monster: 'young red dragon', id: 'drake', at: { x: 2, y: 3 } }],
      rows: ['....#.......', '....#.......', '....#.......', '....#.......', '....#.......', '....#.......', '....#.......', '....#.......'],
    });
    onTurnOf(walled, 'drake');
    expect(() => walled.act((t) => monsterAction(t, { creatureId: 'drake', action: 'Fire Breath', targetIds: ['tamsin'] }))).toThrow(/total cover/);
  });

  it('legendary actions: after another creature’s turn only, one per turn, three a round by cost', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 5, y: 4 } },
        { id: 'wren', at: { x: 6, y: 4 } },
      ],
      creatures: [{ monster: 'adult red dragon', id: 'wyrm', at: { x: 5, y: 3 } }],
    });
    onTurnOf(r, 'wyrm');
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'wyrm', action: 'Tail Attack', targetIds: ['tamsin'] }))).toThrow(/own turn/);
    onTurnOf(r, 'tamsin');
    const tail = r.act((t) => monsterAction(t, { creatureId: 'wyrm', action: 'Tail Attack', targetIds: ['tamsin'] }));
    expect(tail).toMatchObject({ kind: 'legendary', source: "Adult Red Dragon's Tail Attack (its Tail)", legendaryLeft: 2 });
    expect(tail.attacks[0]?.action).toBe('Tail');
    expect(() => r.act((t) => monsterAction(t, { creatureId: 'wyrm', action: 'Tail Attack', targetIds: ['tamsin'] }))).toThrow(/only one may follow each turn/);
  });

  it('a monster stored before stat blocks carried actions still attacks by its attacks, and has no Multiattack', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 1, y: 1 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 2, y: 1 } }] });
    const bare = { ...creature(r, 'gob'), actions: [], traits: [] };
    expect(() => monsterAction({ combatant: () => bare } as never, { creatureId: 'gob', action: 'Multiattack', targetIds: ['tamsin'] })).toThrow(/lists only the attacks Scimitar, Shortbow/);
  });
});
