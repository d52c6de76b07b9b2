import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { MAX_ATTUNED } from '../sheet/inventory';
import { attunePatch, equipPatch, unequipPatch } from '../sheet/inventory-patches';
import { canEquip, itemFacts, mayAttune, type ItemFacts } from '../sheet/items';
import type { CharacterSheet } from '../state';
import { actionCost, assertNoFight } from './handling';
import { itemName, requireStack } from './item-names';

/** A character and one of its items, by name. */
export type ItemInput = { characterId: string; item: string };

export type EquipResult = { outcome: string; characterId: string; item: string; equipped: boolean; ac: number; speed: number };
export type AttuneResult = { outcome: string; characterId: string; item: string; attuned: boolean; attunements: number };

/** Minutes the SRD gives to put on or take off a suit of armour, by its category. */
const donMinutes = { light: 1, medium: 5, heavy: 10 } as const;
const doffMinutes = { light: 1, medium: 1, heavy: 5 } as const;

function held(turn: TurnContext, input: ItemInput): { who: CharacterSheet; stack: CharacterSheet['inventory'][number]; facts: ItemFacts } {
  turn.actor(input.characterId);
  const who = turn.character(input.characterId);
  const stack = requireStack(who.inventory, input.item, who.name);
  return { who, stack, facts: itemFacts(stack)! };
}

/**
 * What wearing or taking off an item costs: a suit of armour takes minutes
 * (none to spare in a fight), a shield the action, a weapon or worn magic
 * item nothing the engine counts.
 */
function handlingCost(turn: TurnContext, who: CharacterSheet, facts: ItemFacts, on: boolean): StatePatch[] {
  const category = facts.armor?.armor.category;
  if (category === 'shield') return actionCost(turn, who);
  if (category) {
    const minutes = (on ? donMinutes : doffMinutes)[category];
    assertNoFight(turn, `${on ? 'puts on' : 'takes off'} armour`, `${on ? 'putting on' : 'taking off'} ${facts.name} takes ${minutes} minute${minutes === 1 ? '' : 's'}`);
  }
  return [];
}

function sheetLine(c: CharacterSheet, before: CharacterSheet): string {
  const ac = c.ac === before.ac ? `AC ${c.ac}` : `AC ${before.ac} → ${c.ac}`;
  return c.speed === before.speed ? ac : `${ac}, speed ${before.speed} → ${c.speed} ft`;
}

/**
 * Wears or takes up an item the character carries: armour outside a fight
 * (the suit worn before comes off), a shield for the action in one, a
 * weapon or a worn magic item at once.
 */
export function equip(turn: TurnContext, input: ItemInput): EquipResult {
  const { who, stack, facts } = held(turn, input);
  if (!canEquip(facts)) throw new RuleViolation(`${facts.name} is not worn or held; it is used, read or drunk instead`);
  if (stack.equipped) throw new RuleViolation(`${who.name} is already using ${facts.name}`);
  turn.commit(handlingCost(turn, who, facts, true));
  const category = facts.armor?.armor.category;
  const isShield = (e: { item: string; base: string | null }) => itemFacts(e)?.armor?.armor.category === 'shield';
  // One suit of armour and one shield at a time: putting one on takes the other of its kind off.
  const replaced = category ? who.inventory.filter((e) => e.equipped && itemFacts(e)?.armor && isShield(e) === (category === 'shield')) : [];
  turn.commit([...replaced.map((e) => unequipPatch(turn.character(who.id), e)), equipPatch(turn.character(who.id), stack)]);
  const after = turn.character(who.id);
  const off = replaced.length ? ` (taking off ${replaced.map(itemName).join(', ')})` : '';
  return { outcome: `${who.name} ${category ? 'puts on' : 'takes up'} ${facts.name}${off}: ${sheetLine(after, who)}`, characterId: who.id, item: facts.name, equipped: true, ac: after.ac, speed: after.speed };
}

export function unequip(turn: TurnContext, input: ItemInput): EquipResult {
  const { who, stack, facts } = held(turn, input);
  if (!stack.equipped) throw new RuleViolation(`${who.name} is not using ${facts.name}`);
  turn.commit(handlingCost(turn, who, facts, false));
  turn.commit([unequipPatch(turn.character(who.id), stack)]);
  const after = turn.character(who.id);
  return { outcome: `${who.name} ${facts.armor ? 'takes off' : 'puts away'} ${facts.name}: ${sheetLine(after, who)}`, characterId: who.id, item: facts.name, equipped: false, ac: after.ac, speed: after.speed };
}

/**
 * Attunes to a magic item that needs it, or ends the attunement, as the SRD
 * says: it takes a short rest spent with the item (so never in a fight), a
 * creature is attuned to at most three items, and some items take only
 * certain classes, spellcasters or ancestries.
 */
export function attune(turn: TurnContext, input: ItemInput & { end?: boolean }): AttuneResult {
  assertNoFight(turn, 'attunes to an item', 'attuning takes a short rest spent with the item');
  const { who, stack, facts } = held(turn, input);
  if (!facts.magic || !facts.requiresAttunement) throw new RuleViolation(`${facts.name} needs no attunement: it works for whoever ${facts.magic ? 'uses' : 'carries'} it`);
  const others = who.inventory.filter((e) => e.attuned && e !== stack);
  if (input.end) {
    if (!stack.attuned) throw new RuleViolation(`${who.name} is not attuned to ${facts.name}`);
    turn.commit([attunePatch(who, stack, false)]);
    return { outcome: `${who.name} ends attunement to ${facts.name} over a short rest`, characterId: who.id, item: facts.name, attuned: false, attunements: others.length };
  }
  if (stack.attuned) throw new RuleViolation(`${who.name} is already attuned to ${facts.name}`);
  if (!mayAttune(facts.magic, { classId: who.build.class.id, ancestryId: who.build.ancestry.id })) {
    throw new RuleViolation(`Only ${facts.magic.attunement!.by.join(' or ')} may attune to ${facts.name}, and ${who.name} is not one`);
  }
  if (others.length >= MAX_ATTUNED) {
    throw new RuleViolation(`${who.name} is attuned to ${others.map(itemName).join(', ')}: a creature can be attuned to at most ${MAX_ATTUNED} magic items. End attunement to one of them first`);
  }
  turn.commit([attunePatch(who, stack)]);
  const when = facts.magic.attunement?.when ? ` (this one only ${facts.magic.attunement.when})` : '';
  return { outcome: `${who.name} attunes to ${facts.name} over a short rest${when}: ${others.length + 1} of ${MAX_ATTUNED} attunements`, characterId: who.id, item: facts.name, attuned: true, attunements: others.length + 1 };
}
