/**
 * What a player means to do with things, read from the words of their
 * action: drink or use an item, hand something over, search the fallen or
 * a container, trade, or put something on. Names are kept as the player
 * said them; the rules engine finds what they mean among what is there.
 */
export type GoodsIntent =
  | { kind: 'use'; item: string; targetName: string | null }
  | { kind: 'give'; item: string | null; gold: number; toName: string }
  | { kind: 'loot-bodies' }
  | { kind: 'loot'; containerWords: string }
  | { kind: 'buy' | 'sell'; item: string; quantity: number }
  | { kind: 'equip' | 'unequip' | 'attune'; item: string };

const counts: Record<string, number> = { a: 1, an: 1, one: 1, some: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twenty: 20 };

/** "a rope", "two daggers", "3 torches": how many, and the thing. */
function quantityAndThing(words: string): { quantity: number; thing: string } {
  const m = /^(a|an|one|some|two|three|four|five|six|ten|twenty|\d+)\s+(.+)$/i.exec(words.trim());
  if (!m) return { quantity: 1, thing: words.trim() };
  return { quantity: counts[m[1]!.toLowerCase()] ?? Number(m[1]), thing: m[2]!.trim() };
}

/** The words naming a thing, without a trailing "to Aldric", "from the merchant" or full stop. */
function thing(words: string): string {
  return words
    .replace(/\s+(to|from|with|on|at|for|over)\s+.*$/i, '')
    .replace(/^(my|the|a|an|his|her|their|our|one of my)\s+/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
}

function useIntent(action: string): GoodsIntent | null {
  const drink = /\b(?:drinks?|quaffs?|gulps?|swigs?|uncorks?)\s+(.+)/i.exec(action);
  if (drink && /potion|antitoxin|elixir|vial|draught/i.test(drink[1]!)) return { kind: 'use', item: thing(drink[1]!), targetName: null };
  const give = /\b(?:pours?|feeds?|administers?)\s+(.+?)\s+(?:to|into|down)\s+(\w+)/i.exec(action);
  if (give && /potion|antitoxin|elixir/i.test(give[1]!)) return { kind: 'use', item: thing(give[1]!), targetName: give[2]! };
  const read = /\breads?\s+(.*\bscroll\b.*)/i.exec(action);
  if (read) return { kind: 'use', item: thing(read[1]!), targetName: null };
  const kit = /\b(?:uses?|applies|apply)\s+(?:my|the|a)?\s*(healer'?s kit|antitoxin|potion[\w ]*|scroll[\w ]*)(?:\s+(?:on|to)\s+(\w+))?/i.exec(action);
  if (kit) return { kind: 'use', item: kit[1]!.trim(), targetName: kit[2] ?? null };
  return null;
}

function giveIntent(action: string): GoodsIntent | null {
  const coins = /\b(?:gives?|hands?|pays?|tosses?)\s+(\w+)\s+(\d+)\s+(?:gold|gp|gold pieces)\b/i.exec(action);
  if (coins) return { kind: 'give', item: null, gold: Number(coins[2]), toName: coins[1]! };
  const direct = /\b(?:gives?|hands?|passes?|tosses?)\s+(\w+)\s+(?:my|the|a|an|his|her|their)\s+(.+)/i.exec(action);
  if (direct) return { kind: 'give', item: thing(direct[2]!), gold: 0, toName: direct[1]! };
  const indirect = /\b(?:gives?|hands?|passes?|tosses?)\s+(.+?)\s+to\s+(\w+)/i.exec(action);
  if (indirect) return { kind: 'give', item: thing(indirect[1]!), gold: 0, toName: indirect[2]! };
  return null;
}

function tradeIntent(action: string): GoodsIntent | null {
  const m = /\b(buys?|purchases?|sells?)\s+(.+)/i.exec(action);
  if (!m) return null;
  const { quantity, thing: what } = quantityAndThing(thing(m[2]!.replace(/^(my|the)\s+/i, '')));
  return { kind: /^sell/i.test(m[1]!) ? 'sell' : 'buy', item: what, quantity };
}

function wearIntent(action: string): GoodsIntent | null {
  const attune = /\battunes?\s+(?:myself\s+)?(?:to|with)\s+(.+)/i.exec(action);
  if (attune) return { kind: 'attune', item: thing(attune[1]!) };
  const off = /\b(?:takes? off|removes?|doffs?|puts? away|sheathes?|stows?)\s+(.+)/i.exec(action);
  if (off) return { kind: 'unequip', item: thing(off[1]!) };
  const on = /\b(?:puts? on|dons?|wears?|straps? on|equips?|wields?|draws?|takes? up|readies)\s+(.+)/i.exec(action);
  if (on) return { kind: 'equip', item: thing(on[1]!) };
  return null;
}

const lootVerbs = /\b(search|searches|loot|loots|rifle|rifles|rummage|rummages|strip|strips|plunder|empty|empties|take|takes|grab|grabs|open|opens)\b/i;

/**
 * Reads an action for something done with things, or null when it is about
 * something else. Containers are recognised by the words of their names,
 * since only the scene knows what is here.
 */
export function classifyGoods(action: string, containerNames: readonly string[]): GoodsIntent | null {
  // A fighter drawing a blade to strike is attacking; the attack plan takes up the weapon.
  if (/\b(attack|attacks|strike|strikes|stab|stabs|shoot|shoots|slash|swing|hit|fire at|charge|casts?)\b/i.test(action)) return null;
  if (/\b(bod(y|ies)|corpses?|remains|the dead|the fallen)\b/i.test(action) && lootVerbs.test(action)) return { kind: 'loot-bodies' };
  const container = containerNames.find((name) => name.toLowerCase().split(/\W+/).some((w) => w.length > 3 && new RegExp(`\\b${w}\\b`, 'i').test(action)));
  if (container && lootVerbs.test(action)) return { kind: 'loot', containerWords: container };
  return useIntent(action) ?? tradeIntent(action) ?? giveIntent(action) ?? wearIntent(action);
}
