import { RuleViolation } from '../../rule-violation';
import { addEffectPatch } from '../../sheet/effect-patches';
import type { EffectInput } from '../../sheet/effects';
import { itemFacts } from '../../sheet/items';
import { resourceOf, spend, spendTurnPart, type FeatureOutcome, type FeatureUse } from './feature-use';

const RAGE = 'rage';

/** A minute is ten rounds of a fight. */
const ROUNDS_PER_MINUTE = 10;

/** Whether the character wears heavy armour, in which a rage gives none of its benefits. */
function inHeavyArmor(use: FeatureUse): boolean {
  return use.user.inventory.some((e) => e.equipped && itemFacts(e)?.armor?.armor.category === 'heavy');
}

/**
 * Rage: a bonus action that lasts a minute: the rage damage bonus on melee
 * weapon attacks, resistance to bludgeoning, piercing and slashing damage,
 * and advantage on Strength checks and saving throws, as an effect the
 * sheet and the rolls read. Its uses per long rest come from the class table.
 */
export function rage(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  if (use.input.targetId !== undefined && use.input.targetId !== user.id) throw new RuleViolation('Rage is the barbarian\'s own');
  if (user.effects.some((e) => e.source.kind === 'feature' && e.source.id === RAGE)) throw new RuleViolation(`${user.name} is already raging`);
  if (inHeavyArmor(use)) throw new RuleViolation(`${user.name} wears heavy armour, which leaves a rage none of its benefits`);
  const at = resourceOf(user, RAGE)?.at;
  if (at?.effect?.kind !== 'rage' || at.values.damageBonus === undefined) throw new RuleViolation(`${user.name} cannot rage`);
  spendTurnPart(use, 'bonus action');
  const spent = spend(use, RAGE);
  const combat = turn.state.combat;
  const strength = at.effect.advantageOn;
  const effect: EffectInput = {
    id: RAGE,
    source: { kind: 'feature', id: RAGE, by: user.id },
    modifiers: [
      { kind: 'damage bonus', dice: String(at.values.damageBonus), type: null, on: 'melee weapon attack' },
      { kind: 'resistance', types: at.effect.resistances },
      ...(strength.includes('strength checks') ? [{ kind: 'advantage' as const, on: 'ability checks' as const, abilities: ['str' as const] }] : []),
      ...(strength.includes('strength saves') ? [{ kind: 'advantage' as const, on: 'saving throws' as const, abilities: ['str' as const] }] : []),
    ],
    ends: [
      { kind: 'minutes', minutes: at.effect.minutes },
      ...(combat ? [{ kind: 'rounds' as const, rounds: at.effect.minutes * ROUNDS_PER_MINUTE, startedRound: combat.round }] : []),
    ],
  };
  turn.commit([addEffectPatch(user, effect)]);
  return { outcome: `${user.name} flies into a rage: +${at.values.damageBonus} melee weapon damage, resistance to ${at.effect.resistances.join(', ')}, advantage on Strength checks and saves (spent ${spent})`, effect: RAGE };
}
