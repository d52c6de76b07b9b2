import { listStacks } from '@/lib/rules/actions/item-names';
import { creatureGear } from '@/lib/rules/creature-gear';
import { coinsFor, describeCoins } from '@/lib/rules/money';
import { itemFacts } from '@/lib/rules/sheet/items';
import { costInCopper } from '@/lib/rules/srd/common';
import type { RulesState } from '@/lib/rules/state';
import { jsonBlock, readJsonBlock } from './json-block';

/**
 * What is carried and what a place holds, as the DM model sees it: each
 * party member's pack and purse, what the defeated carry, the containers
 * here and what they hold, and the merchants here with their prices. The
 * model names these things to the item tools; the engine owns every count.
 */
export type GoodsFacts = {
  /** By party member id: items (worn or held ones marked) and coins. */
  carried: Record<string, { items: string[]; coins: string }>;
  /** By creature id, only for the dead and the downed, whose things can be taken. */
  onBodies: Record<string, string>;
  containers: Array<{ id: string; name: string; holds: string; locked?: true }>;
  merchants: Array<{ id: string; name: string; sells: string[] }>;
};

function itemsOf(c: RulesState['party'][number]): string[] {
  return c.inventory.map((e) => {
    const name = listStacks([e]);
    const marks = [e.equipped ? 'in use' : '', e.attuned ? 'attuned' : '', e.charges !== null ? `${e.charges} charges` : ''].filter(Boolean);
    return marks.length ? `${name} (${marks.join(', ')})` : name;
  });
}

function price(line: RulesState['scene']['merchants'][number]['stock'][number]): string {
  const facts = itemFacts(line);
  const cost = facts?.magic ? line.price : facts?.equipment?.cost;
  const lot = facts?.equipment?.kind === 'gear' && facts.equipment.quantity > 1 ? ` for ${facts.equipment.quantity}` : '';
  return `${facts?.name ?? line.item}: ${cost ? describeCoins(coinsFor(costInCopper(cost))) : 'not for sale'}${lot}`;
}

export function goodsFacts(state: RulesState): GoodsFacts {
  const holds = (items: Parameters<typeof listStacks>[0], coins: Parameters<typeof describeCoins>[0]) =>
    [listStacks(items), describeCoins(coins)].filter((s) => s !== 'nothing' && s !== 'no coins').join('; ') || 'nothing';
  return {
    carried: Object.fromEntries(state.party.map((c) => [c.id, packOf(c)])),
    onBodies: Object.fromEntries(state.creatures.filter((c) => c.dead || c.hp === 0).map((c) => [c.id, holds(creatureGear(c), c.coins)])),
    containers: state.scene.containers.map((c) => ({ id: c.id, name: c.name, holds: holds(c.items, c.coins), ...(c.locked ? { locked: true as const } : {}) })),
    merchants: state.scene.merchants.map((m) => ({ id: m.id, name: m.name, sells: m.stock.map(price) })),
  };
}

function packOf(c: RulesState['party'][number]): GoodsFacts['carried'][string] {
  return { items: itemsOf(c), coins: describeCoins(c.coins) };
}

/** What one party member carries, as its own AI player sees it. */
export function packFacts(state: RulesState, characterId: string): GoodsFacts['carried'][string] | null {
  const c = state.party.find((member) => member.id === characterId);
  return c ? packOf(c) : null;
}

export function packBlock(pack: GoodsFacts['carried'][string]): string {
  return jsonBlock('pack', pack);
}

export function readPack(text: string): GoodsFacts['carried'][string] | null {
  return readJsonBlock<GoodsFacts['carried'][string]>(text, 'pack');
}

export function goodsBlock(facts: GoodsFacts): string {
  return jsonBlock('goods', facts);
}

export function readGoods(text: string): GoodsFacts | null {
  return readJsonBlock<GoodsFacts>(text, 'goods');
}
