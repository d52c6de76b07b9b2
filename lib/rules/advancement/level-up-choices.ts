import { z } from 'zod';
import { abilities } from '../abilities';
import { expertiseSchema, type Build, type HitPointGain } from '../sheet/build';
import type { CharacterSpells } from '../sheet/spellbook';
import { idSchema } from '../srd/common';
import type { LevelUpOffer, LevelUpPick } from './level-up-offer';

/**
 * A player's choices for their next level, as the level-up screen sends
 * them: the hit point method (the table rolls the die, or the average),
 * and a pick for every choice the offer makes. Nothing here is a number
 * the rules own: an improvement names abilities (+2 to one, +1 to two).
 */
export const levelUpChoicesSchema = z.strictObject({
  hitPoints: z.enum(['average', 'roll']),
  subclass: idSchema.optional(),
  improvement: z.partialRecord(z.enum(abilities), z.union([z.literal(1), z.literal(2)])).optional(),
  /** Options for features gained at this level, by feature id. */
  features: z.record(idSchema, z.array(z.string().min(1).max(80)).min(1).max(20)).optional(),
  expertise: z.array(expertiseSchema).max(4).optional(),
  spells: z
    .strictObject({
      cantrips: z.array(idSchema).max(4).optional(),
      /** Spells learned, or written into a wizard's spellbook. */
      learn: z.array(idSchema).max(4).optional(),
      /** A known caster's one swap at a level-up. */
      replace: z.strictObject({ forget: idSchema, learn: idSchema }).optional(),
      /** A prepared caster's new preparation, whole. */
      prepared: z.array(idSchema).max(40).optional(),
    })
    .optional(),
});
export type LevelUpChoices = z.infer<typeof levelUpChoicesSchema>;

function pickProblems(what: string, pick: LevelUpPick | null, chosen: readonly string[] | undefined): string[] {
  const made = chosen ?? [];
  if (!pick || pick.choose === 0) return made.length ? [`This level offers no ${what} to choose`] : [];
  const offered = new Set(pick.options.map((o) => o.id));
  const wrong = made.filter((id) => !offered.has(id));
  if (wrong.length) return [`${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not among the ${what} offered`];
  if (new Set(made).size !== made.length) return [`The ${what} chosen repeat one`];
  const choose = Math.min(pick.choose, pick.options.length);
  return made.length === choose ? [] : [`Choose ${choose} ${what}, not ${made.length}`];
}

/**
 * What is wrong with choices against what the level offers: every choice
 * made in full from its options, and nothing chosen that is not offered.
 */
export function choiceProblems(offer: LevelUpOffer, choices: LevelUpChoices): string[] {
  const problems = [
    ...pickProblems('subclass', offer.subclass, choices.subclass === undefined ? undefined : [choices.subclass]),
    ...pickProblems('expertise', offer.expertise, choices.expertise),
    ...pickProblems('cantrips', offer.spells.cantrips, choices.spells?.cantrips),
    ...pickProblems('spells to learn', offer.spells.known, choices.spells?.learn),
  ];
  for (const feature of offer.features) problems.push(...pickProblems(`${feature.name} options`, feature, choices.features?.[feature.id]));
  const unoffered = Object.keys(choices.features ?? {}).filter((id) => !offer.features.some((f) => f.id === id));
  if (unoffered.length) problems.push(`This level offers no choice for ${unoffered.join(', ')}`);
  const raised = Object.entries(choices.improvement ?? {});
  if (offer.improvement) {
    const total = raised.reduce((sum, [, n]) => sum + (n ?? 0), 0);
    if (total !== 2) problems.push('An ability score improvement adds 2 in all: +2 to one ability, or +1 to two');
    for (const [ability, n] of raised) if (offer.improvement.scores[ability as keyof typeof offer.improvement.scores] + (n ?? 0) > 20) problems.push(`${ability} cannot rise past 20`);
  } else if (raised.length) problems.push('This level brings no ability score improvement');
  const replace = choices.spells?.replace;
  if (replace && !offer.spells.known?.mayReplace) problems.push('Only a caster who learns spells one by one may swap one at a level-up');
  if (replace && !offer.spells.known?.options.some((o) => o.id === replace.learn)) problems.push(`${replace.learn} is not a spell that can be learned at this level`);
  if (choices.spells?.prepared && !offer.spells.prepared) problems.push('This character does not prepare spells');
  return problems;
}

/** The build at the next level with the choices made and the hit points gained. */
export function chosenBuild(build: Build, choices: LevelUpChoices, gain: HitPointGain): Build {
  const features = { ...build.class.features };
  for (const [id, added] of Object.entries(choices.features ?? {})) features[id] = [...(features[id] ?? []), ...added];
  const improvement = choices.improvement && Object.keys(choices.improvement).length ? [{ level: gain.level, increases: choices.improvement }] : [];
  return {
    ...build,
    level: gain.level,
    class: {
      ...build.class,
      subclass: choices.subclass ?? build.class.subclass,
      expertise: [...build.class.expertise, ...(choices.expertise ?? [])],
      features,
    },
    improvements: [...build.improvements, ...improvement],
    hitPoints: [...build.hitPoints, gain],
  };
}

/** The character's spells with what the level-up learns, swaps and prepares. */
export function chosenSpells(spells: CharacterSpells, choices: LevelUpChoices): CharacterSpells {
  const picked = choices.spells ?? {};
  const swap = picked.replace;
  const known = [...spells.known.filter((id) => id !== swap?.forget), ...(swap && spells.known.includes(swap.forget) ? [swap.learn] : []), ...(picked.learn ?? [])];
  return { cantrips: [...spells.cantrips, ...(picked.cantrips ?? [])], known, prepared: picked.prepared ?? spells.prepared };
}
