import { RuleViolation } from '../../rule-violation';
import { addEffectPatch } from '../../sheet/effect-patches';
import { assertWithin } from './healing-features';
import { resourceOf, spend, spendTurnPart, targetOf, type FeatureOutcome, type FeatureUse } from './feature-use';

const BARDIC_INSPIRATION = 'bardic-inspiration-d6';

/** How long an inspired creature keeps its die. */
const MINUTES = 10;

/**
 * Bardic Inspiration: a bonus action that gives another creature within 60
 * feet one inspiration die (its size from the class table) to add to one
 * ability check, attack roll or saving throw in the next ten minutes, as
 * an effect the next such roll uses up. A creature holds one at a time;
 * uses equal the Charisma modifier (at least one), back on a long rest, or
 * a short one from level 5.
 */
export function bardicInspiration(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  const target = turn.living(targetOf(use, true));
  if (target.id === user.id) throw new RuleViolation('Bardic Inspiration goes to another creature, not the bard');
  if (target.effects.some((e) => e.source.kind === 'feature' && e.source.id === BARDIC_INSPIRATION)) {
    throw new RuleViolation(`${target.name} already holds a Bardic Inspiration die; a creature has one at a time`);
  }
  assertWithin(use, target, 60);
  const found = resourceOf(user, BARDIC_INSPIRATION);
  const die = found?.at?.values.die;
  if (!found || !die || found.at?.effect?.kind !== 'inspiration die') throw new RuleViolation(`${user.name} has no Bardic Inspiration`);
  spendTurnPart(use, 'bonus action');
  const spent = spend(use, BARDIC_INSPIRATION, 1, 'Bardic Inspiration');
  turn.commit([
    addEffectPatch(target, {
      id: `${BARDIC_INSPIRATION}-${user.id}`,
      source: { kind: 'feature', id: BARDIC_INSPIRATION, by: user.id },
      modifiers: [{ kind: 'roll bonus', dice: die, sign: 1, rolls: found.at.effect.addsTo, once: true }],
      ends: [{ kind: 'minutes', minutes: MINUTES }],
    }),
  ]);
  return { outcome: `${user.name} inspires ${target.name}: a ${die.replace(/^1/, '')} to add to one check, attack or save in the next ten minutes (spent ${spent})`, effect: BARDIC_INSPIRATION };
}
