import classesFile from '../data/classes.json';
import { classesFileSchema, type CharacterClass, type ClassFeature, type ClassLevel, type Subclass } from './class-schema';
import { lazy } from './common';
import { NameIndex } from './names';

const data = lazy(() => {
  const classes = classesFileSchema.parse(classesFile).classes;
  const features = classes.flatMap((c) => c.features.map((f) => ({ ...f, classId: c.id })));
  return {
    classes,
    byId: new Map(classes.map((c) => [c.id, c])),
    subclasses: new Map(classes.flatMap((c) => c.subclasses.map((s) => [s.id, { ...s, classId: c.id }] as const))),
    features: new Map(features.map((f) => [f.id, f])),
    names: new NameIndex(classes, (c) => c.name),
  };
});

/** A class feature with the class it belongs to. */
export type Feature = ClassFeature & { classId: string };

export function allClasses(): readonly CharacterClass[] {
  return data().classes;
}

export function getClass(id: string): CharacterClass | undefined {
  return data().byId.get(id);
}

export function findClass(name: string): CharacterClass | undefined {
  return data().names.find(name);
}

export function getSubclass(id: string): (Subclass & { classId: string }) | undefined {
  return data().subclasses.get(id);
}

export function getFeature(id: string): Feature | undefined {
  return data().features.get(id);
}

function requireClass(classId: string): CharacterClass {
  const found = getClass(classId);
  if (!found) throw new RangeError(`No SRD class "${classId}"`);
  return found;
}

function requireLevel(level: number): void {
  if (!Number.isInteger(level) || level < 1 || level > 20) throw new RangeError(`Class level must be 1 to 20, not ${level}`);
}

/** One row of a class's table. Throws for an unknown class or a level outside 1–20. */
export function classLevel(classId: string, level: number): ClassLevel {
  requireLevel(level);
  return requireClass(classId).levels[level - 1]!;
}

const noSlots: readonly number[] = Object.freeze([0, 0, 0, 0, 0, 0, 0, 0, 0]);

/**
 * Spell slots of levels 1–9 at a class level (`slotsFor('wizard', 5)` →
 * 4, 3, 2, 0…). All zeros for classes without spells; a warlock's are its
 * pact slots at their level (see pactSlotsFor).
 */
export function slotsFor(classId: string, level: number): readonly number[] {
  return classLevel(classId, level).slots ?? noSlots;
}

/**
 * A pact caster's slots: how many, and the one level they are all cast at;
 * unlike other slots they return on a short rest as well as a long one.
 * Null for other classes.
 */
export function pactSlotsFor(classId: string, level: number): { count: number; slotLevel: number } | null {
  if (requireClass(classId).spellcasting?.progression !== 'pact') return null;
  const slots = slotsFor(classId, level);
  const index = slots.findIndex((n) => n > 0);
  return index < 0 ? null : { count: slots[index]!, slotLevel: index + 1 };
}

/** The features a class (and, if given, its subclass) grants at exactly this level, in table order. */
export function featuresAt(classId: string, level: number, subclassId?: string): Feature[] {
  const ids = [...classLevel(classId, level).features];
  if (subclassId) {
    const sub = getSubclass(subclassId);
    if (!sub || sub.classId !== classId) throw new RangeError(`"${subclassId}" is not a ${classId} subclass`);
    ids.push(...(sub.levels.find((l) => l.level === level)?.features ?? []));
  }
  return ids.flatMap((id) => getFeature(id) ?? []);
}

/** Every feature gained from level 1 through `level`. */
export function featuresThrough(classId: string, level: number, subclassId?: string): Feature[] {
  requireLevel(level);
  return Array.from({ length: level }, (_, i) => featuresAt(classId, i + 1, subclassId)).flat();
}

/**
 * A class-table column at a level (`rageCount`, `sneakAttack`, `kiPoints`,
 * `martialArts`, `extraAttacks`…), or a subclass's own column. Undefined
 * when the class has no such column.
 */
export function columnAt(classId: string, level: number, column: string, subclassId?: string) {
  const sub = subclassId ? getSubclass(subclassId)?.levels.filter((l) => l.level <= level).at(-1)?.columns[column] : undefined;
  return sub ?? classLevel(classId, level).columns[column];
}
