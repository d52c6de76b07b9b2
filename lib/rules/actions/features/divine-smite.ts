import { creatureKind } from '../../creature-type';
import { criticalNotation } from '../../d20';
import { damagePatches } from '../../damage';
import { RuleViolation } from '../../rule-violation';
import { spendSlot } from '../../spells';
import { smiteDice } from '../../srd/feature-resources';
import { turnKey, type TurnEvent } from '../../turn-events';
import type { FeatureOutcome, FeatureUse } from './feature-use';

const DIVINE_SMITE = 'divine-smite';

type AttackEvent = Extract<TurnEvent, { kind: 'attack' }>;

/** The paladin's last attack this turn, if nothing has smitten it yet. */
function lastAttack(use: FeatureUse): AttackEvent {
  const now = turnKey(use.turn.state);
  const events = use.turn.events.filter((e) => e.turn === now);
  const index = events.findLastIndex((e) => e.kind === 'attack' && e.result.attackerId === use.user.id);
  const attack = events[index] as AttackEvent | undefined;
  if (!attack) throw new RuleViolation(`Divine Smite comes with a melee weapon hit, and ${use.user.name} has made no attack this turn`);
  if (events.slice(index + 1).some((e) => e.kind === 'feature' && e.characterId === use.user.id && e.featureId === DIVINE_SMITE)) {
    throw new RuleViolation(`${use.user.name} has already smitten with that hit; a smite goes with one hit`);
  }
  return attack;
}

/** The slot level the player chose ("2", "2nd", "level 2"), or the lowest one the paladin has left. */
function slotLevel(use: FeatureUse): number {
  const chosen = /\d/.exec(use.input.option ?? '')?.[0];
  if (chosen) return Number(chosen);
  const lowest = use.user.spellSlots.filter((s) => s.remaining > 0).sort((a, b) => a.level - b.level)[0];
  if (!lowest) throw new RuleViolation(`${use.user.name} has no spell slots left to smite with; they come back after a long rest`);
  return lowest.level;
}

/**
 * Divine Smite: when the paladin hits with a melee weapon attack, it may
 * spend a spell slot for 2d8 radiant damage more, 1d8 per slot level above
 * the first (at most 5d8), and 1d8 more against undead and fiends; a
 * critical hit doubles these dice too. It takes no action.
 */
export function divineSmite(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  const attack = lastAttack(use);
  const { result } = attack;
  if (!result.hit) throw new RuleViolation(`${user.name}'s last attack missed; Divine Smite comes only with a hit`);
  if (!attack.weapon || result.delivery !== 'melee') throw new RuleViolation(`Divine Smite comes with a melee weapon attack, not ${result.attack}${result.delivery === 'ranged' ? ' at range' : ''}`);
  if (use.input.targetId !== undefined && use.input.targetId !== result.targetId) throw new RuleViolation(`${user.name}'s hit was on ${turn.combatant(result.targetId).name}; the smite goes with it`);
  const target = turn.combatant(result.targetId);
  if (target.dead) throw new RuleViolation(`${target.name} is already dead; the smite would spend a slot for nothing`);
  const level = slotLevel(use);
  const slot = spendSlot(user, level);
  const kind = creatureKind(target);
  const dice = smiteDice(level, kind === 'undead' || kind === 'fiend');
  const roll = turn.roll(result.critical ? criticalNotation(dice) : dice);
  const dealt = damagePatches(target, roll.total, { type: 'radiant', critical: result.critical });
  turn.commit([slot.patch, ...dealt.patches]);
  turn.note({ kind: 'feature', turn: turnKey(turn.state), characterId: user.id, featureId: DIVINE_SMITE });
  const against = kind === 'undead' || kind === 'fiend' ? ` (+1d8 against ${kind === 'undead' ? 'the undead' : 'a fiend'})` : '';
  return {
    outcome: `${user.name} smites ${target.name} with a level ${level} slot: ${roll.text}${against}, ${dealt.outcome.amount} radiant damage (${slot.remaining} level ${level} slots left)`,
    roll: roll.text,
    damage: dealt.outcome.amount,
    hp: turn.combatant(target.id).hp,
  };
}
