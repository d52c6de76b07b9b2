import { coverAgainst, coverBonus } from '../cover';
import type { TurnContext } from '../turn-context';
import type { Save } from '../srd/common';
import { rollSave } from './saves';
import { spellAttack } from './spell-attack';
import { dealSpellDamage, type DealtDamage, type SpellDice } from './spell-damage';
import type { PartOutcome } from './spell-effect-parts';
import { landEffects, type CastContext } from './spell-effects';
import { healingDice, healWithSpell } from './spell-healing';
import type { SpellTargetOutcome } from './spell-outcome';
import type { CasterNumbers } from './spell-repertoire';

/** How a cast's main roll goes, worked out once for all its targets. */
export type Resolution = {
  kind: 'auto' | 'attack' | 'save' | 'none';
  /** The damage each hit, dart or failed save deals; none for spells that deal no damage now. */
  dice: SpellDice | undefined;
  save: Save | null;
  slotLevel: number;
  numbers: CasterNumbers;
};

/** One creature's part in a cast, before it is put in words; `narrate` joins the cast's list. */
export type TargetResolution = Omit<SpellTargetOutcome, 'outcome'> & { narrate?: string[] };

function land(turn: TurnContext, cast: CastContext, targetId: string, parts: readonly PartOutcome[], into: TargetResolution): void {
  if (parts.length === 0 || turn.combatant(targetId).dead) return;
  const landed = landEffects(turn, cast, targetId, parts);
  if (landed.conditions.length) into.conditions = landed.conditions;
  if (landed.effect) into.effect = landed.effect;
  if (landed.tempHp !== undefined) into.tempHp = landed.tempHp;
  if (landed.ended.length) into.ended = landed.ended;
  if (landed.narrate.length) into.narrate = landed.narrate;
}

/**
 * Cover's bonus to a Dexterity save against a spell aimed at a creature,
 * from its caster (Sacred Flame ignores it; areas are the DM's to judge).
 */
function dexCover(turn: TurnContext, cast: CastContext, targetId: string, ability: string): number {
  if (ability !== 'dex' || cast.overlay?.targets.count === 'area' || cast.spell.area || cast.overlay?.effects.some((p) => p.kind === 'ignores cover')) return 0;
  const cover = coverAgainst(turn.state, turn.combatant(cast.caster.id), turn.combatant(targetId));
  return cover === 'total' ? 0 : coverBonus[cover];
}

/** Healing spells restore hit points unless their hit points are something else (Aid's maximum, False Life's temporary ones). */
function heals(cast: CastContext): boolean {
  return cast.spell.healing !== null && !cast.overlay?.effects.some((p) => p.kind === 'temporary hit points' || p.kind === 'hit point maximum');
}

/**
 * Resolves a spell on one creature it reaches: darts that strike home, an
 * attack roll per ray or beam sent its way (effects land on a hit), a save
 * against the caster's DC (damage in full, halved or none, effects on a
 * failure), or for spells with neither, healing and the effects a willing
 * target takes. Rays stop at a creature that has died.
 */
export function resolveOnTarget(turn: TurnContext, cast: CastContext, how: Resolution, targetId: string, shares: number, parts: readonly PartOutcome[]): TargetResolution {
  const out: TargetResolution = { targetId };
  const alive = () => !turn.combatant(targetId).dead;
  switch (how.kind) {
    case 'auto': {
      const damage: DealtDamage[] = [];
      for (let i = 0; i < shares && alive() && how.dice; i++) damage.push(dealSpellDamage(turn, targetId, how.dice));
      out.damage = damage;
      land(turn, cast, targetId, parts, out);
      return out;
    }
    case 'attack': {
      if (!how.dice) return out;
      const attacks = [];
      for (let i = 0; i < shares && alive(); i++) attacks.push(spellAttack(turn, cast.caster, targetId, cast.spell, how.numbers.attackBonus, how.dice));
      out.attacks = attacks;
      out.damage = attacks.flatMap((a): DealtDamage[] =>
        a.damage ? [{ roll: a.damage.parts.map((p) => p.roll.text).join('; '), dice: a.damage.parts[0]!.roll.notation, amount: a.damage.total, type: a.damage.parts[0]!.type, adjustment: a.damage.parts[0]!.adjustment, halved: false, hp: turn.combatant(targetId).hp, result: a.damage.outcome.result }] : [],
      );
      if (attacks.some((a) => a.hit)) land(turn, cast, targetId, parts, out);
      return out;
    }
    case 'save': {
      const save = how.save!;
      const result = rollSave(turn, targetId, save.ability, how.numbers.saveDc, undefined, dexCover(turn, cast, targetId, save.ability));
      out.save = { ability: save.ability, dc: how.numbers.saveDc, total: result.roll.total, success: result.success };
      const spared = result.success && save.onSuccess !== 'half';
      if (how.dice && !spared) out.damage = [dealSpellDamage(turn, targetId, how.dice, { half: result.success })];
      if (!result.success) land(turn, cast, targetId, parts, out);
      else if (save.onSuccess === 'other') out.narrate = [`${cast.spell.name} has a lesser effect on a creature that saves`];
      return out;
    }
    case 'none': {
      const dice = heals(cast) ? healingDice(cast.spell, how.slotLevel, how.numbers.modifier, cast.caster) : undefined;
      if (dice) out.healed = healWithSpell(turn, targetId, dice);
      land(turn, cast, targetId, parts, out);
      return out;
    }
  }
}
