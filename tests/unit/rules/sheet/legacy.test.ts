import { describe, expect, it } from 'vitest';
import { characterFromLegacy } from '@/lib/rules/sheet/legacy';
import { legacyCharacterSchema, type LegacyCharacterInput } from '@/lib/rules/sheet/legacy-character';
import { characterSchema } from '@/lib/rules/state';
import { legacyPregens, legacySampleParty } from '@/tests/fixtures/legacy-characters';

const legacy = [...legacyPregens, ...legacySampleParty];
const parse = (c: LegacyCharacterInput) => characterSchema.parse(c);

describe('characters stored before builds', () => {
  it('become builds of the class and ancestry they named, keeping who they are', () => {
    const classes = legacy.map((c) => {
      const sheet = parse(c);
      expect(sheet).toMatchObject({ id: c.id, name: c.name, controller: c.controller, persona: c.persona ?? '', level: 1, xp: 0 });
      expect(sheet.build.abilities).toMatchObject({ method: 'fixed', scores: c.abilities });
      expect(sheet.abilities).toEqual(c.abilities);
      return [sheet.className, sheet.ancestry];
    });
    expect(classes).toEqual([
      ['Fighter', 'Human'],
      ['Wizard', 'High Elf'],
      ['Cleric', 'Lightfoot Halfling'],
      ['Rogue', 'Half-Elf'],
      ['Rogue', 'Human'],
      ['Cleric', 'Hill Dwarf'],
      ['Ranger', 'Half-Elf'],
    ]);
  });

  it('keep their skills, expertise and weapons, and wear the armour that explains their AC', () => {
    for (const c of legacy) {
      const sheet = parse(c);
      expect(sheet.proficiencies, c.name).toEqual(expect.arrayContaining(c.proficiencies ?? []));
      expect(sheet.expertise, c.name).toEqual([...(c.expertise ?? [])].sort());
      expect(sheet.ac, c.name).toBe(c.ac);
      for (const attack of c.attacks ?? []) expect(sheet.attacks.find((a) => a.name === attack.name), `${c.name} ${attack.name}`).toMatchObject({ toHit: attack.toHit, damage: attack.damage });
    }
  });

  it('take the SRD hit point maximum, with hit points no higher than it', () => {
    expect(legacy.map((c) => [c.id, parse(c).maxHp])).toEqual([
      ['tamsin', 12],
      ['oswin', 8],
      ['hesper', 9],
      ['wren', 10],
      // d8 + CON 12's +1: the hand-written 10 was one too many.
      ['mira', 9],
      ['aldric', 11],
      ['kestrel', 12],
    ]);
    expect(parse(legacySampleParty[0]!).hp).toBe(9);
  });

  it('keep how they are doing: hit points, conditions, exhaustion, position, spent slots and hit dice', () => {
    const hurt = { ...legacyPregens[1]!, hp: 3, conditions: ['poisoned' as const], exhaustion: 1, position: { x: 2, y: 3 }, spellSlots: [{ level: 1, max: 2, remaining: 1 }], hitDiceSpent: 1 };
    expect(parse(hurt)).toMatchObject({ hp: 3, conditions: ['poisoned'], exhaustion: 1, position: { x: 2, y: 3 }, spellSlots: [{ level: 1, max: 2, remaining: 1 }], hitDiceSpent: 1 });
  });

  it('fill in spells from the class list, keeping a cantrip the sheet attacked with', () => {
    const oswin = parse(legacyPregens[1]!);
    expect(oswin.spells.cantrips).toContain('fire-bolt');
    expect(oswin.spells).toMatchObject({ known: expect.arrayContaining(['magic-missile', 'shield']), prepared: expect.arrayContaining(['magic-missile']) });
    const wizard = parse({ ...legacyPregens[1]!, level: 5, attacks: [] });
    expect(wizard).toMatchObject({ xp: 6500, build: { class: { subclass: 'evocation' } }, spellLimits: { cantrips: 4, prepared: 3 + 5, maxSpellLevel: 3 } });
    expect(wizard.spells.cantrips).toHaveLength(4);
    expect(wizard.spells.known).toHaveLength(6 + 2 * 4);
    expect(wizard.maxHp).toBe(6 + 4 * 4 + 2 * 5);
  });

  it('fall back to a sensible SRD class and ancestry for names the SRD lacks, and never throw', () => {
    const base = legacyPregens[0]!;
    expect(parse({ ...base, className: 'Sellsword', ancestry: 'Goblin' })).toMatchObject({ className: 'Fighter', ancestry: 'Human' });
    expect(parse({ ...base, className: 'Witch', spellcasting: { ability: 'int' }, attacks: [] })).toMatchObject({ className: 'Wizard' });
    expect(parse({ ...base, className: 'Cutpurse', abilities: { ...base.abilities, dex: 18 }, attacks: [{ name: 'Claw', kind: 'melee', toHit: 4, damage: { dice: '1d4', type: 'slashing' } }] })).toMatchObject({ className: 'Rogue' });
    expect(parse({ ...base, ancestry: 'Dwarf' })).toMatchObject({ ancestry: 'Hill Dwarf', speed: 25 });
    expect(parse({ ...base, ancestry: 'Dragonborn' }).build.ancestry.draconicAncestry).toBe('draconic-ancestry-black');
  });

  it('parse to the same sheet again, so a saved state stays as it is', () => {
    for (const c of legacy) {
      const once = parse(c);
      expect(characterSchema.parse(once)).toEqual(once);
      expect(characterSchema.parse(JSON.parse(JSON.stringify(once)))).toEqual(once);
    }
  });

  it('convert the same way every time', () => {
    const c = legacyCharacterSchema.parse(legacyPregens[2]);
    expect(characterFromLegacy(c)).toEqual(characterFromLegacy(c));
  });
});
