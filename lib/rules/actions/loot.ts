import { isIncapacitated } from '../conditions';
import { creatureGear } from '../creature-gear';
import { addCoins, describeCoins, negate, noCoins, valueInCopper } from '../money';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { GoodsStack } from '../scene-goods';
import type { Coins } from '../sheet/inventory';
import { addItemPatch, coinsPatch, removeItemPatch } from '../sheet/inventory-patches';
import { isCharacter, type CharacterSheet, type Combatant } from '../state';
import { actionCost, assertWithinReach } from './handling';
import { itemName, listStacks, requireStack, type StackRef } from './item-names';

/**
 * What to take and from where: a creature (or a fallen party member) by id,
 * or a container the scene holds by id or name. With neither `item` nor
 * `coins`, everything there is taken.
 */
export type LootInput = { characterId: string; from: string; item?: string; quantity?: number; coins?: 'all' | Partial<Coins> };

export type LootResult = { outcome: string; characterId: string; from: string; items: Array<StackRef & { quantity: number; name: string }>; coins: Coins };

/** A place things can be taken from, with what it holds and the patches that take some of it away. */
type Source = {
  name: string;
  items: GoodsStack[];
  coins: Coins;
  /** The creature whose body it is, to stand within reach of; null for a container. */
  body: Combatant | null;
  take(items: GoodsStack[], coins: Coins): StatePatch[];
};

/** A body the looter may search: dead, down, or unable to stop them. A living foe on its feet keeps its things. */
function assertHelpless(c: Combatant): void {
  if (c.dead || c.hp === 0 || isIncapacitated(c)) return;
  throw new RuleViolation(`${c.name} is alive and on its feet, and keeps hold of its things; defeat it first (or it must be unconscious, paralysed or otherwise unable to resist)`);
}

/** What is left of some stacks once others are taken out of them. */
function remaining(stacks: readonly GoodsStack[], taken: readonly GoodsStack[]): GoodsStack[] {
  return stacks.flatMap((s) => {
    const left = s.quantity - (taken.find((t) => t.item === s.item && t.base === s.base)?.quantity ?? 0);
    return left > 0 ? [{ ...s, quantity: left }] : [];
  });
}

function creatureSource(c: Combatant): Source {
  assertHelpless(c);
  if (isCharacter(c)) {
    const member: CharacterSheet = c;
    return {
      name: c.name,
      items: member.inventory.map(({ item, base, quantity }) => ({ item, base, quantity })),
      coins: member.coins,
      body: c,
      take: (items, coins) => [...items.map((stack) => removeItemPatch(member, stack, stack.quantity)), ...(valueInCopper(coins) > 0 ? [coinsPatch(member, negate(coins))] : [])],
    };
  }
  const gear = creatureGear(c);
  return {
    name: c.name,
    items: gear,
    coins: c.coins,
    body: c,
    take: (items, coins) => [{ op: 'creature.gear', creatureId: c.id, gear: remaining(gear, items), coins: addCoins(c.coins, negate(coins)) }],
  };
}

function sourceOf(turn: TurnContext, from: string): Source {
  const { containers } = turn.state.scene;
  const container = containers.find((c) => c.id === from) ?? containers.find((c) => c.name.toLowerCase() === from.trim().toLowerCase());
  if (container) {
    if (container.locked) throw new RuleViolation(`${container.name} is locked; it must be opened before anything can be taken from it`);
    const take = (items: GoodsStack[], coins: Coins): StatePatch[] => [
      { op: 'scene.container', container: { ...container, items: remaining(container.items, items), coins: addCoins(container.coins, negate(coins)) } },
    ];
    return { name: container.name, items: container.items, coins: container.coins, body: null, take };
  }
  const creature = [...turn.state.creatures, ...turn.state.party].find((c) => c.id === from);
  if (creature) return creatureSource(creature);
  const here = [...containers.map((c) => `${c.name} (${c.id})`), ...turn.state.creatures.map((c) => `${c.name} (${c.id})`)];
  throw new RuleViolation(`There is no "${from}" here to take things from${here.length ? `; here are: ${here.join(', ')}` : '; this place holds no containers and no creatures'}`);
}

function coinsTaken(source: Source, asked: LootInput['coins'], everything: boolean): Coins {
  if (asked === 'all' || (asked === undefined && everything)) return source.coins;
  if (asked === undefined) return noCoins;
  const taken = addCoins(noCoins, asked);
  const left = addCoins(source.coins, negate(taken));
  if (Object.values(taken).some((n) => n < 0) || Object.values(left).some((n) => n < 0)) {
    throw new RuleViolation(`${source.name} holds ${describeCoins(source.coins)}, not ${describeCoins(taken)}; only coins that are there can be taken`);
  }
  return taken;
}

/**
 * Takes items and coins from a defeated creature's body (dead, at 0 hit
 * points or helpless), a fallen party member, or a container the scene
 * holds (unlocked). What is taken is gone from the source; nothing is taken
 * that is not there. In a fight, searching takes the looter's action and a
 * body must be within reach.
 */
export function loot(turn: TurnContext, input: LootInput): LootResult {
  turn.actor(input.characterId);
  const looter = turn.character(input.characterId);
  const source = sourceOf(turn, input.from);
  if (source.body) assertWithinReach(looter, source.body, `searching ${source.name}`);
  const everything = input.item === undefined && input.coins === undefined;
  if (everything && source.items.length === 0 && valueInCopper(source.coins) === 0) throw new RuleViolation(`${source.name} holds nothing to take`);
  const picked = everything ? source.items : input.item === undefined ? [] : [requireStack(source.items, input.item, source.name)];
  if (!everything && picked[0] && (input.quantity ?? 1) > picked[0].quantity) throw new RuleViolation(`${source.name} holds ${listStacks(picked)}, not ${input.quantity}`);
  const taken = picked.map((stack) => ({ ...stack, quantity: everything ? stack.quantity : (input.quantity ?? stack.quantity) }));
  const coins = coinsTaken(source, input.coins, everything);
  if (taken.length === 0 && valueInCopper(coins) === 0) throw new RuleViolation(`${source.name} holds no coins to take`);
  turn.commit(actionCost(turn, looter));
  turn.commit(source.take(taken, coins));
  let gains = turn.character(looter.id);
  for (const stack of taken) {
    turn.commit([addItemPatch(gains, stack, stack.quantity)]);
    gains = turn.character(looter.id);
  }
  if (valueInCopper(coins) > 0) turn.commit([coinsPatch(gains, coins)]);
  const what = [listStacks(taken), describeCoins(coins)].filter((s) => s !== 'nothing' && s !== 'no coins').join(' and ');
  return {
    outcome: `${looter.name} takes ${what || 'nothing'} from ${source.name}`,
    characterId: looter.id,
    from: source.name,
    items: taken.map((t) => ({ item: t.item, base: t.base, quantity: t.quantity, name: itemName(t) })),
    coins,
  };
}
