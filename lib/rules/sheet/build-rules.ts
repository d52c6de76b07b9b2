import type { z } from 'zod';
import { abilities, skills as allSkills, type Skill } from '../abilities';
import { getAncestry, getBackground, getSubrace, getTrait } from '../srd/ancestries';
import type { RacialTrait } from '../srd/ancestry-schema';
import { featuresThrough, getClass, getSubclass, type Feature } from '../srd/classes';
import type { Build } from './build';

/** Points each score costs under the point-buy method (8 to 15). */
const pointCost: Record<number, number> = { 8: 0, 9: 1, 10: 2, 11: 3, 12: 4, 13: 5, 14: 7, 15: 9 };
export const POINT_BUY_BUDGET = 27;
export const STANDARD_ARRAY = [15, 14, 13, 12, 10, 8] as const;

/** The first level at which a subclass has features: the level its class chooses it. */
export function subclassLevel(classId: string): number {
  return getClass(classId)?.subclasses[0]?.levels[0]?.level ?? 3;
}

/** Class levels that grant an ability score improvement. */
export function improvementLevels(classId: string): number[] {
  return getClass(classId)?.levels.filter((l) => l.abilityScoreImprovement).map((l) => l.level) ?? [];
}

/** Class features through the build's level that offer options (a fighting style, a favoured enemy...). */
export function featuresWithOptions(build: Build): Feature[] {
  return featuresThrough(build.class.id, build.level, build.class.subclass ?? undefined).filter((f) => f.options);
}

const isExpertise = (f: Feature) => f.id.includes('expertise');

/** The racial traits of a build's ancestry and subrace. */
export function ancestryTraits(build: Pick<Build, 'ancestry'>): RacialTrait[] {
  const ids = [...(getAncestry(build.ancestry.id)?.traits ?? []), ...(build.ancestry.subrace ? (getSubrace(build.ancestry.subrace)?.traits ?? []) : [])];
  return ids.flatMap((t) => getTrait(t) ?? []);
}

/** How many skills of a list an ancestry lets its owner choose (a half-elf's Skill Versatility), if any. */
export function ancestrySkillChoice(build: Pick<Build, 'ancestry'>): { choose: number; from: Skill[] } | null {
  for (const { proficiencyChoice: pick } of ancestryTraits(build)) {
    if (pick && pick.from !== 'any' && pick.from.every((s) => (allSkills as readonly string[]).includes(s))) return { choose: pick.choose, from: pick.from as Skill[] };
  }
  return null;
}

function abilityProblems(build: Build): string[] {
  const { method, scores, rolls } = build.abilities;
  const values = abilities.map((a) => scores[a]);
  if (method === 'standard-array') {
    const sorted = [...values].sort((a, b) => b - a);
    return sorted.every((v, i) => v === STANDARD_ARRAY[i]) ? [] : [`Standard-array scores must be ${STANDARD_ARRAY.join(', ')} in some order`];
  }
  if (method === 'point-buy') {
    if (values.some((v) => pointCost[v] === undefined)) return ['Point-buy scores must each be 8 to 15'];
    const spent = values.reduce((sum, v) => sum + pointCost[v]!, 0);
    return spent > POINT_BUY_BUDGET ? [`Point-buy scores cost ${spent} points, more than ${POINT_BUY_BUDGET}`] : [];
  }
  if (method === 'rolled') {
    if (values.some((v) => v < 3 || v > 18)) return ['Rolled scores must each be 3 to 18'];
    if (rolls.length === 0) return [];
    const rolled = rolls.map((r) => r.total).sort((a, b) => a - b);
    const used = [...values].sort((a, b) => a - b);
    return rolled.length === 6 && rolled.every((v, i) => v === used[i]) ? [] : ['Rolled scores must be the six totals rolled'];
  }
  return [];
}

function ancestryProblems(build: Build): string[] {
  const { id, subrace, draconicAncestry, abilityChoices, skills, cantrip } = build.ancestry;
  const ancestry = getAncestry(id);
  if (!ancestry) return [`No SRD ancestry "${id}"`];
  const problems: string[] = [];
  if (subrace === null && ancestry.subraces.length > 0) problems.push(`A ${ancestry.name} needs a subrace (${ancestry.subraces.join(', ')})`);
  if (subrace !== null && getSubrace(subrace)?.ancestry !== id) problems.push(`"${subrace}" is not a ${ancestry.name} subrace`);
  const lineage = ancestry.traits.map(getTrait).find((t) => t?.optionChoice);
  if (lineage && !lineage.optionChoice!.from.includes(draconicAncestry ?? '')) problems.push(`A ${ancestry.name} needs a draconic ancestry`);
  if (!lineage && draconicAncestry !== null) problems.push(`A ${ancestry.name} has no draconic ancestry`);
  const choice = ancestry.abilityChoice;
  if (abilityChoices.some((a) => !choice?.from.includes(a)) || new Set(abilityChoices).size !== abilityChoices.length) {
    problems.push(`A ${ancestry.name} cannot raise ${abilityChoices.join(' and ') || 'those abilities'} by choice`);
  }
  const skillPick = ancestrySkillChoice(build);
  if (skills.some((s) => !skillPick?.from.includes(s)) || new Set(skills).size !== skills.length) problems.push(`A ${ancestry.name} cannot choose the skills ${skills.join(', ')}`);
  const spellPick = ancestryTraits(build).find((t) => t.spellChoice)?.spellChoice;
  if (cantrip !== null && (spellPick?.from === 'any' || !spellPick?.from.includes(cantrip))) problems.push(`A ${ancestry.name} cannot choose the cantrip "${cantrip}"`);
  return problems;
}

function classProblems(build: Build): string[] {
  const cls = getClass(build.class.id);
  if (!cls) return [`No SRD class "${build.class.id}"`];
  const problems: string[] = [];
  const { subclass, skills, features } = build.class;
  if (subclass !== null) {
    if (getSubclass(subclass)?.classId !== cls.id) problems.push(`"${subclass}" is not a ${cls.name} subclass`);
    else if (build.level < subclassLevel(cls.id)) problems.push(`A ${cls.name} chooses a subclass at level ${subclassLevel(cls.id)}`);
  }
  if (skills.some((s) => !cls.skillChoice.from.includes(s))) problems.push(`A ${cls.name} chooses skills from ${cls.skillChoice.from.join(', ')}`);
  if (skills.length > cls.skillChoice.choose) problems.push(`A ${cls.name} chooses ${cls.skillChoice.choose} skills`);
  if (problems.length) return problems;
  const offered = new Map(featuresWithOptions(build).map((f) => [f.id, f]));
  for (const [featureId, chosen] of Object.entries(features)) {
    const feature = offered.get(featureId);
    if (!feature) problems.push(`A level ${build.level} ${cls.name} has no feature "${featureId}" to choose for`);
    else if (chosen.some((o) => !feature.options!.from.includes(o)) || new Set(chosen).size !== chosen.length) problems.push(`${feature.name} offers ${feature.options!.from.join(', ')}`);
    else if (feature.options!.choose !== null && chosen.length > feature.options!.choose) problems.push(`${feature.name} offers ${feature.options!.choose} choice(s)`);
  }
  return problems;
}

function progressionProblems(build: Build): string[] {
  const problems: string[] = [];
  const levels = improvementLevels(build.class.id);
  const seen = new Set<number>();
  for (const { level, increases } of build.improvements) {
    const total = Object.values(increases).reduce((sum, n) => sum + (n ?? 0), 0);
    if (!levels.includes(level) || level > build.level || seen.has(level)) problems.push(`No ability score improvement to take at level ${level}`);
    if (total !== 2) problems.push(`An ability score improvement adds 2 in all (+2, or +1 and +1), not ${total}`);
    seen.add(level);
  }
  const die = getClass(build.class.id)?.hitDie ?? 12;
  const gains = build.hitPoints;
  if (gains.length !== build.level - 1 || gains.some((g, i) => g.level !== i + 2)) problems.push(`Hit points need one entry for each of levels 2 to ${build.level}`);
  if (gains.some((g) => g.method === 'rolled' && g.roll > die)) problems.push(`A d${die} hit die cannot roll more than ${die}`);
  return problems;
}

/**
 * What no build may break, whoever wrote it: ids that exist and fit
 * together, scores the method allows, one hit point entry per level,
 * improvements where the class grants them, options the features offer.
 * Part of the character schema, so a patch cannot break them either.
 */
export function buildProblems(build: Build): string[] {
  const problems = [...classProblems(build), ...ancestryProblems(build), ...abilityProblems(build), ...progressionProblems(build)];
  if (!getBackground(build.background.id)) problems.push(`No SRD background "${build.background.id}"`);
  return problems;
}

/** Adds buildProblems as schema issues under `path`. */
export function refineBuild(build: Build, ctx: z.RefinementCtx, path: PropertyKey[] = ['build']): void {
  for (const message of buildProblems(build)) ctx.addIssue({ code: 'custom', message, path });
}

/**
 * What a finished character still lacks under the character-creation
 * rules: choices not yet made or of the wrong number. Characters kept
 * from before sheets had builds may lack some; the character builder and
 * level-up refuse a build with any.
 */
export function buildIssues(build: Build): string[] {
  const issues: string[] = [];
  const cls = getClass(build.class.id);
  const ancestry = getAncestry(build.ancestry.id);
  if (!cls || !ancestry) return buildProblems(build);
  if (build.class.skills.length !== cls.skillChoice.choose) issues.push(`Choose ${cls.skillChoice.choose} ${cls.name} skills`);
  if (build.abilities.method !== 'fixed' && ancestry.abilityChoice && build.ancestry.abilityChoices.length !== ancestry.abilityChoice.choose) {
    issues.push(`Choose ${ancestry.abilityChoice.choose} abilities for the ${ancestry.name} to raise`);
  }
  const skillPick = ancestrySkillChoice(build);
  if (skillPick && build.ancestry.skills.length !== skillPick.choose) issues.push(`Choose ${skillPick.choose} skills for the ${ancestry.name}`);
  if (ancestryTraits(build).some((t) => t.spellChoice) && !build.ancestry.cantrip) issues.push('Choose a cantrip');
  const custom = build.background.skills;
  if (custom !== null && (custom.length !== 2 || new Set(custom).size !== 2)) issues.push('A customised background gives two different skills');
  if (build.class.subclass === null && build.level >= subclassLevel(cls.id)) issues.push(`Choose a ${cls.subclasses[0]?.flavor ?? 'subclass'}`);
  const options = featuresWithOptions(build);
  for (const f of options.filter((o) => !isExpertise(o) && o.options!.choose !== null)) {
    if ((build.class.features[f.id]?.length ?? 0) !== f.options!.choose) issues.push(`Choose ${f.options!.choose} for ${f.name}`);
  }
  const expertise = options.filter(isExpertise).reduce((sum, f) => sum + (f.options!.choose ?? 0), 0);
  if (build.class.expertise.length !== expertise || new Set(build.class.expertise).size !== expertise) issues.push(`Choose ${expertise} different expertise`);
  const due = improvementLevels(cls.id).filter((l) => l <= build.level);
  if (due.some((l) => !build.improvements.some((i) => i.level === l))) issues.push(`Take an ability score improvement at level ${due.join(', ')}`);
  return issues;
}
