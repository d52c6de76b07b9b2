import type { InventoryItem } from '../sheet/inventory';
import type { ItemFacts } from '../sheet/items';
import type { CharacterSheet, Combatant } from '../state';
import type { SpellOutcome } from './spell-outcome';

/** What reading a spell scroll did: the spell cast with the scroll's numbers, or lost to a failed check. */
export type ScrollReading = {
  spell: string;
  level: number;
  cast: boolean;
  /** The scroll's save DC and spell attack bonus, which its spell uses instead of the reader's. */
  saveDc: number;
  attackBonus: number;
  /** The check a spell above the reader's level needed (DC 10 + its level), when it needed one. */
  check?: { total: number; dc: number };
  /** What the spell did, resolved from the spell data as a cast spell is. */
  effects?: SpellOutcome;
};

/** What using an item did, with a sentence for the log and the model ("Kestrel drinks a Potion of Healing: +7 HP"). */
export type UseItemResult = {
  outcome: string;
  item: string;
  userId: string;
  targetId: string;
  healed?: number;
  roll?: string;
  hp?: number;
  tempHp?: number;
  /** The effect the item left on the target, by its source id. */
  effect?: string;
  /** Uses of a kit left after this one. */
  usesLeft?: number;
  scroll?: ScrollReading;
};

/** One use of a carried item: who uses it, on whom, and which stack it comes from. */
export type ItemUse = { user: CharacterSheet; target: Combatant; stack: InventoryItem; facts: ItemFacts };
