import { coinsFor, describeCoins, payFrom } from '../money';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Merchant, Stock } from '../scene-goods';
import type { Coins } from '../sheet/inventory';
import { addItemPatch, coinsPatch, removeItemPatch } from '../sheet/inventory-patches';
import { itemFacts } from '../sheet/items';
import { costInCopper } from '../srd/common';
import { assertNoFight } from './handling';
import { itemName, listStacks, requireStack } from './item-names';

/** A purchase or a sale: the item by name, how many, and the merchant by id or name. */
export type TradeInput = { characterId: string; item: string; quantity: number; merchant: string };

export type TradeResult = {
  outcome: string;
  characterId: string;
  merchant: string;
  item: string;
  /** Pieces that changed hands (a bundle of 20 arrows is 20). */
  quantity: number;
  /** What was paid, in the coins' words ("1 gp, 5 sp"). */
  price: string;
  /** The character's purse afterwards. */
  coins: Coins;
};

function merchantHere(turn: TurnContext, name: string): Merchant {
  const { merchants } = turn.state.scene;
  const key = name.trim().toLowerCase();
  const found = merchants.find((m) => m.id === key || m.name.toLowerCase() === key);
  if (found) return found;
  if (merchants.length === 0) throw new RuleViolation('Nobody trades here: this place has no merchant. Buying and selling wait for a place with one');
  throw new RuleViolation(`There is no merchant "${name}" here; here trade: ${merchants.map((m) => `${m.name} (${m.id})`).join(', ')}`);
}

/** The price of one lot as the merchant sells it, in copper, and how many pieces a lot is (arrows come 20 to a lot). */
function lot(line: Pick<Stock, 'item' | 'base' | 'price'>): { copper: number; pieces: number } {
  const facts = itemFacts(line)!;
  if (facts.magic) return { copper: costInCopper(line.price!), pieces: 1 };
  const equipment = facts.equipment!;
  return { copper: costInCopper(equipment.cost), pieces: equipment.kind === 'gear' ? equipment.quantity : 1 };
}

function assertQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100) throw new RuleViolation('Trade 1 to 100 at a time');
}

/**
 * Buys from a merchant the scene declares, at the price of the stock it
 * lists (SRD equipment at its SRD price, lots as the SRD sells them), paid
 * from the buyer's purse with change made. Not in a fight.
 */
export function buy(turn: TurnContext, input: TradeInput): TradeResult {
  assertNoFight(turn, 'goes shopping', 'trade once it is over');
  turn.actor(input.characterId);
  const buyer = turn.character(input.characterId);
  const merchant = merchantHere(turn, input.merchant);
  assertQuantity(input.quantity);
  const line = requireStack(merchant.stock.map((s) => ({ ...s, quantity: 1 })), input.item, merchant.name);
  const { copper, pieces } = lot(line);
  const total = copper * input.quantity;
  const after = payFrom(buyer.coins, total);
  const name = itemName(line);
  if (!after) {
    throw new RuleViolation(`${input.quantity} × ${name} costs ${describeCoins(coinsFor(total))}; ${buyer.name} has ${describeCoins(buyer.coins)}. Buy fewer, sell something first, or go without`);
  }
  turn.commit([{ op: 'character.coins', characterId: buyer.id, coins: after }]);
  turn.commit([addItemPatch(turn.character(buyer.id), line, pieces * input.quantity)]);
  const bought = listStacks([{ ...line, quantity: pieces * input.quantity }]);
  const price = describeCoins(coinsFor(total));
  return { outcome: `${buyer.name} buys ${bought} from ${merchant.name} for ${price}`, characterId: buyer.id, merchant: merchant.name, item: name, quantity: pieces * input.quantity, price, coins: after };
}

/**
 * Sells to a merchant the scene declares, at half the price, as the SRD's
 * equipment chapter has it: equipment at half its SRD price, a magic item
 * only to a merchant who stocks it, at half their price. Not in a fight.
 */
export function sell(turn: TurnContext, input: TradeInput): TradeResult {
  assertNoFight(turn, 'goes shopping', 'trade once it is over');
  turn.actor(input.characterId);
  const seller = turn.character(input.characterId);
  const merchant = merchantHere(turn, input.merchant);
  assertQuantity(input.quantity);
  const stack = requireStack(seller.inventory, input.item, seller.name);
  const name = itemName(stack);
  if (input.quantity > stack.quantity) throw new RuleViolation(`${seller.name} carries ${stack.quantity} × ${name}, not ${input.quantity}`);
  const facts = itemFacts(stack)!;
  const listed = merchant.stock.find((s) => s.item === stack.item && s.base === stack.base);
  if (facts.magic && !listed) throw new RuleViolation(`${merchant.name} buys magic items only of the kinds they sell, and ${name} is not one of them`);
  const { copper, pieces } = lot(listed ?? { item: stack.item, base: stack.base, price: null });
  const total = Math.floor((copper * input.quantity) / pieces / 2);
  if (total === 0) throw new RuleViolation(`${merchant.name} would pay nothing for ${input.quantity} × ${name}: half its price is less than a copper piece`);
  const paid = coinsFor(total);
  turn.commit([removeItemPatch(seller, stack, input.quantity)]);
  turn.commit([coinsPatch(turn.character(seller.id), paid)]);
  const after = turn.character(seller.id).coins;
  const price = describeCoins(paid);
  return { outcome: `${seller.name} sells ${input.quantity} × ${name} to ${merchant.name} for ${price}`, characterId: seller.id, merchant: merchant.name, item: name, quantity: input.quantity, price, coins: after };
}

