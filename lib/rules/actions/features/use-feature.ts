import type { TurnContext } from '../../turn-context';
import { RuleViolation } from '../../rule-violation';
import { getFeature, type Feature } from '../../srd/classes';
import { featureResourceData } from '../../srd/feature-resource-data';
import { isCharacter } from '../../state';
import { actionSurge } from './action-surge';
import { bardicInspiration } from './bardic-inspiration';
import { cunningAction } from './cunning-action';
import { divineSmite } from './divine-smite';
import { featureName, spend, spendTurnPart, type FeatureOutcome, type FeatureUse, type UseFeatureInput } from './feature-use';
import { findOwnFeature } from './find-feature';
import { layOnHands, preserveLife, secondWind } from './healing-features';
import { flurryOfBlows, patientDefense, stepOfTheWind } from './ki';
import { rage } from './rage';
import { slotRecovery } from './slot-recovery';
import { turnUndead } from './turn-undead';

type Handler = (use: FeatureUse) => FeatureOutcome;

/**
 * Features whose effect is the DM's to narrate (what Divine Sense reveals,
 * the beast a druid becomes): the rules spend the action and the use, and
 * nothing else.
 */
function narrated(what: string): Handler {
  return (use) => {
    spendTurnPart(use, 'action');
    const spent = spend(use, use.feature.id, 1, featureName(use.feature));
    return { outcome: `${use.user.name} uses ${featureName(use.feature)} (spent ${spent}); ${what}` };
  };
}

/** The rules for using each feature, by the first feature id of its line. */
const handlers: Record<string, Handler> = {
  'second-wind': secondWind,
  'action-surge-1-use': actionSurge,
  rage,
  'lay-on-hands': layOnHands,
  'divine-smite': divineSmite,
  'bardic-inspiration-d6': bardicInspiration,
  'channel-divinity-turn-undead': turnUndead,
  'channel-divinity-preserve-life': preserveLife,
  'flurry-of-blows': flurryOfBlows,
  'patient-defense': patientDefense,
  'step-of-the-wind': stepOfTheWind,
  'arcane-recovery': slotRecovery,
  'natural-recovery': slotRecovery,
  'cunning-action': cunningAction,
  'divine-sense': narrated('what it senses is the DM\'s to tell'),
  'wild-shape-cr-1-4-or-below-no-flying-or-swim-speed': narrated('the beast form is the DM\'s to play: the engine keeps the druid\'s own sheet'),
};

/** Why features that are not used by a call cannot be, in words the model can act on. */
const notCalled: Record<string, string> = {
  'sneak-attack': 'Sneak Attack is never called for: an attack adds its dice when its conditions hold (a finesse or ranged weapon, advantage or an ally beside the target), once a turn',
  ki: 'Ki is spent through Flurry of Blows, Patient Defense or Step of the Wind',
};

/** The first feature of the line a feature belongs to (Action Surge (2 uses) → Action Surge (1 use)). */
function lineHead(featureId: string): string {
  return featureResourceData.find((e) => e.features.includes(featureId))?.features[0] ?? featureId;
}

/** Channel Divinity named by itself: the option says which of the character's channels. */
function channel(use: FeatureUse, owned: Feature): Feature {
  if (!/^channel-divinity-\d-rest$/.test(owned.id)) return owned;
  const option = use.input.option;
  if (!option) throw new RuleViolation('Say which Channel Divinity to use (for example "turn undead")');
  const chosen = findOwnFeature(use.user, option);
  if (!chosen.id.startsWith('channel-divinity-')) throw new RuleViolation(`${chosen.name} is not a Channel Divinity`);
  return chosen;
}

/**
 * Uses a class feature: the character must have it at its level, act on
 * its turn, have the action or bonus action it takes, and have uses or
 * points left; the feature's rules then decide every number. Each feature
 * resolves in a module of its own.
 */
export function useFeature(turn: TurnContext, input: UseFeatureInput): FeatureOutcome & { characterId: string; feature: string; featureId: string } {
  const actor = turn.actor(input.characterId);
  if (!isCharacter(actor)) throw new RuleViolation(`${actor.name} has no class features; creatures act by their stat block`);
  const named = findOwnFeature(actor, input.feature);
  const feature = channel({ turn, user: actor, feature: named, input }, named);
  const head = lineHead(feature.id);
  const handler = handlers[head];
  if (!handler) {
    const passive = featureResourceData.find((e) => e.features.includes(feature.id))?.action === 'passive';
    const why = notCalled[head] ?? (passive ? `${featureName(feature)} works on its own: the sheet and the rolls apply it` : `the rules have no use of ${featureName(feature)} to resolve; it is the DM's to narrate`);
    throw new RuleViolation(`${actor.name} cannot use ${featureName(feature)} this way: ${why}`);
  }
  const outcome = handler({ turn, user: actor, feature: getFeature(feature.id) ?? feature, input });
  return { characterId: actor.id, feature: featureName(feature), featureId: feature.id, ...outcome };
}
