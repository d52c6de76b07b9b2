import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damagePatches } from '@/lib/rules/damage';
import { adjustForType } from '@/lib/rules/damage-types';
import { deathSavePatches } from '@/lib/rules/death-saves';
import { healPatches, tempHpPatches } from '@/lib/rules/healing';
import { applyPatches } from '@/lib/rules/patches';
import { findCombatant, type Combatant, type RulesState } from '@/lib/rules/state';
import { monster, sampleSheet, sampleState } from './fixtures';

const noDefenses = { damageResistances: [], damageVulnerabilities: [], damageImmunities: [] };

/** Applies a combatant's patches to a table holding it and reads it back. */
function after(c: Combatant, patches: Parameters<typeof applyPatches>[1]): Combatant {
  const base = sampleState();
  const state: RulesState = applyPatches(
    'level' in c ? { ...base, party: [c, ...base.party.filter((p) => p.id !== c.id)] } : { ...base, creatures: [c] },
    [],
  );
  return findCombatant(applyPatches(state, patches), c.id)!;
}

describe('damage types', () => {
  it('halves resisted damage rounding down, doubles vulnerable damage and ignores immune damage', () => {
    expect(adjustForType(7, 'fire', { ...noDefenses, damageResistances: ['fire'] })).toEqual({ amount: 3, adjustment: 'resisted' });
    expect(adjustForType(7, 'fire', { ...noDefenses, damageVulnerabilities: ['fire'] })).toEqual({ amount: 14, adjustment: 'vulnerable' });
    expect(adjustForType(7, 'fire', { ...noDefenses, damageImmunities: ['fire'] })).toEqual({ amount: 0, adjustment: 'immune' });
    expect(adjustForType(7, 'cold', { ...noDefenses, damageResistances: ['fire'] })).toEqual({ amount: 7, adjustment: null });
    expect(adjustForType(7, 'fire', { ...noDefenses, damageResistances: ['fire'], damageVulnerabilities: ['fire'] }).amount).toBe(6);
  });

  it('lets a skeleton shatter under bludgeoning and shrug off poison', () => {
    const skeleton = monster('skeleton');
    expect(damagePatches(skeleton, 4, { type: 'bludgeoning' }).outcome.amount).toBe(8);
    expect(damagePatches(skeleton, 9, { type: 'poison' }).patches).toEqual([{ op: 'character.hp', characterId: 'skeleton', hp: 13 }]);
  });
});

describe('hit points', () => {
  it('soaks damage into temporary hit points first', () => {
    const mira = { ...sampleSheet('mira'), tempHp: 5 };
    const hurt = after(mira, damagePatches(mira, 7).patches);
    expect(hurt.tempHp).toBe(0);
    expect(hurt.hp).toBe(8);
    const soaked = after(mira, damagePatches(mira, 3).patches);
    expect([soaked.tempHp, soaked.hp]).toEqual([2, 10]);
  });

  it('never lets temporary hit points stack', () => {
    const mira = { ...sampleSheet('mira'), tempHp: 5 };
    expect(after(mira, tempHpPatches(mira, 3)).tempHp).toBe(5);
    expect(after(mira, tempHpPatches(mira, 8)).tempHp).toBe(8);
  });

  it('drops a character to 0, unconscious, prone and dying', () => {
    const mira = sampleSheet('mira');
    const { patches, outcome } = damagePatches(mira, 12);
    const down = after(mira, patches);
    expect(outcome.result).toBe('downed');
    expect(down.hp).toBe(0);
    expect(down.conditions).toEqual(expect.arrayContaining(['unconscious', 'prone']));
    expect(down.dead).toBe(false);
  });

  it('kills outright when the damage left after 0 reaches the hit point maximum', () => {
    const mira = sampleSheet('mira');
    expect(damagePatches(mira, 19).outcome.result).toBe('downed');
    const { patches, outcome } = damagePatches(mira, 20);
    expect(outcome.result).toBe('killed');
    expect(after(mira, patches).dead).toBe(true);
  });

  it('kills a monster at 0 unless the blow was meant to knock it out', () => {
    const goblin = monster('goblin');
    expect(after(goblin, damagePatches(goblin, 7).patches).dead).toBe(true);
    const knocked = after(goblin, damagePatches(goblin, 7, { nonlethal: true }).patches);
    expect([knocked.dead, knocked.stable, knocked.conditions.includes('unconscious')]).toEqual([false, true, true]);
  });

  it('counts damage at 0 as a failed death save, a critical as two, and massive damage as death', () => {
    const down = after(sampleSheet('mira'), damagePatches(sampleSheet('mira'), 10).patches);
    const once = after(down, damagePatches(down, 1).patches);
    expect(once.deathSaves.failures).toBe(1);
    const crit = after(once, damagePatches(once, 1, { critical: true }).patches);
    expect(crit.dead).toBe(true);
    expect(damagePatches(down, 10).outcome.result).toBe('killed');
  });

  it('heals up to the maximum, and healing from 0 wakes and stops the dying', () => {
    const down = after(sampleSheet('mira'), damagePatches(sampleSheet('mira'), 10).patches);
    const failing = after(down, damagePatches(down, 1).patches);
    const healed = after(failing, healPatches(failing, 3));
    expect(healed.hp).toBe(3);
    expect(healed.conditions).not.toContain('unconscious');
    expect(healed.conditions).toContain('prone');
    expect(healed.deathSaves).toEqual({ successes: 0, failures: 0 });
    expect(after(healed, healPatches(healed, 50)).hp).toBe(10);
  });

  it('keeps HP within 0..max and temp HP non-negative through any sequence of damage and healing', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('damage' as const), amount: fc.integer({ min: 0, max: 30 }), critical: fc.boolean() }),
      fc.record({ kind: fc.constant('heal' as const), amount: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant('temp' as const), amount: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ kind: fc.constant('save' as const), natural: fc.integer({ min: 1, max: 20 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let c: Combatant = sampleSheet('kestrel');
        for (const s of steps) {
          if (c.dead) break;
          if (s.kind === 'damage') c = after(c, damagePatches(c, s.amount, { critical: s.critical }).patches);
          else if (s.kind === 'heal') c = after(c, healPatches(c, s.amount));
          else if (s.kind === 'temp') c = after(c, tempHpPatches(c, s.amount));
          else if (c.hp === 0 && !c.stable) c = after(c, deathSavePatches(c, s.natural).patches);
          expect(c.hp).toBeGreaterThanOrEqual(0);
          expect(c.hp).toBeLessThanOrEqual(c.maxHp);
          expect(c.tempHp).toBeGreaterThanOrEqual(0);
          if (c.hp === 0 && !c.dead) expect(c.conditions).toContain('unconscious');
          if (c.dead) expect(c.hp).toBe(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('death saving throws', () => {
  const dying = () => after(sampleSheet('mira'), damagePatches(sampleSheet('mira'), 10).patches);

  it('stabilise after three successes and kill after three failures', () => {
    let c = dying();
    for (const natural of [10, 15]) c = after(c, deathSavePatches(c, natural).patches);
    expect(c.deathSaves.successes).toBe(2);
    const third = deathSavePatches(c, 12);
    expect(third.result).toBe('stable');
    c = after(c, third.patches);
    expect([c.stable, c.deathSaves.successes, c.hp]).toEqual([true, 0, 0]);

    let d = dying();
    for (const natural of [2, 9]) d = after(d, deathSavePatches(d, natural).patches);
    const last = deathSavePatches(d, 5);
    expect(last.result).toBe('dead');
    expect(after(d, last.patches).dead).toBe(true);
  });

  it('count a natural 1 as two failures and bring a natural 20 back with 1 HP', () => {
    const c = dying();
    expect(after(c, deathSavePatches(c, 1).patches).deathSaves.failures).toBe(2);
    const revived = after(c, deathSavePatches(c, 20).patches);
    expect([revived.hp, revived.conditions.includes('unconscious')]).toEqual([1, false]);
  });

  it('always end in stable, dead or revived within five saves', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 5, maxLength: 5 }), (naturals) => {
        let c = dying();
        for (const natural of naturals) {
          if (c.dead || c.stable || c.hp > 0) break;
          c = after(c, deathSavePatches(c, natural).patches);
        }
        expect(c.dead || c.stable || c.hp > 0).toBe(true);
      }),
    );
  });
});
