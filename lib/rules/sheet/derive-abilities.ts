import { abilities, abilityModifier, type Ability } from '../abilities';
import { ancestryProfile } from '../srd/ancestries';
import type { AbilityScores, Build } from './build';
import { modifiersOf, type Effect } from './effects';
import type { ItemFacts } from './items';

/** The most an improvement may raise a score to; Primal Champion raises the cap for Strength and Constitution. */
const SCORE_CAP = 20;
const CHAMPION_CAP = 24;

/** Increases an ancestry and subrace give, with a half-elf's chosen +1s. */
export function ancestryIncreases(build: Pick<Build, 'ancestry'>): Record<Ability, number> {
  const { id, subrace, draconicAncestry, abilityChoices } = build.ancestry;
  const profile = ancestryProfile(id, { subrace: subrace ?? undefined, draconicAncestry: draconicAncestry ?? undefined });
  const increases = Object.fromEntries(abilities.map((a) => [a, 0])) as Record<Ability, number>;
  for (const { ability, bonus } of profile.abilityBonuses) increases[ability] += bonus;
  const choiceBonus = profile.abilityChoice?.bonus ?? 0;
  for (const ability of abilityChoices) increases[ability] += choiceBonus;
  return increases;
}

/**
 * Ability scores: the base scores, plus ancestry increases (unless the
 * scores were written as final) and improvements, which cannot push a
 * score past 20; then Primal Champion; then items and effects that set a
 * score (Gauntlets of Ogre Power make Strength 19 unless it is higher).
 */
export function abilityScores(build: Build, features: ReadonlySet<string>, workingItems: readonly ItemFacts[], effects: readonly Effect[]): AbilityScores {
  const ancestry = build.abilities.method === 'fixed' ? null : ancestryIncreases(build);
  const scores = {} as AbilityScores;
  for (const ability of abilities) {
    const base = build.abilities.scores[ability];
    const improved = build.improvements.reduce((sum, i) => sum + (i.increases[ability] ?? 0), 0);
    const raised = base + (ancestry?.[ability] ?? 0) + improved;
    scores[ability] = raised > base ? Math.min(raised, Math.max(SCORE_CAP, base)) : raised;
  }
  if (features.has('primal-champion')) {
    for (const ability of ['str', 'con'] as const) scores[ability] = Math.max(scores[ability], Math.min(scores[ability] + 4, CHAMPION_CAP));
  }
  const set = [
    ...workingItems.flatMap((f) => f.effects.flatMap((e) => (e.kind === 'set ability score' && e.hours === undefined ? [{ ability: e.ability, score: e.score }] : []))),
    ...modifiersOf(effects, 'ability score'),
  ];
  for (const { ability, score } of set) scores[ability] = Math.max(scores[ability], score);
  return scores;
}

/** Each ability's modifier. */
export function modifiers(scores: AbilityScores): Record<Ability, number> {
  return Object.fromEntries(abilities.map((a) => [a, abilityModifier(scores[a])])) as Record<Ability, number>;
}
