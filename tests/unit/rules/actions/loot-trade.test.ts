import { describe, expect, it } from 'vitest';
import { give } from '@/lib/rules/actions/give';
import { loot } from '@/lib/rules/actions/loot';
import { buy, sell } from '@/lib/rules/actions/trade';
import { creatureGear } from '@/lib/rules/creature-gear';
import { valueInCopper } from '@/lib/rules/money';
import { findCharacter, type RulesState } from '@/lib/rules/state';
import { market, turnOf } from './goods-fixtures';

const carried = (state: RulesState, id: string, item: string) => findCharacter(state, id)!.inventory.find((e) => e.item === item)?.quantity ?? 0;
const purse = (state: RulesState, id: string) => valueInCopper(findCharacter(state, id)!.coins);

describe('loot', () => {
  it('empties a container into the looter’s pack: what is taken is gone from it', () => {
    const turn = turnOf(market());
    const result = turn.act((t) => loot(t, { characterId: 'mira', from: 'offering-bowl' }));
    expect(result.outcome).toBe('Mira Thorne takes 2 × Potion of Healing, Spell Scroll of Cure Wounds and 12 gp, 4 sp from Offering bowl');
    expect(carried(turn.state, 'mira', 'potion-of-healing-common')).toBe(3);
    expect(turn.state.scene.containers[0]).toMatchObject({ items: [], coins: { gp: 0, sp: 0 } });
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'offering-bowl' }))).toThrow(/holds nothing to take/);
  });

  it('takes some of one thing, and no more than is there', () => {
    const turn = turnOf(market());
    turn.act((t) => loot(t, { characterId: 'mira', from: 'Offering bowl', item: 'potion of healing', quantity: 1, coins: { gp: 2 } }));
    expect(turn.state.scene.containers[0]!.items[0]!.quantity).toBe(1);
    expect(turn.state.scene.containers[0]!.coins.gp).toBe(10);
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'offering-bowl', coins: { pp: 1 } }))).toThrow(/not 1 pp/);
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'offering-bowl', item: 'longsword' }))).toThrow(/has no longsword/);
  });

  it('refuses a locked container, an empty one, and one that is not there', () => {
    const turn = turnOf(market());
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'iron-chest' }))).toThrow(/locked/);
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'empty-box' }))).toThrow(/holds nothing/);
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'treasure-hoard' }))).toThrow(/no "treasure-hoard" here.*Offering bowl/);
  });

  it('searches a dead creature’s body for its weapons and armour, never a living foe’s', () => {
    const turn = turnOf(market());
    turn.act((t) => loot(t, { characterId: 'mira', from: 'dead-goblin', item: 'scimitar' }));
    expect(carried(turn.state, 'mira', 'scimitar')).toBe(1);
    expect(creatureGear(turn.state.creatures[0]!).map((s) => s.item)).not.toContain('scimitar');
    expect(() => turn.act((t) => loot(t, { characterId: 'mira', from: 'goblin' }))).toThrow(/alive and on its feet/);
  });

  it('lets only the character whose action it is take things', () => {
    expect(() => turnOf(market(), 'mira').act((t) => loot(t, { characterId: 'kestrel', from: 'offering-bowl' }))).toThrow();
  });
});

describe('buy and sell', () => {
  it('buys at the SRD price, making change from the purse', () => {
    const turn = turnOf(market());
    const before = purse(turn.state, 'mira');
    const result = turn.act((t) => buy(t, { characterId: 'mira', item: 'rope', quantity: 1, merchant: 'tam' }));
    expect(result.outcome).toBe('Mira Thorne buys Rope, hempen (50 feet) from Old Tam for 1 gp');
    expect(purse(turn.state, 'mira')).toBe(before - 100);
    turn.act((t) => buy(t, { characterId: 'mira', item: 'arrows', quantity: 1, merchant: 'Old Tam' }));
    expect(carried(turn.state, 'mira', 'arrow')).toBe(40);
  });

  it('refuses without the coins, without a merchant, and what the merchant does not sell', () => {
    const turn = turnOf(market());
    expect(() => turn.act((t) => buy(t, { characterId: 'mira', item: 'chain mail', quantity: 1, merchant: 'tam' }))).toThrow(/costs 75 gp; Mira Thorne has 15 gp/);
    expect(() => turn.act((t) => buy(t, { characterId: 'mira', item: 'longsword', quantity: 1, merchant: 'tam' }))).toThrow(/Old Tam has no longsword/);
    expect(() => turn.act((t) => buy(t, { characterId: 'mira', item: 'rope', quantity: 1, merchant: 'someone' }))).toThrow(/no merchant "someone"/);
    const nowhere = turnOf(market((s) => void (s.scene = { ...s.scene, merchants: [] })));
    expect(() => nowhere.act((t) => buy(t, { characterId: 'mira', item: 'rope', quantity: 1, merchant: 'tam' }))).toThrow(/Nobody trades here/);
  });

  it('sells equipment at half its price, and magic items only to a merchant who stocks them', () => {
    const turn = turnOf(market());
    const before = purse(turn.state, 'mira');
    const result = turn.act((t) => sell(t, { characterId: 'mira', item: 'dagger', quantity: 2, merchant: 'tam' }));
    expect(result.price).toBe('2 gp');
    expect(purse(turn.state, 'mira')).toBe(before + 200);
    turn.act((t) => sell(t, { characterId: 'mira', item: 'potion of healing', quantity: 1, merchant: 'tam' }));
    expect(purse(turn.state, 'mira')).toBe(before + 200 + 2500);
    expect(() => turn.act((t) => sell(t, { characterId: 'mira', item: 'dagger', quantity: 1, merchant: 'tam' }))).toThrow(/has no dagger/);
  });

  it('does not trade in a fight', () => {
    const turn = turnOf(market((s) => void (s.creatures = [])));
    turn.startCombat(['mira']);
    expect(() => turn.act((t) => buy(t, { characterId: 'mira', item: 'rope', quantity: 1, merchant: 'tam' }))).toThrow(/middle of a fight/);
  });
});

describe('give', () => {
  it('hands an item and coins to a party member, taking them from the giver', () => {
    const turn = turnOf(market());
    const result = turn.act((t) => give(t, { fromId: 'mira', toId: 'aldric', item: 'dagger', coins: { gp: 5 } }));
    expect(result.outcome).toBe('Mira Thorne gives Brother Aldric Dagger and 5 gp');
    expect(carried(turn.state, 'mira', 'dagger')).toBe(1);
    expect(carried(turn.state, 'aldric', 'dagger')).toBe(1);
    expect(findCharacter(turn.state, 'aldric')!.coins.gp).toBe(20);
  });

  it('refuses what the giver does not have', () => {
    const turn = turnOf(market());
    expect(() => turn.act((t) => give(t, { fromId: 'mira', toId: 'aldric', item: 'longsword' }))).toThrow(/has no longsword/);
    expect(() => turn.act((t) => give(t, { fromId: 'mira', toId: 'aldric', coins: { gp: 500 } }))).toThrow(/has 15 gp/);
    expect(() => turn.act((t) => give(t, { fromId: 'mira', toId: 'aldric', item: 'dagger', quantity: 3 }))).toThrow(/carries 2/);
    expect(() => turn.act((t) => give(t, { fromId: 'mira', toId: 'goblin', item: 'dagger' }))).toThrow(/not in the party/);
  });
});
