import { describe, expect, it } from 'vitest';
import { findAncestry, findBackground } from '@/lib/rules/srd/ancestries';
import { findClass } from '@/lib/rules/srd/classes';
import { findItem, matchItem } from '@/lib/rules/srd/items';
import { findMonster, matchMonster, monstersByChallenge } from '@/lib/rules/srd/monsters';
import { editDistance, nameKey, normalizeName } from '@/lib/rules/srd/names';
import { findSpell, getSpell, matchSpell, spellsForClass } from '@/lib/rules/srd/spells';

describe('name look-ups', () => {
  it('find records by exact name, whatever the case and punctuation', () => {
    expect(findSpell('fireball')?.id).toBe('fireball');
    expect(findSpell('Cure Wounds')?.id).toBe('cure-wounds');
    expect(findSpell('  CURE   wounds!! ')?.id).toBe('cure-wounds');
    expect(findSpell("hunters mark")?.id).toBe('hunters-mark');
    expect(findSpell('Hunter’s Mark')?.id).toBe('hunters-mark');
    expect(findMonster('Adult Red Dragon')?.id).toBe('adult-red-dragon');
    expect(findClass('WIZARD')?.id).toBe('wizard');
  });

  it('drop a leading article and read plurals as the singular', () => {
    expect(findMonster('skeletons')?.id).toBe('skeleton');
    expect(findMonster('the goblin')?.id).toBe('goblin');
    expect(findMonster('wolves')?.id).toBe('wolf');
    expect(findMonster('the ogres')?.id).toBe('ogre');
    expect(findSpell('cure wound')?.id).toBe('cure-wounds');
    expect(findItem('potions of healing')?.item.id).toBe('potion-of-healing-common');
  });

  it('forgive small typos, but say when the match was not exact', () => {
    expect(matchSpell('firebal')).toMatchObject({ found: { id: 'fireball' }, exact: false });
    expect(findSpell('magic misile')?.id).toBe('magic-missile');
    expect(findMonster('goblni')?.id).toBe('goblin');
    expect(matchSpell('Fireball').exact).toBe(true);
  });

  it('find nothing rather than a wrong guess, and offer the nearest names', () => {
    expect(findSpell('summon pizza')).toBeUndefined();
    const miss = matchMonster('dragn');
    expect(miss.found).toBeUndefined();
    expect(matchSpell('').found).toBeUndefined();
    const near = matchSpell('cure woundz and more');
    expect(near.found).toBeUndefined();
  });

  it('find items among equipment and magic items, concrete versions first', () => {
    expect(findItem('longsword')).toMatchObject({ kind: 'equipment', item: { id: 'longsword' } });
    expect(findItem('potion of healing')).toMatchObject({ kind: 'magic item', item: { id: 'potion-of-healing-common' } });
    expect(findItem('light crossbow')?.item.id).toBe('crossbow-light');
    expect(findItem('hempen rope')?.item.id).toBe('rope-hempen-50-feet');
    expect(findItem('shield')).toMatchObject({ kind: 'equipment', item: { id: 'shield' } });
    expect(findItem('bag of holding')?.kind).toBe('magic item');
    expect(matchItem('longswrd')).toMatchObject({ found: { item: { id: 'longsword' } }, exact: false });
  });

  it('find ancestries, subraces and backgrounds', () => {
    expect(findAncestry('elves')?.id).toBe('elf');
    expect(findAncestry('Hill Dwarf')?.id).toBe('hill-dwarf');
    expect(findAncestry('half orc')?.id).toBe('half-orc');
    expect(findBackground('acolyte')?.id).toBe('acolyte');
  });

  it('normalize and measure names predictably', () => {
    expect(normalizeName('The Crossbow, light')).toBe('crossbow light');
    expect(nameKey('Wolves of the Mountains')).toBe(nameKey('wolf of the mountain'));
    expect(editDistance('fireball', 'firebal')).toBe(1);
    expect(editDistance('goblin', 'goblni')).toBe(1);
  });
});

describe('listings', () => {
  it('lists a class’s spells up to a level, with subclass spells when asked', () => {
    const wizard = spellsForClass('wizard', 1);
    expect(wizard.every((s) => s.level <= 1 && s.classes.includes('wizard'))).toBe(true);
    expect(wizard.map((s) => s.id)).toContain('magic-missile');
    expect(wizard.map((s) => s.id)).not.toContain('cure-wounds');
    expect(spellsForClass('wizard', 1, 'lore').map((s) => s.id)).toContain('cure-wounds');
    expect(wizard[0]!.level).toBe(0);
  });

  it('lists monsters by challenge rating', () => {
    const quarter = monstersByChallenge(0.25);
    expect(quarter.map((m) => m.id)).toContain('goblin');
    expect(quarter.every((m) => m.challengeRating === 0.25)).toBe(true);
    const upToOne = monstersByChallenge(0, 1);
    expect(upToOne.at(-1)!.challengeRating).toBe(1);
    expect(getSpell('no-such-spell')).toBeUndefined();
  });
});
