import type { TurnBudget } from '../combat-state';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { pactSlotsFor } from '../srd/classes';
import type { Spell } from '../srd/spell-schema';
import { isCharacter, type Combatant } from '../state';
import { spendAction, turnPatch } from '../turn-order';
import { usePatches } from './action-uses';
import { castables, type Castable } from './spell-repertoire';

/** How a spell is cast: with the action, the bonus action, a reaction, or over minutes or hours. */
export type CastingTime = 'action' | 'bonus action' | 'reaction' | 'longer';

/** What casting costs: the slot (null for cantrips and rituals) and what is left of that level, and the turn's budget spent. */
export type CastCost = { slotLevel: number | null; slotsLeft: number | null; castingTime: CastingTime; patches: StatePatch[] };

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

function castingTimeOf(spell: Spell): CastingTime {
  const { unit } = spell.castingTime;
  return unit === 'action' || unit === 'bonus action' || unit === 'reaction' ? unit : 'longer';
}

function describeTime(spell: Spell): string {
  const { amount, unit } = spell.castingTime;
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** What the caster could cast with the slots it has left, for a refusal to suggest. */
function withSlotsLeft(c: Combatant): string {
  const left = c.spellSlots.filter((s) => s.remaining > 0);
  const slots = left.length ? left.map((s) => `${s.remaining} of ${ordinal(s.level)} level`).join(', ') : 'no spell slots';
  const cantrips = castables(c).filter((k) => k.spell.level === 0).map((k) => k.spell.name);
  const fits = castables(c).filter((k) => k.spell.level > 0 && left.some((s) => s.level >= k.spell.level)).map((k) => k.spell.name);
  const could = [...fits, ...cantrips];
  return `${c.name} has ${slots} left${could.length ? `, enough for ${could.join(', ')}` : ''}`;
}

/** The slot a levelled spell spends: the level asked for (a pact caster's are all of one level), never below the spell's. */
function slotFor(c: Combatant, spell: Spell, asked: number | undefined): { level: number; patch: StatePatch; left: number } {
  const pact = isCharacter(c) ? pactSlotsFor(c.build.class.id, c.level) : null;
  const level = asked ?? pact?.slotLevel ?? spell.level;
  if (level < spell.level) throw new RuleViolation(`${spell.name} is a ${ordinal(spell.level)}-level spell: it needs a slot of ${ordinal(spell.level)} level or higher, not ${ordinal(level)}`);
  if (pact && level !== pact.slotLevel) throw new RuleViolation(`${c.name}'s pact magic slots are all ${ordinal(pact.slotLevel)} level; ${spell.name} is cast with one of those`);
  const slot = c.spellSlots.find((s) => s.level === level && s.max > 0);
  if (!slot) throw new RuleViolation(`${c.name} has no ${ordinal(level)}-level spell slots: ${spell.name} cast that way needs one. ${withSlotsLeft(c)}.`);
  if (slot.remaining === 0) throw new RuleViolation(`${c.name} has used every ${ordinal(level)}-level spell slot until a rest. ${withSlotsLeft(c)}.`);
  return { level, left: slot.remaining - 1, patch: { op: 'character.spellSlot', characterId: c.id, level, remaining: slot.remaining - 1 } };
}

/**
 * The SRD's rule for a bonus-action spell: no other spell that turn but a
 * cantrip with a casting time of one action, whichever came first.
 */
function checkBonusActionRule(c: Combatant, spell: Spell, time: CastingTime, cast: NonNullable<TurnBudget['spellsCast']>): void {
  const actionCantrip = (s: { level: number; castingTime: string }) => s.level === 0 && s.castingTime === 'action';
  const now = { level: spell.level, castingTime: time };
  if (time === 'bonus action' && cast.some((s) => !actionCantrip(s))) {
    throw new RuleViolation(`${c.name} has already cast a spell this turn other than a one-action cantrip, so ${spell.name} (a bonus-action spell) must wait for another turn`);
  }
  if (cast.some((s) => s.castingTime === 'bonus action') && !actionCantrip(now)) {
    throw new RuleViolation(`${c.name} cast a bonus-action spell this turn, so the only other spell this turn can be a cantrip with a casting time of one action; ${spell.name} is not`);
  }
}

/** Spends the turn's action, bonus action or the round's reaction; longer spells and rituals cannot be cast in a fight. */
function turnCost(turn: TurnContext, c: Combatant, spell: Spell, time: CastingTime, ritual: boolean): StatePatch[] {
  const combat = turn.state.combat;
  if (!combat) return [];
  if (ritual) throw new RuleViolation(`A ritual takes ten minutes longer than ${spell.name}'s casting time; it cannot be cast as one in the middle of a fight`);
  if (time === 'longer') throw new RuleViolation(`${spell.name} takes ${describeTime(spell)} to cast; it cannot be cast in the middle of a fight`);
  if (time === 'reaction') {
    if (combat.reactionsUsed.includes(c.id)) throw new RuleViolation(`${c.name} has already used their reaction this round`);
    return [{ op: 'combat.reactions', reactionsUsed: [...combat.reactionsUsed, c.id] }];
  }
  const cast = combat.turn.spellsCast ?? [];
  checkBonusActionRule(c, spell, time, cast);
  if (time === 'bonus action' && combat.turn.bonusActionUsed) throw new RuleViolation(`${c.name} has already used their bonus action this turn`);
  const budget = time === 'bonus action' ? { ...combat.turn, bonusActionUsed: true } : spendAction(combat, c, 'action');
  return [turnPatch(combat, { ...budget, spellsCast: [...cast, { level: spell.level, castingTime: time }] })];
}

/**
 * What casting a spell costs, checked against the rules: the caster can act
 * (on its turn for an action or bonus action; a reaction may come on anyone's),
 * the turn still has what the casting time needs, the bonus-action spell
 * rule holds, and a levelled spell has a slot of its level or higher left
 * (a ritual needs none, but ten minutes out of a fight).
 */
export function castCost(turn: TurnContext, casterId: string, castable: Castable, options: { slotLevel?: number; ritual?: boolean }): CastCost {
  const { spell } = castable;
  const time = castingTimeOf(spell);
  const caster = time === 'reaction' ? turn.able(casterId) : turn.actor(casterId);
  const ritual = options.ritual === true;
  const patches = turnCost(turn, caster, spell, time, ritual);
  if (castable.usage && !isCharacter(caster)) {
    // An innate spell is cast at its own level as often as its stat block says, with no slot.
    if (options.slotLevel !== undefined && options.slotLevel !== spell.level) {
      throw new RuleViolation(`${caster.name} casts ${spell.name} innately, at its own level with no spell slot, so it cannot be upcast`);
    }
    return { slotLevel: null, slotsLeft: null, castingTime: time, patches: [...patches, ...usePatches(caster, { name: spell.name, usage: castable.usage })] };
  }
  if (spell.level === 0 || ritual) {
    if (options.slotLevel !== undefined && options.slotLevel !== spell.level) {
      throw new RuleViolation(spell.level === 0 ? `${spell.name} is a cantrip: it needs no spell slot and cannot be upcast` : `${spell.name} cast as a ritual uses no slot, so it cannot be upcast`);
    }
    return { slotLevel: null, slotsLeft: null, castingTime: time, patches };
  }
  const slot = slotFor(caster, spell, options.slotLevel);
  return { slotLevel: slot.level, slotsLeft: slot.left, castingTime: time, patches: [...patches, slot.patch] };
}
