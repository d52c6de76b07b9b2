import { abilityCheck } from '../checks';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { removeItemPatch } from '../sheet/inventory-patches';
import { scrollLevel } from '../sheet/items';
import { getClass } from '../srd/classes';
import { magicItemEffect } from '../srd/magic-item-effects';
import { getSpell, spellsForClass } from '../srd/spells';
import type { Spell } from '../srd/spell-schema';
import { abilityMod } from '../stats';
import { spendAction, turnPatch } from '../turn-order';
import type { CastingTime } from './cast-checks';
import { resolveCast, type CastRequest } from './cast-spell';
import type { ItemUse, ScrollReading, UseItemResult } from './item-use';

/** The reader's choices for the scroll's spell: its targets, a point to aim an area at, an option it offers. */
export type ScrollChoice = Pick<CastRequest, 'targetIds' | 'point' | 'option'>;

function castingTimeOf(spell: Spell): CastingTime {
  const { unit } = spell.castingTime;
  return unit === 'action' || unit === 'bonus action' || unit === 'reaction' ? unit : 'longer';
}

/** Reading takes the spell's casting time: an action or a bonus action in a fight; other spells wait for the fight to end. */
function castingCost(turn: TurnContext, use: ItemUse, spell: Spell): StatePatch[] {
  const combat = turn.state.combat;
  if (!combat) return [];
  const time = castingTimeOf(spell);
  if (time === 'bonus action') {
    if (combat.turn.bonusActionUsed) throw new RuleViolation(`${use.user.name} has already used their bonus action this turn`);
    return [turnPatch(combat, { ...combat.turn, bonusActionUsed: true })];
  }
  if (time === 'action') return [turnPatch(combat, spendAction(combat, use.user, 'action'))];
  throw new RuleViolation(`${spell.name} is cast as a ${time === 'reaction' ? 'reaction' : 'longer task'}, which a scroll read in the middle of a fight cannot be; read it once the fight is over`);
}

/**
 * Reads a spell scroll, as the SRD's Spell Scroll says: only a spell on the
 * reader's class list can be read; one above the level the reader can cast
 * needs a check with the class's spellcasting ability against 10 + the
 * spell's level, and a failure loses the spell. Either way the scroll is
 * used up. The spell is cast at the scroll's level with the scroll's save
 * DC and attack bonus and resolved from the spell data, targets and all.
 */
export function readScroll(turn: TurnContext, use: ItemUse, choice: ScrollChoice): UseItemResult {
  const { user, stack, facts } = use;
  const level = scrollLevel(stack.item)!;
  const spell = stack.base ? getSpell(stack.base) : undefined;
  if (!spell) throw new RuleViolation(`Nobody knows what spell is on this ${facts.name}; it cannot be read`);
  const cls = getClass(user.build.class.id)!;
  const ability = cls.spellcasting?.ability;
  if (!ability || !spellsForClass(cls.id, 9).some((s) => s.id === spell.id)) {
    throw new RuleViolation(`${spell.name} is not on the ${cls.name.toLowerCase()} spell list, so the scroll is unintelligible to ${user.name}; someone whose class has the spell can read it`);
  }
  const numbers = magicItemEffect(stack.item)!.effects.find((e) => e.kind === 'spell scroll');
  const { saveDc, attackBonus } = numbers?.kind === 'spell scroll' ? numbers : { saveDc: 0, attackBonus: 0 };
  turn.commit([...castingCost(turn, use, spell), removeItemPatch(user, stack)]);
  const reading: ScrollReading = { spell: spell.name, level, cast: true, saveDc, attackBonus };
  if (level > user.spellLimits.maxSpellLevel) {
    const check = abilityCheck(user, ability, 10 + level, turn.roll);
    turn.recordCheck(check);
    reading.check = { total: check.roll.total, dc: check.dc };
    reading.cast = check.success;
  }
  const base = { item: facts.name, userId: user.id, targetId: choice.targetIds?.[0] ?? user.id };
  if (!reading.cast) {
    return { ...base, scroll: reading, outcome: `${user.name} reads ${facts.name}, but ${spell.name} is beyond them (${reading.check!.total} against DC ${reading.check!.dc}): the words fade and the scroll crumbles` };
  }
  const caster = { ability, saveDc, attackBonus, modifier: abilityMod(user, ability), casterLevel: user.level };
  const cost = { slotLevel: null, slotsLeft: null, castingTime: castingTimeOf(spell), patches: [] };
  reading.effects = resolveCast(turn, { casterId: user.id, spell, numbers: caster, level, cost, ritual: false }, choice);
  return { ...base, scroll: reading, outcome: `${user.name} reads ${facts.name}, and the scroll crumbles: ${reading.effects.outcome}` };
}
