import { applyConditionPatches } from '../condition-patches';
import type { Condition } from '../conditions';
import { healPatches, tempHpPatches } from '../healing';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { addEffectPatch } from '../sheet/effect-patches';
import type { EffectEnd } from '../sheet/effects';
import type { SpellEffect } from '../srd/spell-effect-schema';
import type { Spell } from '../srd/spell-schema';
import type { Combatant } from '../state';
import type { ModifierInput, PartOutcome } from './spell-effect-parts';

/** What the spell left on one creature: the effect by name, conditions imposed, hit points gained, and what the DM narrates. */
export type LandedEffect = { effect?: string; conditions: Condition[]; tempHp?: number; healed?: number; ended: string[]; narrate: string[] };

/** Where a cast stands when its effects land: who cast it, at what slot, with what DC, in which round of a fight. */
export type CastContext = { caster: Combatant; spell: Spell; overlay: SpellEffect | undefined; saveDc: number; option?: string };

/** The round of the fight now (0 outside one), and where in it a creature's turn falls. */
function roundOf(turn: TurnContext, id: string): { round: number; later: boolean } {
  const combat = turn.state.combat;
  if (!combat) return { round: 0, later: false };
  const index = combat.order.findIndex((e) => e.id === id);
  return { round: combat.round, later: index > combat.turnIndex };
}

/**
 * When a spell's effect on a creature ends: with the caster's concentration,
 * at a turn's edge the spell names (Shield, Guiding Bolt's glow), or after
 * its duration: rounds in a fight, minutes out of one.
 */
function effectEnds(turn: TurnContext, cast: CastContext, holderId: string): EffectEnd[] {
  const { spell, caster } = cast;
  const ends: EffectEnd[] = spell.concentration ? [{ kind: 'concentration' }] : [];
  const now = roundOf(turn, holderId);
  switch (cast.overlay?.lasts) {
    case 'until the start of your next turn':
      return [...ends, { kind: 'turn', edge: 'start', of: caster.id, round: now.round + 1 }, { kind: 'minutes', minutes: 1 }];
    case 'until the end of your next turn':
      return [...ends, { kind: 'turn', edge: 'end', of: caster.id, round: now.round + 1 }, { kind: 'minutes', minutes: 1 }];
    case 'until its next turn ends':
      return [...ends, { kind: 'turn', edge: 'end', of: holderId, round: now.later ? now.round : now.round + 1 }, { kind: 'minutes', minutes: 1 }];
  }
  const d = spell.duration;
  const minutes = d.kind === 'rounds' ? d.amount / 10 : d.kind === 'minutes' ? d.amount : d.kind === 'hours' ? d.amount * 60 : d.kind === 'days' ? d.amount * 1440 : null;
  // A minute or less is counted in rounds, which a fight keeps; longer spells by the clock.
  if (minutes !== null && minutes <= 1) return [...ends, { kind: 'rounds', rounds: Math.max(1, Math.round(minutes * 10)), startedRound: turn.state.combat?.round ?? 0 }];
  if (minutes !== null) return [...ends, { kind: 'minutes', minutes: Math.min(minutes, 60 * 24 * 30) }];
  return ends.length ? ends : [{ kind: 'long rest' }];
}

function endConditions(target: Combatant, part: Extract<PartOutcome, { kind: 'ends conditions' }>, option: string | undefined): { patches: StatePatch[]; ended: string[] } {
  const present = part.conditions.filter((k): k is Condition => k !== 'disease' && k !== 'exhaustion' && target.conditions.includes(k));
  const wanted = option?.toLowerCase();
  const chosen = part.choose === null ? present : wanted ? present.filter((k) => k === wanted) : present.length === 1 ? present : [];
  if (part.choose !== null && chosen.length === 0) {
    const offer = part.conditions.join(', ');
    throw new RuleViolation(present.length ? `Say which condition to end (option): ${present.join(' or ')}` : `${target.name} has none of the conditions this spell ends (${offer})`);
  }
  if (chosen.length === 0) return { patches: [], ended: [] };
  return { patches: [{ op: 'character.conditions', characterId: target.id, conditions: target.conditions.filter((k) => !chosen.includes(k)) }], ended: chosen };
}

/**
 * Puts what a spell does on a creature it landed on: one effect holding its
 * modifiers and the conditions it imposes (ending with the spell), a mark
 * on the caster against this target (Hunter's Mark), temporary hit points,
 * the hit points a raised maximum brings, lost reactions, conditions ended.
 * A creature immune to a condition is simply not given it.
 */
export function landEffects(turn: TurnContext, cast: CastContext, targetId: string, outcomes: readonly PartOutcome[]): LandedEffect {
  const landed: LandedEffect = { conditions: [], ended: [], narrate: [] };
  const onTarget: ModifierInput[] = [];
  const onCaster: ModifierInput[] = [];
  const save = cast.spell.save;
  for (const o of outcomes) {
    const target = turn.combatant(targetId);
    switch (o.kind) {
      case 'modifier':
        (o.on === 'caster' ? onCaster : onTarget).push(o.modifier);
        break;
      case 'condition': {
        if (target.conditionImmunities.includes(o.condition)) {
          landed.narrate.push(`${target.name} is immune to being ${o.condition}`);
          break;
        }
        const sourced = o.condition === 'charmed' || o.condition === 'frightened' ? cast.caster.id : undefined;
        turn.commit(applyConditionPatches(target, o.condition, sourced));
        const repeatSave = o.savesAtTurnEnd && save ? { ability: save.ability, dc: cast.saveDc } : null;
        onTarget.push({ kind: 'condition', condition: o.condition, repeatSave });
        landed.conditions.push(o.condition);
        break;
      }
      case 'temporary hit points': {
        const roll = turn.roll(o.dice);
        turn.commit(tempHpPatches(target, roll.total));
        landed.tempHp = turn.combatant(targetId).tempHp;
        break;
      }
      case 'heal':
        landed.healed = o.amount;
        break;
      case 'no reactions': {
        const combat = turn.state.combat;
        if (combat && !combat.reactionsUsed.includes(targetId)) turn.commit([{ op: 'combat.reactions', reactionsUsed: [...combat.reactionsUsed, targetId] }]);
        break;
      }
      case 'ends conditions': {
        const ended = endConditions(target, o, cast.option);
        turn.commit(ended.patches);
        landed.ended.push(...ended.ended);
        break;
      }
      case 'narrate':
        landed.narrate.push(o.what);
        break;
    }
  }
  const source = { kind: 'spell' as const, id: cast.spell.id, by: cast.caster.id };
  if (onTarget.length) {
    const holder = turn.combatant(targetId);
    const waking = outcomes.some((o) => o.kind === 'condition' && o.endsOnDamage) ? [{ kind: 'damage' as const }] : [];
    turn.commit([addEffectPatch(holder, { id: `${cast.spell.id}:${cast.caster.id}`, source, modifiers: onTarget, ends: [...effectEnds(turn, cast, targetId), ...waking] })]);
    landed.effect = cast.spell.name;
  }
  if (onCaster.length) {
    const caster = turn.combatant(cast.caster.id);
    turn.commit([addEffectPatch(caster, { id: `${cast.spell.id}>${targetId}`, source, modifiers: onCaster, ends: effectEnds(turn, cast, cast.caster.id) })]);
    landed.effect = cast.spell.name;
  }
  // A raised maximum comes with the hit points it adds (Aid), once the effect holds.
  if (landed.healed) turn.commit(healPatches(turn.combatant(targetId), landed.healed));
  return landed;
}
