import spellsFile from '../data/spells.json';
import { lazy, type DiceAtLevel } from './common';
import { NameIndex, type NameMatch } from './names';
import { spellsFileSchema, type Spell } from './spell-schema';

const data = lazy(() => {
  const spells = spellsFileSchema.parse(spellsFile).spells;
  return { spells, byId: new Map(spells.map((s) => [s.id, s])), names: new NameIndex(spells, (s) => s.name) };
});

/** Every SRD spell, sorted by id. */
export function allSpells(): readonly Spell[] {
  return data().spells;
}

export function getSpell(id: string): Spell | undefined {
  return data().byId.get(id);
}

/** A spell by the name a player or model typed: `findSpell('fireball')`, `findSpell('cure wound')`. */
export function findSpell(name: string): Spell | undefined {
  return data().names.find(name);
}

/** Like findSpell, but says whether the match was exact and what was nearest when nothing matched. */
export function matchSpell(name: string): NameMatch<Spell> {
  return data().names.match(name);
}

/**
 * The spells on a class's list (and its subclass's, if given) from cantrips
 * up to `maxLevel`, by level then name.
 */
export function spellsForClass(classId: string, maxLevel: number, subclassId?: string): Spell[] {
  return data()
    .spells.filter((s) => s.level <= maxLevel && (s.classes.includes(classId) || (!!subclassId && s.subclasses.includes(subclassId))))
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
}

/** The entry of a level table that applies at `level`: the last whose level it has reached. */
export function diceAt(table: readonly DiceAtLevel[], level: number): DiceAtLevel | undefined {
  return [...table].reverse().find((entry) => entry.level <= level);
}

/**
 * A spell's damage when cast with a slot of `level` (levelled spells) or
 * by a caster of character level `level` (cantrips). Undefined when the
 * spell deals no damage, or a slot below the spell's level is asked for.
 */
export function spellDamageAt(spell: Spell, level: number) {
  if (!spell.damage) return undefined;
  if (spell.damage.scaling === 'slot level' && level < spell.level) return undefined;
  const entry = diceAt(spell.damage.dice, level);
  return entry && { dice: entry.dice, type: spell.damage.type, addsModifier: spell.damage.addsModifier };
}

/** A healing spell's dice at a slot level, and whether the caster's modifier is added. */
export function spellHealingAt(spell: Spell, slotLevel: number) {
  if (!spell.healing || slotLevel < spell.level) return undefined;
  const entry = diceAt(spell.healing.dice, slotLevel);
  return entry && { dice: entry.dice, addsModifier: spell.healing.addsModifier };
}
