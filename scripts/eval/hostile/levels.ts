import type { Character } from '@/lib/rules/state';
import type { BuildInput } from '@/lib/rules/sheet/build';
import { improvementLevels, subclassLevel } from '@/lib/rules/sheet/build-rules';
import { featuresAt, getClass } from '@/lib/rules/srd/classes';
import { xpForLevel } from '@/lib/rules/srd/progression';

type Built = Extract<Character, { build: BuildInput }>;

/**
 * A ready-made level 1 character raised to a higher level for a case's
 * table, as a player levelling by the book might: average hit points, the
 * XP the level needs, the class's first SRD subclass when it is due, and
 * the first options of features those levels bring. Levels that bring an
 * ability score improvement or expertise need choices this does not make,
 * and are refused.
 */
export function atLevel(character: Character, level: number): Character {
  if (!('build' in character) || !character.build) throw new Error(`${character.id} has no build to level`);
  const built = character as Built;
  const build = built.build;
  const classId = build.class.id;
  if (level < build.level || level > 20) throw new Error(`${character.id} cannot go from level ${build.level} to ${level}`);
  let subclass = build.class.subclass ?? null;
  const features = { ...build.class.features };
  const hitPoints = [...(build.hitPoints ?? [])];
  for (let l = build.level + 1; l <= level; l++) {
    if (improvementLevels(classId).includes(l)) throw new Error(`level ${l} of ${classId} brings an ability score improvement to choose`);
    if (subclass === null && l >= subclassLevel(classId)) subclass = getClass(classId)?.subclasses[0]?.id ?? null;
    for (const f of featuresAt(classId, l, subclass ?? undefined)) {
      if (!f.options) continue;
      if (f.id.includes('expertise')) throw new Error(`level ${l} of ${classId} brings expertise to choose`);
      if (f.options.choose !== null) features[f.id] = f.options.from.slice(0, f.options.choose);
    }
    hitPoints.push({ level: l, method: 'average' });
  }
  return { ...built, xp: Math.max(built.xp ?? 0, xpForLevel(level)), build: { ...build, level, class: { ...build.class, subclass, features }, hitPoints } };
}
