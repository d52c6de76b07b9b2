import { effectiveMaxHp } from '../../combatant';
import { creatureKind } from '../../creature-type';
import { distanceFeet } from '../../grid';
import { healPatches } from '../../healing';
import { RuleViolation } from '../../rule-violation';
import { endEffectsPatches } from '../../sheet/effect-patches';
import { featureResource } from '../../srd/feature-resources';
import type { Combatant } from '../../state';
import { featureName, remaining, resourceOf, spend, spendTurnPart, targetOf, type FeatureOutcome, type FeatureUse } from './feature-use';

/** The creatures healing features pass over, as the refusal names them. */
const unliving = { undead: 'the undead', construct: 'constructs' } as const;

/** Lay on Hands: curing a disease or a poison takes 5 points of the pool. */
const CURE_COST = 5;

/** Refuses a target further than `feet` from the user, when both stand on the map. */
export function assertWithin(use: FeatureUse, target: Combatant, feet: number): void {
  const { user } = use;
  if (!user.position || !target.position || target.id === user.id) return;
  const distance = distanceFeet(user.position, target.position);
  if (distance > feet) throw new RuleViolation(`${target.name} is ${distance} ft from ${user.name}; ${featureName(use.feature)} reaches ${feet === 5 ? 'only by touch' : `${feet} ft`}`);
}

function healed(use: FeatureUse, target: Combatant, amount: number): Pick<FeatureOutcome, 'healed' | 'hp'> {
  use.turn.commit(healPatches(target, amount));
  const hp = use.turn.combatant(target.id).hp;
  return { healed: hp - target.hp, hp };
}

/** Second Wind: a bonus action that heals the fighter 1d10 + fighter level, once per short rest. */
export function secondWind(use: FeatureUse): FeatureOutcome {
  if (use.input.targetId !== undefined && use.input.targetId !== use.user.id) throw new RuleViolation('Second Wind heals only the fighter who uses it');
  const dice = resourceOf(use.user, 'second-wind')?.at?.values.healing;
  if (!dice) throw new RuleViolation(`${use.user.name} has no Second Wind`);
  spendTurnPart(use, 'bonus action');
  const spent = spend(use, 'second-wind');
  const roll = use.turn.roll(dice);
  const result = healed(use, use.user, roll.total);
  return { outcome: `${use.user.name} catches a Second Wind: ${roll.text}, +${result.healed} HP (spent ${spent})`, roll: roll.text, ...result };
}

/**
 * Lay on Hands: an action and a touch that restores hit points from a pool
 * of 5 × paladin level, as many as the paladin chooses, or spends 5 of them
 * to cure a poison (diseases are the DM's). No effect on undead or constructs.
 */
export function layOnHands(use: FeatureUse): FeatureOutcome {
  const target = use.turn.living(targetOf(use, false));
  const kind = creatureKind(target);
  if (kind === 'undead' || kind === 'construct') throw new RuleViolation(`Lay on Hands has no effect on ${unliving[kind]}`);
  assertWithin(use, target, 5);
  const pool = resourceOf(use.user, 'lay-on-hands');
  if (!pool) throw new RuleViolation(`${use.user.name} has no Lay on Hands`);
  const left = remaining(use.user, pool.limit);
  if (/\b(cure|poison|disease)\b/i.test(use.input.option ?? '')) {
    if (!target.conditions.includes('poisoned') && !/disease/i.test(use.input.option ?? '')) throw new RuleViolation(`${target.name} is not poisoned`);
    spendTurnPart(use, 'action');
    const spent = spend(use, 'lay-on-hands', CURE_COST);
    const poisoning = target.effects.filter((e) => e.modifiers.some((m) => m.kind === 'condition' && m.condition === 'poisoned'));
    use.turn.commit(endEffectsPatches(use.turn.combatant(target.id), poisoning));
    const still = use.turn.combatant(target.id);
    if (still.conditions.includes('poisoned')) use.turn.commit([{ op: 'character.conditions', characterId: target.id, conditions: still.conditions.filter((k) => k !== 'poisoned') }]);
    return { outcome: `${use.user.name} lays hands on ${target.name} and cures them (spent ${spent})` };
  }
  const points = use.input.points;
  if (points === undefined) throw new RuleViolation(`Say how many of ${use.user.name}'s ${left} Lay on Hands points to spend`);
  const missing = effectiveMaxHp(target) - target.hp;
  if (missing === 0) throw new RuleViolation(`${target.name} is at full hit points`);
  if (points > left) throw new RuleViolation(`${use.user.name} has ${left} Lay on Hands points left, not ${points}; they come back after a long rest`);
  spendTurnPart(use, 'action');
  // Points beyond the wound would heal nothing, so they stay in the pool.
  const spent = spend(use, 'lay-on-hands', Math.min(points, missing));
  const result = healed(use, target, Math.min(points, missing));
  return { outcome: `${use.user.name} lays hands on ${target.name}: +${result.healed} HP (spent ${spent})`, ...result };
}

/**
 * Channel Divinity: Preserve Life: an action that shares 5 × cleric level
 * hit points among creatures within 30 feet, none past half its maximum;
 * not on undead or constructs. Each gets as much as it can take, in order.
 */
export function preserveLife(use: FeatureUse): FeatureOutcome {
  const ids = use.input.targetIds ?? (use.input.targetId ? [use.input.targetId] : []);
  if (ids.length === 0) throw new RuleViolation('Preserve Life needs the creatures to heal');
  const targets = [...new Set(ids)].map((id) => use.turn.living(id));
  for (const t of targets) {
    const kind = creatureKind(t);
    if (kind === 'undead' || kind === 'construct') throw new RuleViolation(`Preserve Life has no effect on ${unliving[kind]}`);
    assertWithin(use, t, 30);
  }
  const pool = Number(featureResource('channel-divinity-preserve-life', use.user.level)?.values.healing);
  if (targets.every((t) => t.hp >= Math.floor(effectiveMaxHp(t) / 2))) throw new RuleViolation('Preserve Life heals only up to half a creature\'s hit point maximum, and everyone named is there already');
  spendTurnPart(use, 'action');
  const spent = spend(use, 'channel-divinity-1-rest', 1, 'Channel Divinity');
  let left = pool;
  const results = targets.map((t) => {
    const share = Math.max(0, Math.min(left, Math.floor(effectiveMaxHp(t) / 2) - t.hp));
    left -= share;
    const done = share > 0 ? healed(use, use.turn.combatant(t.id), share) : { healed: 0, hp: t.hp };
    return { id: t.id, result: `+${done.healed} HP (now ${done.hp})` };
  });
  return { outcome: `${use.user.name} channels divinity to preserve life: ${pool - left} of ${pool} hit points shared (spent ${spent})`, targets: results };
}
