import { getClass } from '../srd/classes';
import { getArmor, getEquipment, getWeapon } from '../srd/equipment';
import type { Armor, Equipment, Weapon } from '../srd/equipment-schema';
import { gearEffect } from '../srd/gear-effects';
import { magicItemEffect, type MagicItemEffect } from '../srd/magic-item-effects';
import type { MagicItem } from '../srd/magic-item-schema';
import { getMagicItem } from '../srd/magic-items';
import { getSpell } from '../srd/spells';
import { MAX_ATTUNED, sameStack, type InventoryItem } from './inventory';

/** Magic weapons and armour that are always made from one item. */
const fixedBase: Record<string, string> = {
  'animated-shield': 'shield',
  'armor-of-invulnerability': 'plate-armor',
  'arrow-catching-shield': 'shield',
  'dagger-of-venom': 'dagger',
  'demon-armor': 'plate-armor',
  'dwarven-plate': 'plate-armor',
  'dwarven-thrower': 'warhammer',
  'elven-chain': 'chain-shirt',
  'glamoured-studded-leather-armor': 'studded-leather-armor',
  'hammer-of-thunderbolts': 'maul',
  'javelin-of-lightning': 'javelin',
  'mace-of-disruption': 'mace',
  'mace-of-smiting': 'mace',
  'mace-of-terror': 'mace',
  oathbow: 'longbow',
  'plate-armor-of-etherealness': 'plate-armor',
  'scimitar-of-speed': 'scimitar',
  'shield-of-missile-attraction': 'shield',
  'spellguard-shield': 'shield',
  'sun-blade': 'longsword',
  'trident-of-fish-command': 'trident',
};

/** What an inventory entry is, with the SRD facts the sheet needs. */
export type ItemFacts = {
  name: string;
  magic: MagicItem | null;
  /** The mundane item itself, or the one a magic weapon or armour is made from. */
  equipment: Equipment | null;
  weapon: Weapon | null;
  armor: Armor | null;
  effects: MagicItemEffect['effects'];
  requiresAttunement: boolean;
  maxCharges: number | null;
};

/** SRD names put the kind first ("Crossbow, light"); people say "Light crossbow". Names with a note in brackets stay as they are. */
function displayName(name: string): string {
  const comma = name.indexOf(', ');
  if (comma < 0 || /\+\d$/.test(name) || name.includes('(')) return name;
  const rest = name.slice(comma + 2);
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)} ${name.slice(0, comma).toLowerCase()}`;
}

/** The mundane base of a magic item entry: the fixed one, or the entry's own. */
export function baseOf(entry: Pick<InventoryItem, 'item' | 'base'>): string | null {
  return fixedBase[entry.item] ?? entry.base;
}

/** The spell level a spell scroll holds (0 for a cantrip), or null for any other item. */
export function scrollLevel(itemId: string): number | null {
  const part = magicItemEffect(itemId)?.effects.find((e) => e.kind === 'spell scroll');
  return part?.kind === 'spell scroll' ? part.spellLevel : null;
}

/** Looks an entry up in the SRD; undefined when its ids name nothing there. */
export function itemFacts(entry: Pick<InventoryItem, 'item' | 'base'>): ItemFacts | undefined {
  const magic = getMagicItem(entry.item) ?? null;
  // A spell scroll's `base` is the spell written on it, not an item it is made from.
  const scroll = scrollLevel(entry.item) !== null;
  const baseId = scroll ? null : magic ? baseOf(entry) : entry.item;
  const equipment = baseId ? (getEquipment(baseId) ?? null) : null;
  if (!magic && !equipment) return undefined;
  const effects = magic ? (magicItemEffect(magic.id)?.effects ?? []) : [];
  const charges = effects.find((e) => e.kind === 'charges');
  const plus = /^(weapon|armor|ammunition)-(\d)$/.exec(magic?.id ?? '');
  const baseName = equipment ? displayName(equipment.name) : '';
  const spell = scroll && entry.base ? getSpell(entry.base) : undefined;
  const name = plus ? `+${plus[2]} ${baseName}` : spell ? `Spell Scroll of ${spell.name}` : magic ? magic.name : baseName;
  return {
    name,
    magic,
    equipment,
    weapon: baseId ? (getWeapon(baseId) ?? null) : null,
    armor: baseId ? (getArmor(baseId) ?? null) : null,
    effects,
    requiresAttunement: magic?.attunement != null,
    maxCharges: charges?.kind === 'charges' ? charges.max : gearUses(equipment && !magic ? equipment.id : null),
  };
}

/** Uses of mundane gear that is used a little at a time (a healer's kit's ten). */
function gearUses(itemId: string | null): number | null {
  const effect = itemId ? gearEffect(itemId) : undefined;
  return effect?.kind === 'stabilize' ? effect.uses : null;
}

/** A spell scroll names a spell of the scroll's level; an unnamed one is a scroll whose spell is unknown. */
function scrollProblem(entry: Pick<InventoryItem, 'item' | 'base'>, f: ItemFacts): string | null {
  const level = scrollLevel(entry.item);
  if (level === null || entry.base === null) return null;
  const spell = getSpell(entry.base);
  if (!spell) return `No SRD spell "${entry.base}" to write on ${f.magic!.name}`;
  return spell.level === level ? null : `${f.magic!.name} holds a spell of its own level, not ${spell.name} (level ${spell.level})`;
}

/** A magic weapon, armour or ammunition must be made from a mundane item of its kind. */
function baseFits(f: ItemFacts): boolean {
  switch (f.magic?.category) {
    case 'weapon':
      return f.weapon !== null;
    case 'armor':
      return f.armor !== null;
    case 'ammunition':
      return f.equipment?.kind === 'gear' && f.equipment.gearCategory === 'ammunition';
    default:
      return true;
  }
}

/** Magic items of these kinds are worn or held; potions, scrolls and ammunition are used up instead. */
const wornCategories = new Set(['armor', 'ring', 'rod', 'staff', 'wand', 'weapon', 'wondrous item']);

export function canEquip(facts: ItemFacts): boolean {
  if (facts.magic) return wornCategories.has(facts.magic.category);
  return facts.weapon !== null || facts.armor !== null;
}

/** Who a character is, for attunement limited to a class, spellcasters or an ancestry. */
export type Attuner = { classId: string; ancestryId: string };

export function mayAttune(magic: MagicItem, who: Attuner): boolean {
  const by = magic.attunement?.by ?? [];
  const limits = by.filter((b) => b !== 'good' && b !== 'evil');
  if (limits.length === 0) return true;
  const caster = getClass(who.classId)?.spellcasting != null;
  return limits.some((b) => b === who.classId || b === who.ancestryId || (b === 'spellcaster' && caster));
}

/**
 * What the SRD forbids in an inventory: unknown ids, a magic weapon or
 * armour without its base, the same stack twice, wearing what cannot be
 * worn, two suits of armour or two shields, attuning to what needs none,
 * to more than three items or against the item's limits, and charges an
 * item does not hold.
 */
export function inventoryProblems(inventory: readonly InventoryItem[], who: Attuner): string[] {
  const problems: string[] = [];
  const facts = inventory.map((entry) => ({ entry, facts: itemFacts(entry) }));
  facts.forEach(({ entry, facts: f }, i) => {
    if (!f) return problems.push(`No SRD item "${entry.item}"${entry.base ? ` made from "${entry.base}"` : ''}`);
    if (f.magic && !baseFits(f)) problems.push(`${f.name} needs the ${f.magic.category} it is made from`);
    const scroll = scrollProblem(entry, f);
    if (scroll) problems.push(scroll);
    if (!f.magic && entry.base !== null) problems.push(`${f.name} is not made from another item`);
    if (inventory.findIndex((other) => sameStack(other, entry)) !== i) problems.push(`${f.name} is listed twice`);
    if (entry.equipped && !canEquip(f)) problems.push(`${f.name} cannot be worn or held`);
    if (entry.attuned && !f.requiresAttunement) problems.push(`${f.name} needs no attunement`);
    if (entry.attuned && f.magic && !mayAttune(f.magic, who)) problems.push(`Only ${f.magic.attunement!.by.join(' or ')} may attune to ${f.name}`);
    if (entry.charges !== null && (f.maxCharges === null || entry.charges > f.maxCharges)) problems.push(`${f.name} cannot hold ${entry.charges} charges`);
    // A kit's uses left uncounted are all still there; a magic item's charges must be counted.
    if (entry.charges === null && f.maxCharges !== null && f.magic) problems.push(`${f.name} needs its charges counted`);
  });
  const worn = facts.filter(({ entry, facts: f }) => entry.equipped && f?.armor);
  if (worn.filter(({ facts: f }) => f!.armor!.armor.category !== 'shield').length > 1) problems.push('Only one suit of armour can be worn at a time');
  if (worn.filter(({ facts: f }) => f!.armor!.armor.category === 'shield').length > 1) problems.push('Only one shield can be carried in use at a time');
  const attuned = inventory.filter((e) => e.attuned).length;
  if (attuned > MAX_ATTUNED) problems.push(`A creature can be attuned to at most ${MAX_ATTUNED} magic items, not ${attuned}`);
  return problems;
}
