import { describe, expect, it } from 'vitest';
import { TableResolver } from '@/lib/rules/table-resolver';
import { arena } from '../fixtures';
import { cast, placed, tableWithIlse, who } from './spell-fixtures';

/** Tries seeds until `pick` accepts the outcome of `play`, so a test can see both sides of a roll. */
function untilSeed<T>(play: (seed: number) => T, pick: (value: T) => boolean): T {
  for (let seed = 1; seed < 80; seed++) {
    const value = play(seed);
    if (pick(value)) return value;
  }
  throw new Error('no seed gave the wanted roll');
}

describe('spell attacks', () => {
  it('rolls the caster’s spell attack bonus against AC and deals the cantrip’s damage for the caster’s level', () => {
    const r = tableWithIlse();
    const bolt = cast(r, { casterId: 'ilse', spell: 'Fire Bolt', targetIds: ['gob-1'] });
    const attack = bolt.targets[0]!.attacks![0]!;
    expect(attack).toMatchObject({ attackerId: 'ilse', targetId: 'gob-1', attack: 'Fire Bolt', targetAc: 15 });
    expect(attack.roll.notation).toBe('1d20+6');
    if (attack.hit) expect(attack.damage!.parts[0]!.roll.notation).toMatch(/^(2|4)d10$/);
    expect(bolt.attackBonus).toBe(6);
  });

  it('rolls each ray separately and stops at a creature that has died', () => {
    const r = tableWithIlse();
    const rays = cast(r, { casterId: 'ilse', spell: 'Scorching Ray', targetIds: ['gob-1'] });
    const attacks = rays.targets[0]!.attacks!;
    expect(attacks.length).toBeGreaterThanOrEqual(1);
    expect(attacks.length).toBeLessThanOrEqual(3);
    if (attacks.length < 3) expect(who(r, 'gob-1').dead).toBe(true);
    expect(rays.slotLevel).toBe(2);
  });

  it('leaves Guiding Bolt’s glow on a creature it hits, for the next attack against it', () => {
    const hit = untilSeed(
      (seed) => {
        const r = new TableResolver(arena(seed));
        r.addCreature('ogre', { id: 'ogre', position: { x: 6, y: 4 } });
        return { r, bolt: cast(r, { casterId: 'hesper', spell: 'Guiding Bolt', targetIds: ['ogre'] }) };
      },
      ({ bolt }) => bolt.targets[0]!.attacks![0]!.hit,
    );
    expect(who(hit.r, 'ogre').effects[0]!.modifiers).toEqual([{ kind: 'advantage', on: 'attacks against it', abilities: [], once: true }]);
  });
});

describe('saving throws', () => {
  it('Sacred Flame deals its damage on a failed Dexterity save and none on a success', () => {
    const outcomes = [true, false].map((success) =>
      untilSeed(
        (seed) => cast(new TableResolver(arena(seed)), { casterId: 'hesper', spell: 'Sacred Flame', targetIds: ['gob-1'] }),
        (flame) => flame.targets[0]!.save!.success === success,
      ),
    );
    expect(outcomes[0]!.targets[0]).toMatchObject({ save: { ability: 'dex', dc: 12, success: true } });
    expect(outcomes[0]!.targets[0]!.damage).toBeUndefined();
    expect(outcomes[1]!.targets[0]!.damage![0]).toMatchObject({ dice: '1d8', type: 'radiant' });
  });

  it('Fireball catches everyone in its sphere on the grid, halving damage for those who save', () => {
    const r = tableWithIlse();
    const ball = cast(r, { casterId: 'ilse', spell: 'Fireball', point: { x: 9, y: 0 } });
    expect(ball.targets.map((t) => t.targetId).sort()).toEqual(['gob-1', 'gob-2']);
    for (const t of ball.targets) {
      expect(t.damage![0]!.dice).toBe('8d6');
      expect(t.damage![0]!.halved).toBe(t.save!.success);
    }
    expect(() => cast(tableWithIlse(), { casterId: 'ilse', spell: 'Fireball', targetIds: ['gob-1'] })).toThrow(/give the grid square/);
  });

  it('Hold Person paralyses a humanoid that fails, and refuses creatures that are not humanoids', () => {
    const r = untilSeed(
      (seed) => {
        const table = placed(tableWithIlse(seed), 'gob-1', 6, 3);
        return { table, hold: cast(table, { casterId: 'ilse', spell: 'Hold Person', targetIds: ['gob-1'] }) };
      },
      ({ hold }) => !hold.targets[0]!.save!.success,
    );
    expect(r.hold.targets[0]).toMatchObject({ conditions: ['paralyzed'], outcome: expect.stringMatching(/fails a Wisdom save .* and is paralyzed/) });
    r.table.addCreature('wolf', { id: 'wolf', position: { x: 5, y: 3 } });
    expect(() => cast(r.table, { casterId: 'ilse', spell: 'Hold Person', slotLevel: 3, targetIds: ['wolf'] })).toThrow(/affects only humanoids; Wolf is a beast/);
  });
});

describe('automatic and pooled spells', () => {
  it('sends every Magic Missile dart home, 1d4+1 force each', () => {
    const r = new TableResolver(arena());
    r.addCreature('ogre', { id: 'ogre', position: { x: 6, y: 4 } });
    const missiles = cast(r, { casterId: 'oswin', spell: 'Magic Missile', targetIds: ['ogre'] });
    const darts = missiles.targets[0]!.damage!;
    expect(darts).toHaveLength(3);
    const total = darts.reduce((sum, d) => sum + d.amount, 0);
    expect(total).toBeGreaterThanOrEqual(6);
    expect(who(r, 'ogre').hp).toBe(59 - total);
  });

  it('puts creatures to sleep from the fewest hit points up while the pool lasts', () => {
    const r = tableWithIlse();
    const sleep = cast(r, { casterId: 'ilse', spell: 'Sleep', point: { x: 8, y: 1 } });
    const pool = sleep.pool!.total;
    const slept = sleep.targets.map((t) => t.targetId);
    expect(slept.length).toBe(pool >= 14 ? 2 : pool >= 7 ? 1 : 0);
    for (const id of slept) expect(who(r, id).conditions).toContain('unconscious');
  });
});

describe('healing and protection', () => {
  it('Cure Wounds heals its dice plus the caster’s modifier and a Life cleric’s Disciple of Life', () => {
    const r = new TableResolver(arena());
    r.damage('wren', '6');
    const cure = cast(r, { casterId: 'hesper', spell: 'Cure Wounds', targetIds: ['wren'] });
    expect(cure.targets[0]!.healed!.roll).toMatch(/^1d8\+5: /);
    expect(who(r, 'wren').hp).toBe(Math.min(who(r, 'wren').maxHp, who(r, 'wren').maxHp - 6 + cure.targets[0]!.healed!.amount));
  });

  it('False Life gives temporary hit points that grow with the slot', () => {
    const r = tableWithIlse();
    const life = cast(r, { casterId: 'ilse', spell: 'False Life', slotLevel: 2 });
    expect(life.targets[0]!.tempHp).toBeGreaterThanOrEqual(10);
    expect(life.targets[0]!.tempHp).toBeLessThanOrEqual(13);
  });

  it('Shield of Faith raises the target’s AC while the caster concentrates', () => {
    const r = new TableResolver(arena());
    const before = who(r, 'wren').ac;
    cast(r, { casterId: 'hesper', spell: 'Shield of Faith', targetIds: ['wren'] });
    expect(who(r, 'wren').ac).toBe(before + 2);
    r.damage('hesper', '30');
    expect(who(r, 'wren').ac).toBe(before);
  });
});

describe('a magical sleep', () => {
  it('ends when the sleeper takes damage, and it wakes', () => {
    const r = tableWithIlse();
    const sleep = cast(r, { casterId: 'ilse', spell: 'Sleep', slotLevel: 3, point: { x: 8, y: 1 } });
    const sleeper = sleep.targets[0]!.targetId;
    expect(who(r, sleeper).effects[0]!.ends).toContainEqual({ kind: 'damage' });
    r.damage(sleeper, '1');
    expect(who(r, sleeper).conditions).not.toContain('unconscious');
    expect(who(r, sleeper).effects).toEqual([]);
  });

  it('ends on damage that drops the sleeper, who stays unconscious and dying', () => {
    const r = tableWithIlse();
    const sleep = cast(r, { casterId: 'ilse', spell: 'Sleep', slotLevel: 3, point: { x: 8, y: 1 } });
    const sleeper = sleep.targets[0]!.targetId;
    r.damage(sleeper, String(who(r, sleeper).hp));
    expect([who(r, sleeper).hp, who(r, sleeper).effects]).toEqual([0, []]);
    expect(who(r, sleeper).conditions).toContain('unconscious');
  });
});
