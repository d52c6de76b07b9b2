import type { Cell } from '../grid';
import type { TurnContext } from '../turn-context';
import { startConcentrationPatches } from '../sheet/effect-patches';
import { spellEffect } from '../srd/spell-effects';
import type { Spell } from '../srd/spell-schema';
import type { Combatant } from '../state';
import { castCost, type CastCost } from './cast-checks';
import { spellDice, type SpellDice } from './spell-damage';
import { partOutcomes } from './spell-effect-parts';
import type { CastContext } from './spell-effects';
import { describeTarget, type SpellOutcome } from './spell-outcome';
import { spendPool } from './spell-pool';
import { castableSpell, spellNamed, type CasterNumbers } from './spell-repertoire';
import { resolveOnTarget, type Resolution } from './spell-resolution';
import { chooseTargets } from './spell-targets';

/** What a caster asks to cast: the spell by name or id and the caster's real choices. */
export type CastRequest = {
  casterId: string;
  spell: string;
  targetIds?: readonly string[];
  /** The slot to cast with, to upcast; the spell's own level when left out. */
  slotLevel?: number;
  /** A grid square an area spell is centred on or aimed at. */
  point?: Cell;
  /** A choice the spell offers (Blindness or Deafness, a condition to end, a damage type). */
  option?: string;
  /** Cast as a ritual: no slot, ten minutes longer, never in a fight. */
  ritual?: boolean;
};

/** Saves the reference leaves in a spell's text rather than its structured facts. */
const unstructuredSaves: Record<string, NonNullable<Spell['save']>> = { web: { ability: 'dex', onSuccess: 'none' } };

/**
 * How the data resolves a spell's main roll: a pool of hit points spent
 * across an area, darts that never miss, attack rolls, a saving throw, or
 * none (buffs, healing).
 */
function resolutionOf(spell: Spell, dealsDamage: boolean): Resolution['kind'] {
  const overlay = spellEffect(spell.id);
  if (overlay?.autoHit) return 'auto';
  if (spell.attack || (overlay?.each && !overlay.autoHit)) return 'attack';
  // A save with nothing the data can apply on a failure (Light's, Moonbeam's later burn) is the DM's to call for.
  if ((spell.save ?? unstructuredSaves[spell.id]) && (dealsDamage || overlay?.effects.length)) return 'save';
  return 'none';
}

/**
 * Spells whose damage comes later, to creatures that enter their area or
 * start a turn there (Moonbeam, Spirit Guardians): casting deals none.
 */
function damagesLater(spell: Spell): boolean {
  return (spell.area !== null || spellEffect(spell.id)?.targets.count === 'area') && spell.duration.kind !== 'instantaneous' && spell.save !== null;
}

function narrationFor(spell: Spell, resolved: boolean, lingering: boolean, dice: SpellDice | undefined): string[] {
  const notes: string[] = [];
  if (lingering && dice) notes.push(`creatures that enter the area or start their turn in it take ${dice.dice}${dice.type ? ` ${dice.type}` : ''} damage (${spell.save ? `${spell.save.ability} save, ${spell.save.onSuccess} on a success` : 'no save'}); resolve it then`);
  if (!resolved) notes.push(`${spell.name}'s effects beyond its cost are not in the rules data: narrate them, and resolve any roll they call for with the tools`);
  return notes;
}

/**
 * Casts a spell by the rules and resolves it from the SRD data: the caster
 * must know or have prepared it (or cast it as a ritual), spend the action,
 * bonus action or reaction it takes and a slot of its level or higher, and
 * reach its targets; then its attack rolls, saves, damage, healing,
 * conditions and lasting effects are rolled and applied, and concentration
 * moves to it. A spell the data cannot resolve is still cast, and the
 * outcome says what the DM narrates.
 */
export function castSpell(turn: TurnContext, request: CastRequest): SpellOutcome {
  const caster: Combatant = turn.combatant(request.casterId);
  const spell = spellNamed(request.spell, caster);
  const ritual = request.ritual === true;
  const castable = castableSpell(caster, spell, ritual);
  const cost = castCost(turn, caster.id, castable, { slotLevel: request.slotLevel, ritual });
  return resolveCast(turn, { casterId: caster.id, spell, numbers: castable.numbers, level: cost.slotLevel ?? spell.level, cost, ritual }, request);
}

/** A cast the rules allow: the spell, the numbers it is cast with, the level it takes effect at, and its cost, not yet paid. */
export type AllowedCast = { casterId: string; spell: Spell; numbers: CasterNumbers; level: number; cost: CastCost; ritual: boolean };

/**
 * Resolves a cast the rules allow: checks its targets, pays its cost, moves
 * concentration to it, and rolls and applies everything the data says it
 * does. A spell from another source (a scroll read) comes here with that
 * source's numbers, the level it is cast at and nothing left to pay.
 */
export function resolveCast(turn: TurnContext, allowed: AllowedCast, choice: Pick<CastRequest, 'targetIds' | 'point' | 'option'>): SpellOutcome {
  const { spell, numbers, cost, level: slotLevel } = allowed;
  const caster = turn.combatant(allowed.casterId);
  const scale = spell.level === 0 ? numbers.casterLevel : slotLevel;
  const reach = chooseTargets(turn, caster, spell, scale, { targetIds: choice.targetIds, point: choice.point });
  turn.commit(cost.patches);
  if (spell.concentration) {
    const held = { spell: spell.id, targets: reach.targets.map((t) => t.id).slice(0, 20), slotLevel: cost.slotLevel, casterLevel: Math.min(20, Math.max(1, numbers.casterLevel)) };
    turn.commit(startConcentrationPatches(turn.state, caster.id, held));
  }
  const overlay = spellEffect(spell.id);
  const cast: CastContext = { caster: turn.combatant(caster.id), spell, overlay, saveDc: numbers.saveDc, option: choice.option };
  const lingering = damagesLater(spell);
  const dice = spellDice(spell, scale, numbers.modifier, choice.option);
  // What the data can resolve: the overlay's effects, damage dealt now, or healing; the rest is narrated.
  const resolved = overlay !== undefined || (dice !== undefined && !lingering) || spell.healing !== null;
  const narrate = narrationFor(spell, resolved, lingering, dice);
  const pool = overlay?.effects.find((p) => p.kind === 'hit point pool');
  const outcome: SpellOutcome = {
    outcome: '',
    source: 'spell',
    spell: spell.name,
    spellId: spell.id,
    casterId: caster.id,
    slotLevel: cost.slotLevel,
    slotsLeft: cost.slotsLeft,
    castingTime: cost.castingTime,
    ritual: allowed.ritual,
    saveDc: numbers.saveDc,
    attackBonus: numbers.attackBonus,
    concentration: spell.concentration,
    targets: [],
    narrate,
  };
  if (pool?.kind === 'hit point pool') {
    const spent = spendPool(turn, cast, pool, slotLevel, reach.targets);
    outcome.pool = { roll: spent.roll, total: spent.pool };
    outcome.targets = spent.overcome.map((o) => ({ targetId: o.targetId, conditions: o.landed.conditions, outcome: describeTarget(turn.combatant(o.targetId).name, { targetId: o.targetId, conditions: o.landed.conditions }, reach.unit) }));
  } else if (resolved) {
    const kind = resolutionOf(spell, dice !== undefined && !lingering);
    const resolution: Resolution = { kind, dice: lingering ? undefined : dice, save: spell.save ?? unstructuredSaves[spell.id] ?? null, slotLevel, numbers };
    reach.targets.forEach((target, i) => {
      const parts = (overlay?.effects ?? []).flatMap((part) => partOutcomes(part, { spell, slotLevel, targetId: target.id, selfOnly: overlay?.targets.count === 'self', option: choice.option }));
      const result = resolveOnTarget(turn, cast, resolution, target.id, reach.shares[i] ?? 1, parts);
      outcome.narrate.push(...(result.narrate ?? []));
      const { narrate: _, ...shown } = result;
      outcome.targets.push({ ...shown, outcome: describeTarget(target.name, shown, reach.unit) });
    });
  }
  outcome.narrate = [...new Set(outcome.narrate)];
  const slot = cost.slotLevel === null ? (outcome.ritual ? ' as a ritual' : '') : ` with a level ${cost.slotLevel} slot`;
  const who = outcome.targets.map((t) => t.outcome).join('; ');
  outcome.outcome = `${caster.name} casts ${spell.name}${slot}${who ? `: ${who}` : ''}${outcome.pool ? ` (pool ${outcome.pool.total})` : ''}`;
  return outcome;
}
