import type { StatePatch } from '../patches';
import { RuleViolation } from '../rule-violation';
import type { CharacterSheet } from './character';
import { sameStack, type Coins } from './inventory';
import { itemFacts } from './items';

/** An inventory stack: an item id, and the base a magic weapon or armour is made from. */
export type Stack = { item: string; base?: string | null };

function named(stack: Stack): string {
  return itemFacts({ item: stack.item, base: stack.base ?? null })?.name ?? stack.item;
}

function held(c: CharacterSheet, stack: Stack) {
  return c.inventory.find((e) => sameStack(e, stack));
}

const stackOf = (stack: Stack) => ({ item: stack.item, base: stack.base ?? null });

/** Adds items to what a character carries (found, bought, given). Where they come from is the caller's rule to check. */
export function addItemPatch(c: CharacterSheet, stack: Stack, quantity = 1): StatePatch {
  if (!Number.isInteger(quantity) || quantity < 1) throw new RuleViolation('Add at least one item');
  return { op: 'character.item', characterId: c.id, ...stackOf(stack), quantity: (held(c, stack)?.quantity ?? 0) + quantity };
}

/** Takes items away (used up, sold, given); a character cannot give what it does not have. */
export function removeItemPatch(c: CharacterSheet, stack: Stack, quantity = 1): StatePatch {
  const have = held(c, stack)?.quantity ?? 0;
  if (!Number.isInteger(quantity) || quantity < 1) throw new RuleViolation('Remove at least one item');
  if (quantity > have) throw new RuleViolation(`${c.name} carries ${have} ${named(stack)}, not ${quantity}`);
  return { op: 'character.item', characterId: c.id, ...stackOf(stack), quantity: have - quantity };
}

/** Wears or takes up an item the character carries. */
export function equipPatch(c: CharacterSheet, stack: Stack): StatePatch {
  if (!held(c, stack)) throw new RuleViolation(`${c.name} carries no ${named(stack)}`);
  return { op: 'character.equipped', characterId: c.id, ...stackOf(stack), equipped: true };
}

export function unequipPatch(c: CharacterSheet, stack: Stack): StatePatch {
  if (!held(c, stack)?.equipped) throw new RuleViolation(`${c.name} is not using ${named(stack)}`);
  return { op: 'character.equipped', characterId: c.id, ...stackOf(stack), equipped: false };
}

/** Attunes to a magic item the character carries (a short rest's work, for the caller to schedule); at most three. */
export function attunePatch(c: CharacterSheet, stack: Stack, attuned = true): StatePatch {
  if (!held(c, stack)) throw new RuleViolation(`${c.name} carries no ${named(stack)}`);
  return { op: 'character.attuned', characterId: c.id, ...stackOf(stack), attuned };
}

/** Changes a character's coins by a signed amount of each kind; no kind may go below zero. */
export function coinsPatch(c: CharacterSheet, change: Partial<Coins>): StatePatch {
  const coins = { ...c.coins };
  for (const [coin, n] of Object.entries(change) as [keyof Coins, number][]) {
    coins[coin] += n;
    if (coins[coin] < 0) throw new RuleViolation(`${c.name} has ${c.coins[coin]} ${coin}, not ${-n}`);
  }
  return { op: 'character.coins', characterId: c.id, coins };
}
