import { describe, expect, it } from 'vitest';
import { sheetView } from '@/lib/characters/sheet-view';
import { pregens } from '@/lib/rules/pregens';
import { characterSchema } from '@/lib/rules/state';

const view = (id: string) => sheetView(characterSchema.parse(pregens.find((c) => c.id === id)));

describe('a sheet in words and numbers', () => {
  it("shows a fighter's Second Wind with what is left and when it returns, and what is worn and held (Defense style: 19)", () => {
    const tamsin = view('tamsin');
    expect(tamsin).toMatchObject({ ac: 19, maxHp: 12, hitDice: { die: 'd10', total: 1, left: 1 }, nextLevelXp: 300, spellcasting: null });
    expect(tamsin.features.find((f) => f.id === 'second-wind')).toMatchObject({ resource: { left: 1, max: 1, recovery: 'short rest' }, action: 'bonus action' });
    expect(tamsin.inventory.filter((i) => i.equipped).map((i) => i.name)).toEqual(expect.arrayContaining(['Chain Mail', 'Longsword', 'Shield']));
    expect(tamsin.attacks.find((a) => a.name === 'Longsword')).toMatchObject({ toHit: 5, damage: '1d8+3 slashing', source: 'weapon' });
  });

  it("marks a rogue's expertise apart from plain proficiency", () => {
    const skills = Object.fromEntries(view('wren').skills.map((s) => [s.skill, s]));
    expect(skills.stealth).toMatchObject({ mark: 'expertise', bonus: 7 });
    expect(skills.acrobatics).toMatchObject({ mark: 'proficient', bonus: 5 });
    expect(skills.athletics).toMatchObject({ mark: null, bonus: -1 });
  });

  it("lists a Life cleric's domain spells as always prepared, beside the day's preparation, with the DC and slots", () => {
    const casting = view('hesper').spellcasting!;
    expect(casting).toMatchObject({ ability: 'Wisdom', saveDc: 12, attackBonus: 4, preparation: 'prepared', slots: [{ level: 1, max: 2, remaining: 2 }] });
    expect(casting.spells.filter((s) => s.always).map((s) => s.name)).toEqual(['Bless', 'Cure Wounds']);
    expect(casting.spells.find((s) => s.id === 'healing-word')).toMatchObject({ prepared: true, always: false, aim: 'ally' });
    expect(casting.cantrips.find((s) => s.id === 'sacred-flame')).toMatchObject({ aim: 'foe' });
  });

  it("shows a wizard's spellbook, the prepared spells apart, and a high elf's cantrip", () => {
    const casting = view('oswin').spellcasting!;
    expect(casting.preparation).toBe('spellbook');
    expect(casting.spells.filter((s) => !s.prepared).map((s) => s.id).sort()).toEqual(['burning-hands', 'detect-magic']);
    expect(casting.cantrips.map((s) => s.id)).toContain('prestidigitation');
    expect(casting.spells.find((s) => s.id === 'magic-missile')).toMatchObject({ summary: expect.stringContaining('3 darts'), aim: 'foe' });
  });
});
