import { featuresAt, getFeature } from '../srd/classes';
import { xpForLevel } from '../srd/progression';
import type { Build } from './build';
import { buildProblems, improvementLevels, subclassLevel } from './build-rules';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What a level-up may change: the level goes up by one, with the XP for
 * it; one hit point entry is added for the new level; the choices the new
 * level brings are made (a subclass at the class's subclass level, an
 * ability score improvement where the class grants one, the options of
 * features gained, new expertise); nothing chosen before changes; and
 * the new build is one the rules allow at all (buildProblems).
 */
export function levelUpProblems(before: Build, after: Build, xp: number): string[] {
  const level = before.level + 1;
  if (after.level !== level) return [`A level-up takes a level ${before.level} character to level ${level}, not ${after.level}`];
  const problems = buildProblems(after);
  if (xp < xpForLevel(level)) problems.push(`Level ${level} needs ${xpForLevel(level)} XP, not ${xp}`);
  for (const part of ['ancestry', 'background', 'abilities'] as const) {
    if (!same(before[part], after[part])) problems.push(`A level-up does not change the ${part === 'abilities' ? 'base ability scores' : part}`);
  }
  if (before.class.id !== after.class.id || !same(before.class.skills, after.class.skills)) problems.push('A level-up does not change the class or its skills');
  if (before.class.subclass !== null && after.class.subclass !== before.class.subclass) problems.push('A subclass, once chosen, stays');
  if (after.class.subclass === null && level >= subclassLevel(after.class.id)) problems.push(`Level ${level} chooses a subclass`);
  if (!same(before.hitPoints, after.hitPoints.slice(0, -1)) || after.hitPoints.at(-1)?.level !== level) problems.push(`A level-up adds hit points for level ${level} and keeps the rest`);
  const added = after.improvements.slice(before.improvements.length);
  if (!same(before.improvements, after.improvements.slice(0, before.improvements.length)) || added.some((i) => i.level !== level)) problems.push('Earlier ability score improvements stay as taken');
  if (improvementLevels(after.class.id).includes(level) && added.length !== 1) problems.push(`Level ${level} brings an ability score improvement to take`);
  const gained = featuresAt(after.class.id, level, after.class.subclass ?? undefined).filter((f) => f.options);
  for (const [id, chosen] of Object.entries(before.class.features)) {
    // Options counted by a class column (eldritch invocations) may grow at any level.
    const grows = getFeature(id)?.options?.choose === null && chosen.every((o, i) => after.class.features[id]?.[i] === o);
    if (!same(after.class.features[id], chosen) && !grows) problems.push(`The choice made for ${id} stays`);
  }
  for (const f of gained.filter((g) => !g.id.includes('expertise') && g.options!.choose !== null)) {
    if ((after.class.features[f.id]?.length ?? 0) !== f.options!.choose) problems.push(`Level ${level} chooses ${f.options!.choose} for ${f.name}`);
  }
  const newExpertise = gained.filter((g) => g.id.includes('expertise')).reduce((n, g) => n + (g.options!.choose ?? 0), 0);
  const keptExpertise = before.class.expertise.every((e) => after.class.expertise.includes(e));
  if (!keptExpertise || after.class.expertise.length !== before.class.expertise.length + newExpertise) problems.push(`Level ${level} adds ${newExpertise} expertise and keeps the rest`);
  return problems;
}
