import { RuleViolation } from '../rule-violation';
import { itemFacts, scrollLevel } from '../sheet/items';
import { matchItem } from '../srd/items';
import { getMagicItem } from '../srd/magic-items';
import { nameKey } from '../srd/names';
import { matchSpell } from '../srd/spells';

/** Some of one item: an SRD id, the base a magic weapon is made from or the spell a scroll holds. */
export type StackRef = { item: string; base: string | null };

/** What an item is called at the table: "Potion of Healing", "+1 Longsword", "Spell Scroll of Cure Wounds". */
export function itemName(stack: StackRef): string {
  return itemFacts(stack)?.name ?? stack.item;
}

/** "2 × Dagger, Rope": a list of stacks as the model and the log read it. */
export function listStacks(stacks: ReadonlyArray<StackRef & { quantity: number }>): string {
  return stacks.map((s) => (s.quantity === 1 ? itemName(s) : `${s.quantity} × ${itemName(s)}`)).join(', ') || 'nothing';
}

function keysOf(stack: StackRef): string[] {
  const facts = itemFacts(stack);
  const names = [stack.item.replaceAll('-', ' '), facts?.name ?? '', facts?.magic?.name ?? ''];
  return names.filter(Boolean).map(nameKey);
}

/** A scroll asked for by its spell ("scroll of cure wounds"): the stacks holding that spell. */
function byScrollSpell<T extends StackRef>(stacks: readonly T[], name: string): T | undefined {
  const spellName = /\bscroll\b(?:\s+of)?\s+(.+)$/i.exec(name)?.[1];
  const spell = spellName ? matchSpell(spellName).found : undefined;
  return spell && stacks.find((s) => scrollLevel(s.item) !== null && s.base === spell.id);
}

/** A stack whose name has every word typed ("rope" for "Rope, hempen (50 feet)"), among the few at hand. */
function byWords<T extends StackRef>(stacks: readonly T[], key: string): T | undefined {
  const words = key.split(' ').filter(Boolean);
  return words.length ? stacks.find((s) => keysOf(s).some((k) => words.every((w) => k.split(' ').includes(w)))) : undefined;
}

/**
 * Which of some stacks a typed name means, forgiving as the SRD look-ups
 * are: an id or a name ("potion of healing", "Potion-of-healing-common"),
 * a magic weapon by its base ("longsword" for a +1 longsword when no plain
 * one is there), a version by its family (a Potion of Greater Healing for
 * "potion of healing" when no common one is there), a scroll by its spell,
 * or the words of a longer name ("rope").
 */
export function findStack<T extends StackRef>(stacks: readonly T[], name: string): T | undefined {
  const key = nameKey(name);
  const named = stacks.find((s) => keysOf(s).includes(key)) ?? byScrollSpell(stacks, name);
  if (named) return named;
  const found = matchItem(name).found;
  if (!found) return byWords(stacks, key);
  const id = found.item.id;
  const family = getMagicItem(id)?.variantOf ?? id;
  return (
    stacks.find((s) => s.item === id) ??
    stacks.find((s) => s.base === id) ??
    stacks.find((s) => {
      const magic = getMagicItem(s.item);
      return magic !== undefined && (magic.variantOf === family || magic.variantOf === id);
    }) ??
    byWords(stacks, key)
  );
}

/** As findStack, or a refusal that says what the holder does have. */
export function requireStack<T extends StackRef & { quantity: number }>(stacks: readonly T[], name: string, holder: string): T {
  const stack = findStack(stacks, name);
  if (!stack) throw new RuleViolation(`${holder} has no ${name}; ${holder} has: ${listStacks(stacks)}. Only what is really there can be used, given, taken or sold`);
  return stack;
}
