import type { StatePatch } from '../../patches';
import { RuleViolation } from '../../rule-violation';
import { featureName, resourceOf, spend, type FeatureOutcome, type FeatureUse } from './feature-use';

/** The slot levels asked for: "2", "1, 1", "1+2", "level 2". */
function askedLevels(option: string | undefined): number[] {
  const levels = [...(option ?? '').matchAll(/\d+/g)].map((m) => Number(m[0]));
  if (levels.length === 0) throw new RuleViolation('Say which expended spell slots to recover, by level (for example "1" or "1, 1")');
  return levels;
}

/**
 * Arcane Recovery (and a land druid's Natural Recovery): once a day, as a
 * short rest ends, expended spell slots come back whose levels add up to
 * no more than half the class level (rounded up), none of 6th level or
 * higher. The player chooses which.
 */
export function slotRecovery(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  const name = featureName(use.feature);
  const found = resourceOf(user, use.feature.id);
  const budget = found?.at?.values.slotLevels;
  const effect = found?.at?.effect;
  if (!found || budget === undefined || effect?.kind !== 'slot recovery') throw new RuleViolation(`${user.name} has no ${name}`);
  if (!turn.events.some((e) => e.kind === 'rest' && e.rest === 'short' && e.characterId === user.id)) {
    throw new RuleViolation(`${name} comes as a short rest ends: rest first, in the same action`);
  }
  const levels = askedLevels(use.input.option);
  const total = levels.reduce((sum, l) => sum + l, 0);
  const tooHigh = levels.find((l) => l > effect.maxSlotLevel);
  if (tooHigh) throw new RuleViolation(`${name} cannot recover a level ${tooHigh} slot; none above level ${effect.maxSlotLevel}`);
  if (total > budget) throw new RuleViolation(`${name} recovers slot levels adding up to ${budget} at ${user.name}'s level, not ${total}`);
  const patches: StatePatch[] = [];
  const slots = new Map(user.spellSlots.map((s) => [s.level, { ...s }]));
  for (const level of levels) {
    const slot = slots.get(level);
    if (!slot || slot.remaining >= slot.max) throw new RuleViolation(`${user.name} has no expended level ${level} slot to recover`);
    slot.remaining += 1;
    patches.push({ op: 'character.spellSlot', characterId: user.id, level, remaining: slot.remaining });
  }
  const spent = spend(use, found.limit.featureId, 1, name);
  turn.commit(patches);
  return { outcome: `${user.name} recovers ${levels.map((l) => `a level ${l}`).join(' and ')} spell slot (spent ${spent})` };
}
