import { addCoins, describeCoins, negate, noCoins, valueInCopper } from '../money';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Coins } from '../sheet/inventory';
import { addItemPatch, coinsPatch, removeItemPatch } from '../sheet/inventory-patches';
import { isCharacter } from '../state';
import { assertWithinReach } from './handling';
import { itemName, requireStack } from './item-names';

/** A gift between party members: an item (by name, how many) and or coins. */
export type GiveInput = { fromId: string; toId: string; item?: string; quantity?: number; coins?: Partial<Coins> };

export type GiveResult = { outcome: string; fromId: string; toId: string; item?: string; quantity?: number; coins: Coins };

/**
 * Hands an item or coins from one party member to another: the giver must
 * have them and be able to act, the receiver must be alive, and on the
 * battle map they must stand within reach. What is given leaves the giver.
 */
export function give(turn: TurnContext, input: GiveInput): GiveResult {
  turn.actor(input.fromId);
  const giver = turn.character(input.fromId);
  const receiver = turn.living(input.toId);
  if (!isCharacter(receiver)) throw new RuleViolation(`${receiver.name} is not in the party; gifts pass between party members (a creature's things are the DM's to describe)`);
  if (receiver.id === giver.id) throw new RuleViolation(`${giver.name} cannot give something to themselves`);
  assertWithinReach(giver, receiver, 'handing something over');
  const coins = addCoins(noCoins, input.coins ?? {});
  if (Object.values(coins).some((n) => !Number.isInteger(n) || n < 0)) throw new RuleViolation('Coins given are whole numbers, none below zero');
  const stack = input.item === undefined ? undefined : requireStack(giver.inventory, input.item, giver.name);
  const quantity = input.quantity ?? 1;
  if (stack && (!Number.isInteger(quantity) || quantity < 1 || quantity > stack.quantity)) {
    throw new RuleViolation(`${giver.name} carries ${stack.quantity} × ${itemName(stack)}, not ${quantity}`);
  }
  if (!stack && valueInCopper(coins) === 0) throw new RuleViolation('Say what is given: an item, or some coins');
  if (stack) {
    turn.commit([removeItemPatch(giver, stack, quantity)]);
    turn.commit([addItemPatch(turn.character(receiver.id), stack, quantity)]);
  }
  if (valueInCopper(coins) > 0) {
    turn.commit([coinsPatch(turn.character(giver.id), negate(coins))]);
    turn.commit([coinsPatch(turn.character(receiver.id), coins)]);
  }
  const what = [stack ? `${quantity === 1 ? '' : `${quantity} × `}${itemName(stack)}` : '', valueInCopper(coins) > 0 ? describeCoins(coins) : ''].filter(Boolean).join(' and ');
  return { outcome: `${giver.name} gives ${receiver.name} ${what}`, fromId: giver.id, toId: receiver.id, ...(stack ? { item: itemName(stack), quantity } : {}), coins };
}
