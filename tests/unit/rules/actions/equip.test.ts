import { describe, expect, it } from 'vitest';
import { attune, equip, unequip } from '@/lib/rules/actions/equip';
import { findCharacter } from '@/lib/rules/state';
import { carrying, market, turnOf } from './goods-fixtures';

/** Mira with more to wear: chain mail, and rings to attune to. */
function wardrobe(extra: Array<{ item: string; quantity: number; attuned?: boolean }>) {
  return market(carrying('mira', extra, (s) => void (s.creatures = [])));
}

describe('equip and unequip', () => {
  it('puts on chain mail outside a fight, taking the leather off, and the sheet follows', () => {
    const turn = turnOf(wardrobe([{ item: 'chain-mail', quantity: 1 }]));
    const result = turn.act((t) => equip(t, { characterId: 'mira', item: 'chain mail' }));
    expect(result.outcome).toMatch(/^Mira Thorne puts on Chain Mail \(taking off Leather Armor\): AC 14 → 16, speed 30 → 20 ft$/);
    const mira = findCharacter(turn.state, 'mira')!;
    expect(mira.inventory.filter((e) => e.equipped).map((e) => e.item)).not.toContain('leather-armor');
  });

  it('refuses armour in a fight and what is not carried', () => {
    const turn = turnOf(wardrobe([{ item: 'chain-mail', quantity: 1 }]));
    expect(() => turn.act((t) => equip(t, { characterId: 'mira', item: 'plate armor' }))).toThrow(/Mira Thorne has no plate armor/);
    turn.startCombat(['mira']);
    expect(() => turn.act((t) => equip(t, { characterId: 'mira', item: 'chain mail' }))).toThrow(/takes 10 minutes/);
    expect(() => turn.act((t) => unequip(t, { characterId: 'mira', item: 'leather armor' }))).toThrow(/takes 1 minute/);
  });

  it('takes up a weapon at once, and refuses what is not worn or held', () => {
    const turn = turnOf(market());
    const result = turn.act((t) => equip(t, { characterId: 'mira', item: 'dagger' }));
    expect(result.equipped).toBe(true);
    expect(() => turn.act((t) => equip(t, { characterId: 'mira', item: 'potion of healing' }))).toThrow(/not worn or held/);
  });
});

describe('attune', () => {
  it('attunes over a short rest to at most three items', () => {
    const turn = turnOf(
      wardrobe([
        { item: 'ring-of-protection', quantity: 1 },
        { item: 'cloak-of-protection', quantity: 1, attuned: true },
        { item: 'ring-of-resistance-fire', quantity: 1, attuned: true },
        { item: 'ring-of-resistance-cold', quantity: 1, attuned: true },
      ]),
    );
    expect(() => turn.act((t) => attune(t, { characterId: 'mira', item: 'ring of protection' }))).toThrow(/at most 3 magic items/);
    turn.act((t) => attune(t, { characterId: 'mira', item: 'ring of resistance (cold)', end: true }));
    const result = turn.act((t) => attune(t, { characterId: 'mira', item: 'ring of protection' }));
    expect(result.outcome).toBe('Mira Thorne attunes to Ring of Protection over a short rest: 3 of 3 attunements');
  });

  it('refuses in a fight, for an item needing none, and for a class the item excludes', () => {
    const turn = turnOf(wardrobe([{ item: 'ring-of-protection', quantity: 1 }, { item: 'wand-of-the-war-mage-1', quantity: 1 }]));
    expect(() => turn.act((t) => attune(t, { characterId: 'mira', item: 'potion of healing' }))).toThrow(/needs no attunement/);
    expect(() => turn.act((t) => attune(t, { characterId: 'mira', item: 'wand of the war mage' }))).toThrow(/Only spellcaster may attune/);
    turn.startCombat(['mira']);
    expect(() => turn.act((t) => attune(t, { characterId: 'mira', item: 'ring of protection' }))).toThrow(/middle of a fight/);
  });
});
