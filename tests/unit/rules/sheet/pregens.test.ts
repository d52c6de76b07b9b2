import { describe, expect, it } from 'vitest';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { pregens } from '@/lib/rules/pregens';
import { buildIssues } from '@/lib/rules/sheet/build-rules';
import { characterSchema, type CharacterSheet } from '@/lib/rules/state';
import { saveMod, skillMod, spellcastingNumbers } from '@/lib/rules/stats';

const everyone = [...pregens, ...sampleCampaign.characters].map((c) => characterSchema.parse(c));
const sheet = (id: string): CharacterSheet => everyone.find((c) => c.id === id)!;
const attacks = (id: string) => Object.fromEntries(sheet(id).attacks.map((a) => [a.name, [a.toHit, a.damage.dice, a.damage.type]]));

// Each number below was worked out by hand from the SRD 5.1: ability
// scores from the standard array and the ancestry, hit points from the
// class hit die and Constitution, AC from the armour table, attack bonuses
// as ability modifier + proficiency (+2 at level 1).
describe('the ready-made characters', () => {
  it('are complete level 1 builds with nothing left to choose', () => {
    for (const c of everyone) {
      expect(buildIssues(c.build), c.name).toEqual([]);
      expect(c).toMatchObject({ level: 1, xp: 0, hp: c.maxHp, proficiencyBonus: 2, coins: { gp: 15 } });
    }
  });

  it('Tamsin: human fighter, chain mail, shield and the Defense style', () => {
    expect(sheet('tamsin')).toMatchObject({ ac: 16 + 2 + 1, maxHp: 10 + 2, speed: 30, abilities: { str: 16, dex: 14, con: 15, int: 9, wis: 13, cha: 11 } });
    expect(attacks('tamsin')).toEqual({ Longsword: [5, '1d8+3', 'slashing'], Handaxe: [5, '1d6+3', 'slashing'], 'Unarmed strike': [5, '4', 'bludgeoning'] });
    expect([saveMod(sheet('tamsin'), 'str'), saveMod(sheet('tamsin'), 'con')]).toEqual([5, 4]);
  });

  it('Oswin: high elf wizard with Fire Bolt and a spellbook', () => {
    expect(sheet('oswin')).toMatchObject({ ac: 10 + 2, maxHp: 6 + 2, abilities: { dex: 15, int: 16 }, spellSlots: [{ level: 1, max: 2, remaining: 2 }] });
    expect(attacks('oswin')).toEqual({ Dagger: [4, '1d4+2', 'piercing'], 'Unarmed strike': [1, '0', 'bludgeoning'], 'Fire Bolt': [5, '1d10', 'fire'] });
    expect(spellcastingNumbers(sheet('oswin'))).toEqual({ saveDc: 8 + 2 + 3, attackBonus: 2 + 3 });
    expect(sheet('oswin').spellLimits).toMatchObject({ preparation: 'spellbook', prepared: 3 + 1 });
  });

  it('Hesper: lightfoot halfling Life cleric in scale mail', () => {
    expect(sheet('hesper')).toMatchObject({ ac: 14 + 1 + 2, maxHp: 8 + 1, speed: 25, abilities: { str: 14, dex: 12, con: 13, wis: 15, cha: 13 } });
    expect(attacks('hesper')).toEqual({ Mace: [4, '1d6+2', 'bludgeoning'], 'Unarmed strike': [4, '3', 'bludgeoning'] });
    expect(spellcastingNumbers(sheet('hesper'))).toEqual({ saveDc: 12, attackBonus: 4 });
    expect(sheet('hesper').spellLimits.alwaysPrepared).toEqual(['bless', 'cure-wounds']);
  });

  it('Wren: half-elf rogue with expertise in Stealth and Sleight of Hand', () => {
    expect(sheet('wren')).toMatchObject({ ac: 11 + 3, maxHp: 8 + 2, abilities: { dex: 16, con: 14, cha: 14 } });
    expect(attacks('wren')).toEqual({ Shortsword: [5, '1d6+3', 'piercing'], Shortbow: [5, '1d6+3', 'piercing'], Dagger: [5, '1d4+3', 'piercing'], 'Unarmed strike': [1, '0', 'bludgeoning'] });
    expect(skillMod(sheet('wren'), 'stealth')).toBe(3 + 4);
  });

  it('Grist: half-orc barbarian, unarmoured: 10 + Dexterity + Constitution, two rages', () => {
    expect(sheet('grist')).toMatchObject({ ac: 10 + 1 + 2, maxHp: 12 + 2, abilities: { str: 17, con: 15 }, resourceLimits: { rage: { max: 2, recovery: 'long rest' } } });
    expect(attacks('grist')).toMatchObject({ Greataxe: [5, '1d12+3', 'slashing'], Handaxe: [5, '1d6+3', 'slashing'] });
  });

  it('Corwen: gold dragonborn paladin in chain mail and shield, with 5 points of Lay on Hands', () => {
    expect(sheet('corwen')).toMatchObject({ ac: 16 + 2, maxHp: 10 + 1, abilities: { str: 17, cha: 15 }, damageResistances: ['fire'] });
    expect(sheet('corwen').resourceLimits).toMatchObject({ 'lay-on-hands': { max: 5, unit: 'hit points' }, 'divine-sense': { max: 1 + 2 } });
  });

  it('Lark: tiefling bard with three Bardic Inspiration dice (Charisma modifier)', () => {
    expect(sheet('lark')).toMatchObject({ ac: 11 + 2, maxHp: 8 + 1, abilities: { cha: 17, int: 11 }, spellSlots: [{ level: 1, max: 2 }] });
    expect(sheet('lark').resourceLimits['bardic-inspiration-d6']).toMatchObject({ max: 3, recovery: 'long rest', action: 'bonus action' });
    expect(spellcastingNumbers(sheet('lark'))).toEqual({ saveDc: 8 + 2 + 3, attackBonus: 2 + 3 });
  });

  it('Tova: human monk, unarmoured: 10 + Dexterity + Wisdom, with the Martial Arts die', () => {
    expect(sheet('tova')).toMatchObject({ ac: 10 + 3 + 2, maxHp: 8 + 2, abilities: { dex: 16, wis: 15 } });
    expect(attacks('tova')).toEqual({ Shortsword: [5, '1d6+3', 'piercing'], 'Unarmed strike': [5, '1d4+3', 'bludgeoning'] });
  });

  it('Mira: human rogue of the sample party', () => {
    expect(sheet('mira')).toMatchObject({ ac: 11 + 3, maxHp: 8 + 2, controller: 'human', abilities: { str: 9, dex: 16, con: 15, int: 14 } });
    expect(attacks('mira')).toEqual({ Rapier: [5, '1d8+3', 'piercing'], Shortbow: [5, '1d6+3', 'piercing'], Dagger: [5, '1d4+3', 'piercing'], 'Unarmed strike': [1, '0', 'bludgeoning'] });
    expect(skillMod(sheet('mira'), 'investigation')).toBe(2 + 4);
  });

  it('Aldric: hill dwarf Life cleric in chain mail and shield', () => {
    expect(sheet('aldric')).toMatchObject({ ac: 16 + 2, maxHp: 8 + 2 + 1, speed: 25, abilities: { str: 14, dex: 8, con: 15, wis: 16 } });
    expect(attacks('aldric')).toEqual({ Mace: [4, '1d6+2', 'bludgeoning'], 'Unarmed strike': [4, '3', 'bludgeoning'] });
    expect(spellcastingNumbers(sheet('aldric'))).toEqual({ saveDc: 13, attackBonus: 5 });
  });

  it('Kestrel: half-elf ranger with a longbow and two shortswords', () => {
    expect(sheet('kestrel')).toMatchObject({ ac: 11 + 3, maxHp: 10 + 2, abilities: { dex: 16, wis: 14, cha: 10 } });
    expect(attacks('kestrel')).toEqual({ Longbow: [5, '1d8+3', 'piercing'], Shortsword: [5, '1d6+3', 'piercing'], 'Unarmed strike': [3, '2', 'bludgeoning'] });
    expect(sheet('kestrel').spellcasting).toBeNull();
  });
});
