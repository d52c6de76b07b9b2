import { describe, expect, it } from 'vitest';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import { OfflineModel } from '@/lib/ai/offline/offline-model';
import { nobodyTrades } from '@/lib/ai/offline/dm-asides';
import { classifyGoods } from '@/lib/ai/offline/goods-intents';
import { fill, placeWords } from '@/lib/ai/offline/voice';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { gameStateSchema } from '@/lib/rules/state';
import type { RulesState } from '@/lib/rules/state';
import { carrying, market } from '../rules/actions/goods-fixtures';

async function turn(action: string, state: RulesState = market(), characterId = 'mira') {
  return narrateTurn({
    request: { state, characterId, controller: 'human', action, memory: { blocks: [] }, seed: 7, locations: sampleCampaign.locations },
    model: new OfflineModel('dm'),
    onDelta: () => {},
  });
}

const calls = (outcome: Awaited<ReturnType<typeof turn>>) => outcome.toolCalls.map((c) => `${c.toolName}:${c.ok ? 'ok' : 'refused'}`);

describe('the offline DM with things', () => {
  it('reads what a player means to do with things, and leaves attacks and checks alone', () => {
    const bowl = ['Offering bowl'];
    expect(classifyGoods('I drink a potion of healing', bowl)).toEqual({ kind: 'use', item: 'potion of healing', targetName: null });
    expect(classifyGoods('I give Aldric my dagger', bowl)).toEqual({ kind: 'give', item: 'dagger', gold: 0, toName: 'Aldric' });
    expect(classifyGoods('I hand my rope to Kestrel', bowl)).toEqual({ kind: 'give', item: 'rope', gold: 0, toName: 'Kestrel' });
    expect(classifyGoods('I search the bodies', bowl)).toEqual({ kind: 'loot-bodies' });
    expect(classifyGoods('I empty the offering bowl', bowl)).toEqual({ kind: 'loot', containerWords: 'Offering bowl' });
    expect(classifyGoods('I buy a rope', bowl)).toEqual({ kind: 'buy', item: 'rope', quantity: 1 });
    expect(classifyGoods('I buy two daggers from Old Tam', bowl)).toEqual({ kind: 'buy', item: 'daggers', quantity: 2 });
    expect(classifyGoods('I put on the chain mail', bowl)).toEqual({ kind: 'equip', item: 'chain mail' });
    expect(classifyGoods('I draw my rapier and attack the goblin', bowl)).toBeNull();
    expect(classifyGoods('I search the altar for traps', bowl)).toBeNull();
    expect(classifyGoods('I drink from the pool', bowl)).toBeNull();
  });

  it('drinks a potion of healing through use_item and narrates what the engine decided', async () => {
    const outcome = await turn('I drink a potion of healing');
    expect(calls(outcome)).toEqual(['use_item:ok']);
    expect(outcome.text).toMatch(/Mira Thorne drinks Potion of Healing/);
  });

  it('gives Aldric a dagger, searches the bodies, buys a rope, puts on chain mail', async () => {
    expect(calls(await turn('I give Aldric my dagger'))).toEqual(['give:ok']);
    const searched = await turn('I search the bodies');
    expect(calls(searched)).toEqual(['loot:ok']);
    expect(searched.text).toMatch(/takes .*Scimitar.* from Goblin/);
    expect(calls(await turn('I buy a rope'))).toEqual(['buy:ok']);
    expect(calls(await turn('I put on the chain mail', market(carrying('mira', [{ item: 'chain-mail', quantity: 1 }]))))).toEqual(['equip:ok']);
  });

  it('says so when there is nothing to do, and narrates the engine’s refusal when the thing is not there', async () => {
    const nowhere = market((s) => void (s.scene = { ...s.scene, merchants: [] }));
    const noShop = await turn('I buy a rope', nowhere);
    expect(calls(noShop)).toEqual([]);
    // One of the DM's ways of saying nobody trades here, whichever the narration's turn in the cycle gives.
    const sentences = noShop.text.split(/(?<=[.!?])\s+/);
    expect(nobodyTrades.some((line) => sentences.includes(fill(line, placeWords(nowhere.scene.title))))).toBe(true);
    const noPotion = await turn('I drink a potion of healing', market(), 'kestrel');
    expect(calls(noPotion)).toEqual(['use_item:refused']);
    expect(noPotion.text).toMatch(/That cannot be done: .*Kestrel has no potion of healing/);
  });

  it('walks up to a friend across the room before pouring a potion down their throat', async () => {
    const start = openingState(sampleCampaign, 3);
    const party = start.party.map((c) =>
      c.id === 'kestrel' ? { ...c, hp: 3, position: { x: 1, y: 1 } } : c.id === 'mira' ? { ...c, inventory: [...c.inventory, { item: 'potion-of-healing-common', quantity: 1 }] } : c,
    );
    const outcome = await turn("I pour a potion of healing down Kestrel's throat", gameStateSchema.parse({ ...start, party }));
    expect(calls(outcome)).toEqual(['move:ok', 'use_item:ok']);
    expect(outcome.toolCalls[1]).toMatchObject({ input: { characterId: 'mira', targetId: 'kestrel' } });
  });
});
