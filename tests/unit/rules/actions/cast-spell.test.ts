import { describe, expect, it } from 'vitest';
import { spellFacts } from '@/lib/ai/prompts/spell-facts';
import { resolveCast } from '@/lib/rules/actions/cast-spell';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { getSpell } from '@/lib/rules/srd/spells';
import { TableResolver } from '@/lib/rules/table-resolver';
import { arena } from '../fixtures';
import { cast, fightUntil, placed, tableWithIlse, who } from './spell-fixtures';

const slots = (r: TableResolver, id: string) => who(r, id).spellSlots.map((s) => [s.level, s.remaining]);

describe('what a caster may cast', () => {
  it('finds the spell by name, forgiving typos, and refuses names the SRD lacks with the nearest ones', () => {
    const r = new TableResolver(arena());
    expect(cast(r, { casterId: 'oswin', spell: 'magic misile', targetIds: ['gob-1'] }).spell).toBe('Magic Missile');
    expect(() => cast(r, { casterId: 'oswin', spell: 'Fire Blast', targetIds: ['gob-1'] })).toThrow(/no spell called "Fire Blast".*Did you mean/);
  });

  it('refuses spells the caster does not know or has not prepared, naming what it can cast', () => {
    const r = new TableResolver(arena());
    expect(() => cast(r, { casterId: 'oswin', spell: 'Fireball', point: { x: 8, y: 0 } })).toThrow(/Oswin Marrow does not know Fireball\. Oswin Marrow can cast Fire Bolt, Mage Hand, Light, Prestidigitation, Magic Missile/);
    expect(() => cast(r, { casterId: 'oswin', spell: 'Burning Hands', point: { x: 2, y: 4 } })).toThrow(/in Oswin Marrow's spellbook but not prepared/);
    expect(() => cast(r, { casterId: 'hesper', spell: 'Hold Person', targetIds: ['gob-1'] })).toThrow(/does not know Hold Person or has not prepared it/);
    expect(() => cast(r, { casterId: 'tamsin', spell: 'Fire Bolt', targetIds: ['gob-1'] })).toThrow(/Tamsin Holloway casts no spells/);
    expect(slots(r, 'oswin')).toEqual([[1, 2]]);
  });

  it('casts a subclass’s always-prepared spells and a high elf’s ancestry cantrip', () => {
    const r = new TableResolver(arena());
    expect(cast(r, { casterId: 'hesper', spell: 'Bless', targetIds: ['hesper'] }).slotLevel).toBe(1);
    expect(cast(r, { casterId: 'oswin', spell: 'Prestidigitation' })).toMatchObject({ slotLevel: null, narrate: [expect.stringMatching(/narrate/)] });
  });

  it('casts a ritual from the spellbook unprepared and without a slot, but never in a fight', () => {
    const r = new TableResolver(arena());
    expect(cast(r, { casterId: 'oswin', spell: 'Detect Magic', ritual: true })).toMatchObject({ ritual: true, slotLevel: null, concentration: true });
    expect(slots(r, 'oswin')).toEqual([[1, 2]]);
    expect(() => cast(r, { casterId: 'oswin', spell: 'Magic Missile', ritual: true, targetIds: ['gob-1'] })).toThrow(/not a ritual/);
    fightUntil(r, 'oswin');
    expect(() => cast(r, { casterId: 'oswin', spell: 'Detect Magic', ritual: true })).toThrow(/cannot be cast as one in the middle of a fight/);
  });
});

describe('slots', () => {
  it('refuses a slot below the spell’s level, a slot level the caster lacks, and slots spent', () => {
    const r = tableWithIlse();
    expect(() => cast(r, { casterId: 'ilse', spell: 'Fireball', slotLevel: 2, point: { x: 8, y: 0 } })).toThrow(/Fireball is a 3rd-level spell: it needs a slot of 3rd level or higher, not 2nd/);
    expect(() => cast(r, { casterId: 'oswin', spell: 'Magic Missile', slotLevel: 2, targetIds: ['gob-1'] })).toThrow(/Oswin Marrow has no 2nd-level spell slots/);
    cast(r, { casterId: 'oswin', spell: 'Magic Missile', targetIds: ['gob-1'] });
    cast(r, { casterId: 'oswin', spell: 'Shield' });
    expect(() => cast(r, { casterId: 'oswin', spell: 'Sleep', point: { x: 8, y: 0 } })).toThrow(/used every 1st-level spell slot.*no spell slots left, enough for Fire Bolt/);
    expect(() => cast(r, { casterId: 'oswin', spell: 'Fire Bolt', slotLevel: 1, targetIds: ['gob-1'] })).toThrow(/cantrip: it needs no spell slot/);
  });

  it('upcasts with a higher slot, and the spell grows by its data', () => {
    const r = tableWithIlse();
    const missiles = cast(r, { casterId: 'ilse', spell: 'Magic Missile', slotLevel: 3, targetIds: ['gob-1', 'gob-2'] });
    expect(missiles.slotLevel).toBe(3);
    expect(slots(r, 'ilse')).toEqual([[1, 4], [2, 3], [3, 1]]);
    const darts = missiles.targets.flatMap((t) => t.damage ?? []);
    expect(darts.length).toBeGreaterThanOrEqual(3);
    expect(darts.length).toBeLessThanOrEqual(5);
    for (const dart of darts) expect(dart).toMatchObject({ dice: '1d4+1', type: 'force' });
  });
});

describe('targets', () => {
  it('blesses as many creatures as the slot allows, each once, and refuses more', () => {
    const r = new TableResolver(arena());
    expect(() => cast(r, { casterId: 'hesper', spell: 'Bless', targetIds: ['tamsin', 'wren', 'oswin', 'hesper'] })).toThrow(/Bless cast this way has 3 targets \(a higher slot adds more\); 4 were named/);
    expect(() => cast(r, { casterId: 'hesper', spell: 'Bless', targetIds: ['tamsin', 'tamsin'] })).toThrow(/each creature once/);
    const bless = cast(r, { casterId: 'hesper', spell: 'Bless', targetIds: ['tamsin', 'wren'] });
    expect(bless.targets.map((t) => t.outcome)).toEqual(['Tamsin Holloway is under Bless', 'Wren Ashdown is under Bless']);
    expect(who(r, 'hesper').concentration).toMatchObject({ spell: 'bless', targets: ['tamsin', 'wren'], slotLevel: 1 });
    expect(who(r, 'tamsin').effects).toEqual([expect.objectContaining({ id: 'bless:hesper', source: { kind: 'spell', id: 'bless', by: 'hesper' }, ends: [{ kind: 'concentration' }, { kind: 'rounds', rounds: 10, startedRound: 0 }] })]);
  });

  it('refuses the dead, creatures out of range, and kinds of creature the spell passes over', () => {
    let r = new TableResolver(arena());
    r.damage('wren', '30');
    expect(() => cast(r, { casterId: 'hesper', spell: 'Cure Wounds', targetIds: ['wren'] })).toThrow(/Wren Ashdown is dead: Cure Wounds cannot heal the dead/);
    expect(() => cast(r, { casterId: 'hesper', spell: 'Cure Wounds', targetIds: ['tamsin'] })).toThrow(/10 ft from Hesper Vane, beyond Cure Wounds's range \(touch/);
    r = new TableResolver(arena());
    r.addCreature('skeleton', { id: 'bones', position: { x: 2, y: 4 } });
    expect(() => cast(r, { casterId: 'hesper', spell: 'Cure Wounds', targetIds: ['bones'] })).toThrow(/no effect on the undead/);
    r = placed(r, 'gob-1', 9, 5);
    expect(() => cast(r, { casterId: 'hesper', spell: 'Sacred Flame', targetIds: ['gob-1'] })).not.toThrow();
  });

  it('refuses a target behind total cover', () => {
    const r = placed(placed(new TableResolver(arena()), 'hesper', 1, 2), 'gob-1', 3, 2);
    expect(() => cast(r, { casterId: 'hesper', spell: 'Sacred Flame', targetIds: ['gob-1'] })).toThrow(/Goblin is behind total cover from Hesper Vane/);
  });

  it('lets a self-only spell touch only its caster', () => {
    const r = new TableResolver(arena());
    expect(() => cast(r, { casterId: 'oswin', spell: 'Shield', targetIds: ['tamsin'] })).toThrow(/affects only its caster/);
  });
});

describe('turns and actions', () => {
  it('refuses a caster who cannot act, or whose turn it is not', () => {
    const r = new TableResolver(arena());
    r.applyCondition('oswin', 'stunned');
    expect(() => cast(r, { casterId: 'oswin', spell: 'Fire Bolt', targetIds: ['gob-1'] })).toThrow(/stunned and cannot act/);
    const fight = fightUntil(new TableResolver(arena()), 'tamsin');
    expect(() => cast(fight, { casterId: 'hesper', spell: 'Sacred Flame', targetIds: ['gob-1'] })).toThrow(/It is Tamsin Holloway's turn/);
  });

  it('after a bonus-action spell allows only an action cantrip in the same turn', () => {
    const r = fightUntil(new TableResolver(arena()), 'hesper');
    r.damage('tamsin', '4');
    cast(r, { casterId: 'hesper', spell: 'Healing Word', targetIds: ['tamsin'] });
    expect(() => cast(r, { casterId: 'hesper', spell: 'Bless', targetIds: ['tamsin'] })).toThrow(/cast a bonus-action spell this turn, so the only other spell this turn can be a cantrip/);
    expect(cast(r, { casterId: 'hesper', spell: 'Sacred Flame', targetIds: ['gob-1'] }).spell).toBe('Sacred Flame');
    const other = fightUntil(new TableResolver(arena()), 'hesper');
    cast(other, { casterId: 'hesper', spell: 'Bless', targetIds: ['tamsin'] });
    expect(() => cast(other, { casterId: 'hesper', spell: 'Healing Word', targetIds: ['tamsin'] })).toThrow(/already cast a spell this turn other than a one-action cantrip/);
  });

  it('casts Shield as a reaction on another creature’s turn, once a round', () => {
    const r = fightUntil(tableWithIlse(), 'gob-1');
    const shield = cast(r, { casterId: 'ilse', spell: 'Shield' });
    expect(shield).toMatchObject({ castingTime: 'reaction', targets: [{ targetId: 'ilse', effect: 'Shield' }] });
    expect(who(r, 'ilse').ac).toBe(12 + 5);
    expect(r.state.combat!.reactionsUsed).toContain('ilse');
    expect(() => cast(r, { casterId: 'ilse', spell: 'Shield' })).toThrow(/already used their reaction/);
    fightUntil(r, 'ilse');
    expect(who(r, 'ilse').ac).toBe(12);
  });
});

describe('concentration', () => {
  it('moves to the new spell, ending the old one and the conditions it imposed', () => {
    for (let seed = 1; seed < 40; seed++) {
      const r = placed(tableWithIlse(seed), 'gob-1', 6, 3);
      const hold = cast(r, { casterId: 'ilse', spell: 'Hold Person', targetIds: ['gob-1'] });
      if (hold.targets[0]!.save!.success) continue;
      expect(who(r, 'gob-1').conditions).toContain('paralyzed');
      expect(who(r, 'gob-1').effects[0]!.modifiers).toEqual([{ kind: 'condition', condition: 'paralyzed', repeatSave: { ability: 'wis', dc: 14 } }]);
      cast(r, { casterId: 'ilse', spell: 'Web', point: { x: 9, y: 1 } });
      expect(who(r, 'ilse').concentration?.spell).toBe('web');
      expect(who(r, 'gob-1').conditions).not.toContain('paralyzed');
      return;
    }
    throw new Error('no goblin failed its save in 40 seeds');
  });

  it('refuses RuleViolation-free nonsense: a spell that is not one', () => {
    const r = new TableResolver(arena());
    expect(() => cast(r, { casterId: 'oswin', spell: '' })).toThrow(RuleViolation);
  });
});

describe('creatures that cast', () => {
  it('cast from their stat block’s spellcasting, with its DC and slots', () => {
    const r = new TableResolver(arena());
    r.addCreature('acolyte', { id: 'priest', position: { x: 7, y: 1 } });
    expect(who(r, 'priest').spellSlots).toEqual([{ level: 1, max: 3, remaining: 3 }]);
    const bless = cast(r, { casterId: 'priest', spell: 'Bless', targetIds: ['priest', 'gob-1', 'gob-2'] });
    expect(bless).toMatchObject({ saveDc: 12, attackBonus: 4, slotsLeft: 2 });
    expect(who(r, 'gob-1').effects.map((e) => e.id)).toEqual(['bless:priest']);
    expect(() => cast(r, { casterId: 'priest', spell: 'Fireball', point: { x: 2, y: 5 } })).toThrow(/Acolyte does not know Fireball\. Acolyte can cast Light, Sacred Flame, Thaumaturgy, Bless, Cure Wounds, Sanctuary/);
    r.addCreature('mage', { id: 'mage', position: { x: 9, y: 3 } });
    const ball = cast(r, { casterId: 'mage', spell: 'Fireball', point: { x: 1, y: 4 } });
    expect(ball).toMatchObject({ saveDc: 14, slotLevel: 3, slotsLeft: 2 });
    expect(ball.targets.map((t) => t.targetId).sort()).toEqual(['hesper', 'oswin', 'tamsin', 'wren']);
  });
});

describe('creatures that cast innately', () => {
  it('cast at will as often as they like and a daily spell as often as their block says, with no slot', () => {
    const r = new TableResolver(arena());
    r.addCreature('oni', { id: 'oni', position: { x: 9, y: 3 } });
    expect(who(r, 'oni').spellSlots).toEqual([]);
    const cone = cast(r, { casterId: 'oni', spell: 'Cone of Cold', point: { x: 1, y: 5 } });
    expect(cone).toMatchObject({ saveDc: 13, slotLevel: null, slotsLeft: null });
    expect(cone.targets.length).toBeGreaterThan(0);
    expect(() => cast(r, { casterId: 'oni', spell: 'Cone of Cold', point: { x: 1, y: 5 } })).toThrow(/Oni has used Cone of Cold 1 time today, all it may/);
    expect(() => cast(r, { casterId: 'oni', spell: 'Darkness', point: { x: 5, y: 5 }, slotLevel: 4 })).toThrow(/innately, at its own level with no spell slot/);
    cast(r, { casterId: 'oni', spell: 'Invisibility', targetIds: ['oni'] });
    cast(r, { casterId: 'oni', spell: 'Invisibility', targetIds: ['oni'] });
    // The models are told which are innate, and how many of a day's uses are left.
    const facts = Object.fromEntries(spellFacts(who(r, 'oni')).map((f) => [f.name, f.innate]));
    expect(facts).toMatchObject({ Invisibility: 'at will', 'Cone of Cold': { leftToday: 0 }, Sleep: { leftToday: 1 } });
  });
});

describe('creatures over the party’s rest', () => {
  it('get back their daily uses and spell slots over a long rest, and only what a short rest restores over one', () => {
    const r = new TableResolver(arena());
    // The oni's cone goes away from the party (along y = 5), at the goblins.
    r.addCreature('oni', { id: 'oni', position: { x: 9, y: 3 } });
    r.addCreature('acolyte', { id: 'priest', position: { x: 7, y: 1 } });
    cast(r, { casterId: 'oni', spell: 'Cone of Cold', point: { x: 9, y: 0 } });
    cast(r, { casterId: 'priest', spell: 'Bless', targetIds: ['priest'] });
    const hpBefore = who(r, 'oni').hp;
    const rester = 'tamsin';
    r.rest(rester, 'short', { hitDice: 0 });
    expect(() => cast(r, { casterId: 'oni', spell: 'Cone of Cold', point: { x: 9, y: 0 } })).toThrow(/used Cone of Cold 1 time today/);
    expect(who(r, 'priest').spellSlots).toEqual([{ level: 1, max: 3, remaining: 2 }]);
    r.rest(rester, 'long');
    expect(r.state.creatures.find((c) => c.id === 'oni')!.actionUses.spent).toEqual({});
    expect(who(r, 'priest').spellSlots).toEqual([{ level: 1, max: 3, remaining: 3 }]);
    expect(who(r, 'oni').hp).toBe(hpBefore);
    expect(cast(r, { casterId: 'oni', spell: 'Cone of Cold', point: { x: 9, y: 0 } })).toMatchObject({ slotLevel: null });
  });
});

describe('armour class effects on a creature', () => {
  it('count against attacks though its stat block is not re-derived', () => {
    const r = fightUntil(new TableResolver(arena()), 'gob-1');
    r.addCreature('mage', { id: 'mage', position: { x: 9, y: 3 } });
    cast(r, { casterId: 'mage', spell: 'Shield' });
    const tamsin = fightUntil(placed(r, 'tamsin', 8, 3), 'tamsin');
    const swing = tamsin.attack('tamsin', 'mage', 'Longsword');
    expect(swing.targetAc).toBe(12 + 5);
  });
});

describe('a spell from another source', () => {
  it('resolves with that source’s numbers and level, spending no slot (a scroll read)', () => {
    const r = new TableResolver(arena());
    r.damage('tamsin', '6');
    const numbers = { ability: 'wis' as const, saveDc: 13, attackBonus: 5, modifier: 0, casterLevel: 1 };
    const cost = { slotLevel: null, slotsLeft: null, castingTime: 'action' as const, patches: [] };
    const cure = r.act((turn) => resolveCast(turn, { casterId: 'tamsin', spell: getSpell('cure-wounds')!, numbers, level: 2, cost, ritual: false }, { targetIds: ['tamsin'] }));
    expect(cure.targets[0]!.healed!.roll).toMatch(/^2d8: /);
    expect(who(r, 'tamsin').spellSlots).toEqual([]);
  });
});
