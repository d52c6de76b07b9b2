import { describe, expect, it } from 'vitest';
import type { EffectInput } from '@/lib/rules/sheet/effects';
import { saveMod } from '@/lib/rules/stats';
import { build, make, problems } from './make';

const fixed = (scores: Record<string, number>) => ({ method: 'fixed' as const, scores: { str: 10, dex: 10, con: 10, int: 10, wis: 10, cha: 10, ...scores } });
const worn = (item: string, extra: Record<string, unknown> = {}) => ({ item, quantity: 1, equipped: true, ...extra });
const effect = (id: string, modifiers: EffectInput['modifiers']): EffectInput => ({ id, source: { kind: 'spell', id, by: 'hero' }, modifiers, ends: [{ kind: 'long rest' }] });
const attack = (c: ReturnType<typeof make>, name: string) => c.attacks.find((a) => a.name === name);

describe('ability scores', () => {
  it('add the ancestry and subrace increases to the base scores', () => {
    // Standard array 15/14/13/12/10/8; a human adds 1 to each.
    expect(make(build('fighter')).abilities).toEqual({ str: 16, dex: 15, con: 14, int: 13, wis: 11, cha: 9 });
    expect(make(build('cleric', 1, { ancestry: { id: 'dwarf', subrace: 'hill-dwarf' } })).abilities).toMatchObject({ con: 15, wis: 11, str: 15 });
    expect(make(build('rogue', 1, { ancestry: { id: 'half-elf', abilityChoices: ['str', 'con'] } })).abilities).toMatchObject({ cha: 10, str: 16, con: 14, dex: 14 });
  });

  it('keep scores written as final, and cap improvements at 20', () => {
    expect(make(build('fighter', 1, { abilities: fixed({ str: 18 }) })).abilities.str).toBe(18);
    const rolled = { method: 'rolled' as const, scores: { str: 18, dex: 14, con: 13, int: 12, wis: 10, cha: 8 } };
    expect(make(build('fighter', 4, { abilities: rolled, improvements: [{ level: 4, increases: { str: 2 } }] })).abilities.str).toBe(20);
  });

  it('take a set score from an item worn and attuned, never lowering one', () => {
    const gauntlets = worn('gauntlets-of-ogre-power', { attuned: true });
    expect(make(build('fighter'), { inventory: [gauntlets] }).abilities.str).toBe(19);
    expect(make(build('fighter'), { inventory: [{ ...gauntlets, attuned: false }] }).abilities.str).toBe(16);
    expect(make(build('fighter', 1, { abilities: fixed({ str: 20 }) }), { inventory: [gauntlets] }).abilities.str).toBe(20);
  });
});

describe('hit points', () => {
  it('are the hit die at level 1, then the average or the roll, plus Constitution each level', () => {
    expect(make(build('fighter', 3)).maxHp).toBe(10 + 6 + 6 + 2 * 3);
    const rolled = build('fighter', 3, { hitPoints: [{ level: 2, method: 'rolled', roll: 4 }, { level: 3, method: 'average' }] });
    expect(make(rolled).maxHp).toBe(10 + 4 + 6 + 2 * 3);
  });

  it('grow with Dwarven Toughness, Draconic Resilience and a better Constitution', () => {
    expect(make(build('cleric', 2, { ancestry: { id: 'dwarf', subrace: 'hill-dwarf' } })).maxHp).toBe(8 + 5 + (2 + 1) * 2);
    expect(make(build('sorcerer', 1, { class: { id: 'sorcerer', subclass: 'draconic' } })).maxHp).toBe(6 + 2 + 1);
    expect(make(build('wizard'), { inventory: [worn('amulet-of-health', { attuned: true })] }).maxHp).toBe(6 + 4);
  });
});

describe('armour class', () => {
  it('comes from armour and a shield, or the best unarmoured defence', () => {
    expect(make(build('fighter'), { inventory: [worn('half-plate-armor')] }).ac).toBe(15 + 2);
    expect(make(build('barbarian')).ac).toBe(10 + 2 + 2);
    expect(make(build('barbarian'), { inventory: [worn('shield')] }).ac).toBe(10 + 2 + 2 + 2);
    expect(make(build('monk', 1, { abilities: fixed({ dex: 16, wis: 16 }) })).ac).toBe(16);
    // A monk's Unarmored Defense does not work with a shield.
    expect(make(build('monk', 1, { abilities: fixed({ dex: 16, wis: 16 }) }), { inventory: [worn('shield')] }).ac).toBe(13 + 2);
    expect(make(build('sorcerer', 1, { class: { id: 'sorcerer', subclass: 'draconic' } })).ac).toBe(13 + 2);
  });

  it('adds the Defense style in armour, magic armour and protection items that are attuned', () => {
    const defense = build('fighter', 1, { class: { id: 'fighter', features: { 'fighter-fighting-style': ['fighter-fighting-style-defense'] } } });
    expect(make(defense, { inventory: [worn('chain-mail')] }).ac).toBe(17);
    expect(make(defense).ac).toBe(12);
    expect(make(build('fighter'), { inventory: [worn('armor-1', { base: 'chain-mail' })] }).ac).toBe(17);
    expect(make(build('wizard'), { inventory: [worn('ring-of-protection', { attuned: true })] }).ac).toBe(13);
    expect(make(build('wizard'), { inventory: [worn('ring-of-protection')] }).ac).toBe(12);
  });

  it('follows active effects: Mage Armor, Shield, Barkskin', () => {
    const mageArmor = effect('mage-armor', [{ kind: 'base ac', base: 13, addsDex: true }]);
    expect(make(build('wizard'), { effects: [mageArmor] }).ac).toBe(15);
    expect(make(build('wizard'), { effects: [mageArmor, effect('shield', [{ kind: 'ac bonus', bonus: 5 }])] }).ac).toBe(20);
    expect(make(build('wizard'), { effects: [effect('barkskin', [{ kind: 'minimum ac', ac: 16 }])] }).ac).toBe(16);
  });
});

describe('speed', () => {
  it('is the ancestry speed, 10 feet less in heavy armour without its Strength, except for dwarves', () => {
    expect(make(build('fighter')).speed).toBe(30);
    expect(make(build('fighter', 1, { abilities: fixed({ str: 13 }) }), { inventory: [worn('plate-armor')] }).speed).toBe(20);
    expect(make(build('fighter', 1, { abilities: fixed({ str: 13 }), ancestry: { id: 'dwarf', subrace: 'hill-dwarf' } }), { inventory: [worn('plate-armor')] }).speed).toBe(25);
    expect(make(build('monk', 2)).speed).toBe(40);
    expect(make(build('fighter'), { effects: [effect('longstrider', [{ kind: 'speed', bonus: 10 }])] }).speed).toBe(40);
  });
});

describe('attacks', () => {
  it('use Strength for melee, Dexterity for ranged and the better for finesse, with proficiency', () => {
    const rogue = make(build('rogue', 1, { abilities: fixed({ dex: 16 }) }), { inventory: [worn('rapier'), worn('shortbow'), { item: 'arrow', quantity: 20 }] });
    expect(attack(rogue, 'Rapier')).toMatchObject({ kind: 'melee', toHit: 5, damage: { dice: '1d8+3', type: 'piercing' }, source: { kind: 'weapon', itemId: 'rapier' } });
    expect(attack(rogue, 'Shortbow')).toMatchObject({ kind: 'ranged', toHit: 5, damage: { dice: '1d6+3' }, range: { normal: 80, long: 320 } });
    expect(attack(rogue, 'Unarmed strike')).toMatchObject({ toHit: 2, damage: { dice: '1' }, source: { kind: 'natural' } });
  });

  it('offer a versatile grip only without a shield, and no two-handed weapon with one', () => {
    const sword = make(build('fighter'), { inventory: [worn('longsword'), worn('greatsword')] });
    expect(attack(sword, 'Longsword (two-handed)')?.damage.dice).toBe('1d10+3');
    expect(attack(sword, 'Greatsword')?.damage.dice).toBe('2d6+3');
    const shielded = make(build('fighter'), { inventory: [worn('longsword'), worn('greatsword'), worn('shield')] });
    expect(shielded.attacks.map((a) => a.name)).toEqual(['Longsword', 'Unarmed strike']);
  });

  it('need ammunition for a bow, and list thrown weapons carried but not in hand', () => {
    expect(attack(make(build('fighter'), { inventory: [worn('longbow')] }), 'Longbow')).toBeUndefined();
    expect(attack(make(build('fighter'), { inventory: [worn('longbow'), { item: 'arrow', quantity: 20 }] }), 'Longbow')).toMatchObject({ toHit: 4, damage: { dice: '1d8+2' } });
    expect(attack(make(build('fighter'), { inventory: [{ item: 'handaxe', quantity: 2 }] }), 'Handaxe')).toMatchObject({ range: { normal: 20, long: 60 } });
    expect(attack(make(build('fighter'), { inventory: [{ item: 'longsword', quantity: 1 }] }), 'Longsword')).toBeUndefined();
  });

  it('add a magic weapon’s bonus, Archery, Dueling and damage effects such as Rage', () => {
    expect(attack(make(build('fighter'), { inventory: [worn('weapon-1', { base: 'longsword' }), worn('shield')] }), '+1 Longsword')).toMatchObject({ toHit: 6, damage: { dice: '1d8+4' } });
    const archer = build('fighter', 1, { class: { id: 'fighter', features: { 'fighter-fighting-style': ['fighter-fighting-style-archery'] } } });
    expect(attack(make(archer, { inventory: [worn('longbow'), { item: 'arrow', quantity: 20 }] }), 'Longbow')?.toHit).toBe(6);
    const duelist = build('fighter', 1, { class: { id: 'fighter', features: { 'fighter-fighting-style': ['fighter-fighting-style-dueling'] } } });
    expect(attack(make(duelist, { inventory: [worn('longsword'), worn('shield')] }), 'Longsword')?.damage.dice).toBe('1d8+5');
    const rage = effect('rage', [{ kind: 'damage bonus', dice: '2', type: null, on: 'melee weapon attack' }]);
    expect(attack(make(build('barbarian'), { inventory: [worn('greataxe')], effects: [{ ...rage, source: { kind: 'feature', id: 'rage', by: 'hero' } }] }), 'Greataxe')?.damage.dice).toBe('1d12+5');
  });

  it('give a monk the Martial Arts die and Dexterity with monk weapons and unarmed strikes', () => {
    const monk = make(build('monk', 1, { abilities: fixed({ dex: 16 }) }), { inventory: [worn('quarterstaff')] });
    expect(attack(monk, 'Unarmed strike')).toMatchObject({ toHit: 5, damage: { dice: '1d4+3' } });
    expect(attack(monk, 'Quarterstaff')).toMatchObject({ toHit: 5, damage: { dice: '1d6+3' } });
  });

  it('include attack cantrips, scaled by character level, with the spell attack bonus', () => {
    const wizard = make(build('wizard', 5), { spells: { cantrips: ['fire-bolt', 'light', 'ray-of-frost'], known: [], prepared: [] } });
    // INT 13 (+1) and proficiency +3 at level 5; Fire Bolt deals 2d10 from level 5.
    expect(attack(wizard, 'Fire Bolt')).toMatchObject({ kind: 'ranged', toHit: 4, damage: { dice: '2d10', type: 'fire' }, range: { normal: 120, long: 120 }, source: { kind: 'spell', spellId: 'fire-bolt' } });
    expect(attack(wizard, 'Light')).toBeUndefined();
    const warlock = build('warlock', 2, { abilities: fixed({ cha: 16 }), class: { id: 'warlock', subclass: 'fiend', features: { 'eldritch-invocations': ['eldritch-invocation-agonizing-blast'] } } });
    expect(attack(make(warlock, { spells: { cantrips: ['eldritch-blast'], known: [], prepared: [] } }), 'Eldritch Blast')).toMatchObject({ toHit: 5, damage: { dice: '1d10+3', type: 'force' } });
  });

  it('number per Attack action by Extra Attack', () => {
    expect([1, 5, 11, 20].map((level) => make(build('fighter', level)).attacksPerAction)).toEqual([1, 2, 3, 4]);
    expect(make(build('rogue', 5)).attacksPerAction).toBe(1);
    expect(make(build('monk', 5)).attacksPerAction).toBe(2);
  });
});

describe('proficiencies and defences', () => {
  it('gather skills from class, background and ancestry, and saves from the class', () => {
    const elf = make(build('rogue', 1, { ancestry: { id: 'elf', subrace: 'high-elf' }, class: { id: 'rogue', skills: ['stealth', 'acrobatics', 'deception', 'insight'], expertise: ['stealth', 'thieves-tools'] } }));
    expect(elf.proficiencies).toEqual(['acrobatics', 'deception', 'insight', 'perception', 'religion', 'stealth']);
    expect(elf.expertise).toEqual(['stealth']);
    expect(elf.saveProficiencies).toEqual(['dex', 'int']);
    expect(make(build('fighter', 1, { ancestry: { id: 'half-orc' }, background: { id: 'acolyte', skills: ['history', 'nature'] } })).proficiencies).toEqual(['history', 'intimidation', 'nature']);
  });

  it('resist damage by ancestry, attuned items and effects', () => {
    expect(make(build('warlock', 1, { ancestry: { id: 'tiefling' }, class: { id: 'warlock', subclass: 'fiend' } })).damageResistances).toEqual(['fire']);
    expect(make(build('sorcerer', 1, { ancestry: { id: 'dragonborn', draconicAncestry: 'draconic-ancestry-silver' } })).damageResistances).toEqual(['cold']);
    expect(make(build('fighter'), { inventory: [worn('ring-of-resistance-acid', { attuned: true })] }).damageResistances).toEqual(['acid']);
  });
});

describe('spellcasting', () => {
  it('takes slots from the class table and keeps what remains, adding slots a level gained', () => {
    expect(make(build('wizard', 5)).spellSlots.map((s) => [s.level, s.max])).toEqual([[1, 4], [2, 3], [3, 2]]);
    expect(make(build('wizard', 2), { spellSlots: [{ level: 1, max: 2, remaining: 1 }] }).spellSlots).toEqual([{ level: 1, max: 3, remaining: 2 }]);
    expect(make(build('warlock', 3, { class: { id: 'warlock', subclass: 'fiend' } })).spellSlots).toEqual([{ level: 2, max: 2, remaining: 2 }]);
    expect(make(build('paladin')).spellcasting).toBeNull();
  });

  it('works out how many spells a caster knows or prepares', () => {
    expect(make(build('cleric', 3, { class: { id: 'cleric', subclass: 'life' } })).spellLimits).toMatchObject({ ability: 'wis', preparation: 'prepared', cantrips: 3, prepared: 3, maxSpellLevel: 2, alwaysPrepared: ['bless', 'cure-wounds', 'lesser-restoration', 'spiritual-weapon'] });
    expect(make(build('paladin', 2)).spellLimits).toMatchObject({ ability: 'cha', prepared: 1, maxSpellLevel: 1 });
    expect(make(build('sorcerer', 3)).spellLimits).toMatchObject({ preparation: 'known', known: 4, cantrips: 4 });
    expect(make(build('wizard', 1)).spellLimits).toMatchObject({ preparation: 'spellbook', prepared: 2 });
  });
});

describe('feature resources', () => {
  it('come from the class table and abilities, and recover on the rest the feature says', () => {
    expect(make(build('fighter', 2)).resourceLimits).toMatchObject({
      'second-wind': { max: 1, recovery: 'short rest' },
      'action-surge-1-use': { max: 1, recovery: 'short rest' },
    });
    expect(make(build('barbarian', 3)).resourceLimits.rage).toMatchObject({ max: 3, recovery: 'long rest' });
    expect(make(build('paladin')).resourceLimits['lay-on-hands']).toMatchObject({ max: 5, unit: 'hit points' });
    expect(make(build('bard', 5, { abilities: fixed({ cha: 16 }) })).resourceLimits['bardic-inspiration-d6']).toMatchObject({ max: 3, currentFeatureId: 'bardic-inspiration-d8', recovery: 'short rest' });
  });
});

describe('saving throws', () => {
  it('add the bonus of protection items worn and attuned, and of effects', () => {
    const ring = worn('ring-of-protection', { attuned: true });
    const resistance = effect('resistance', [{ kind: 'save bonus', abilities: ['con'], bonus: 2 }]);
    const sheet = make(build('fighter'), { inventory: [ring], effects: [resistance] });
    expect(sheet.saveBonus).toEqual({ str: 1, dex: 1, con: 3, int: 1, wis: 1, cha: 1 });
    // STR 16 (+3), proficient (+2), ring (+1).
    expect(saveMod(sheet, 'str')).toBe(6);
  });
});

describe('what an inventory may hold', () => {
  it('refuses unknown items, magic weapons without their weapon, and a second shield in use', () => {
    expect(problems(build('fighter'), { inventory: [{ item: 'vorpal-spoon', quantity: 1 }] })).toEqual(['No SRD item "vorpal-spoon"']);
    expect(problems(build('fighter'), { inventory: [{ item: 'weapon-1', base: 'chain-mail', quantity: 1 }] })).toEqual(['+1 Chain Mail needs the weapon it is made from']);
    expect(problems(build('fighter'), { inventory: [worn('shield'), worn('animated-shield', { attuned: true })] })).toEqual(['Only one shield can be carried in use at a time']);
    expect(problems(build('fighter'), { inventory: [worn('potion-of-healing-common')] })).toEqual(['Potion of Healing cannot be worn or held']);
    expect(problems(build('fighter'), { inventory: [{ item: 'wand-of-magic-missiles', quantity: 1 }] })).toEqual(['Wand of Magic Missiles needs its charges counted']);
  });
});
