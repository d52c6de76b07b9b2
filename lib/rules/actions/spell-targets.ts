import { coverAgainst } from '../cover';
import { creatureKind } from '../creature-type';
import { distanceFeet, type Cell } from '../grid';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { spellEffect, targetsAt } from '../srd/spell-effects';
import type { Spell } from '../srd/spell-schema';
import type { Combatant } from '../state';
import { creaturesInArea } from './spell-areas';

/**
 * Whom a spell reaches: the creatures it affects, in order, and for spells
 * of several darts, rays or beams how many go to each.
 */
export type SpellTargets = { targets: Combatant[]; shares: number[]; unit: 'creature' | 'dart' | 'ray' | 'beam' };

/** What the caster chose: creatures by id, and for an area its point on the grid. */
export type TargetChoice = { targetIds?: readonly string[]; point?: Cell };

/** How far a spell reaches from its caster, in feet; null where the grid cannot measure it (sight, unlimited). */
function reachFeet(spell: Spell): number | null {
  switch (spell.range.kind) {
    case 'self':
    case 'touch':
      return 5;
    case 'feet':
      return spell.range.amount;
    case 'miles':
      return spell.range.amount * 5280;
    default:
      return null;
  }
}

function assertInRange(caster: Combatant, spell: Spell, where: Cell | null, what: string): void {
  const feet = reachFeet(spell);
  if (feet === null || !caster.position || !where) return;
  const distance = distanceFeet(caster.position, where);
  if (distance > feet) {
    const reach = spell.range.kind === 'touch' ? 'touch: the caster must be next to the target' : `${feet} ft`;
    throw new RuleViolation(`${what} is ${distance} ft from ${caster.name}, beyond ${spell.name}'s range (${reach}). Move closer first, or choose a target within range.`);
  }
}

/** Creature types a spell singles out or leaves alone (Hold Person: humanoids; Cure Wounds: not undead or constructs). */
function assertAffects(spell: Spell, target: Combatant): void {
  const limits = spellEffect(spell.id)?.targets;
  const kind = creatureKind(target);
  if (limits?.onlyIf && kind !== null && kind !== limits.onlyIf) throw new RuleViolation(`${spell.name} affects only ${limits.onlyIf}s; ${target.name} is ${kind === 'undead' ? 'undead' : `a ${kind}`}`);
  if (kind && limits?.exclude?.some((k) => k === kind)) throw new RuleViolation(`${spell.name} has no effect on ${kind === 'undead' ? 'the undead' : `${kind}s`}, and ${target.name} is one`);
}

function living(turn: TurnContext, spell: Spell, id: string): Combatant {
  const target = turn.combatant(id);
  if (target.dead) throw new RuleViolation(`${target.name} is dead: ${spell.name} cannot ${spell.healing ? 'heal' : 'affect'} the dead`);
  return target;
}

/** How many darts, rays or beams go to each chosen target: as listed, the rest shared out in turn. */
function shareOut(ids: readonly string[], count: number): { ids: string[]; shares: number[] } {
  const unique = [...new Set(ids)];
  const shares = unique.map((id) => ids.filter((x) => x === id).length);
  for (let i = ids.length; i < count; i++) shares[(i - ids.length) % unique.length]! += 1;
  return { ids: unique, shares };
}

/**
 * The targets of a cast, checked against the spell's data: self-only spells
 * take only the caster; a number of creatures (growing with the slot) takes
 * no more than that many, each once, alive, of a kind the spell affects,
 * in range on the grid and not behind total cover; darts, rays and beams may share out among targets;
 * an area on the grid takes a point in range and catches whoever stands in
 * it, and without a grid the DM names who is caught.
 */
export function chooseTargets(turn: TurnContext, caster: Combatant, spell: Spell, scaleLevel: number, choice: TargetChoice): SpellTargets {
  const ids = choice.targetIds ?? [];
  const count = targetsAt(spell, scaleLevel, scaleLevel) ?? (spell.area ? 'area' : spell.range.kind === 'self' ? 'self' : 1);
  const unit = spellEffect(spell.id)?.targets.unit ?? 'creature';
  if (count === 'self') {
    if (ids.some((id) => id !== caster.id)) throw new RuleViolation(`${spell.name} affects only its caster, ${caster.name}`);
    return { targets: [caster], shares: [1], unit };
  }
  if (count === 'area') {
    const onGrid = turn.state.grid !== null && caster.position !== null;
    if (onGrid && spell.area) {
      const fromSelf = spell.range.kind === 'self';
      if (!choice.point && !fromSelf) throw new RuleViolation(`${spell.name} fills an area: give the grid square to centre it on (point), not a list of targets`);
      if (choice.point && !fromSelf) assertInRange(caster, spell, choice.point, `That point`);
      const caught = creaturesInArea(turn.state, caster, spell.area, choice.point ?? null, fromSelf).filter((c) => !exempt(spell, c));
      return { targets: caught, shares: caught.map(() => 1), unit };
    }
    const targets = [...new Set(ids)].map((id) => living(turn, spell, id)).filter((c) => !exempt(spell, c));
    return { targets, shares: targets.map(() => 1), unit };
  }
  // A spell the data says nothing about whom it affects (Light, Prestidigitation) may be cast at nothing in particular.
  const unresolved = !spellEffect(spell.id) && !spell.attack && !spell.save && !spell.damage && !spell.healing;
  if (ids.length === 0 && unresolved) return { targets: [], shares: [], unit };
  if (ids.length === 0) throw new RuleViolation(`${spell.name} needs a target: name ${unit === 'creature' ? `up to ${count} creature${count === 1 ? '' : 's'}` : 'whom it strikes'} (targetIds)`);
  if (unit === 'creature' && new Set(ids).size !== ids.length) throw new RuleViolation(`${spell.name} affects each creature once; a target is named twice`);
  if (ids.length > count) {
    const grows = spellEffect(spell.id)?.targets.perSlotAbove ? ' (a higher slot adds more)' : '';
    throw new RuleViolation(`${spell.name} cast this way has ${count} ${unit === 'creature' ? `target${count === 1 ? '' : 's'}` : `${unit}s`}${grows}; ${ids.length} were named`);
  }
  const spread = unit === 'creature' ? { ids: [...ids], shares: ids.map(() => 1) } : shareOut(ids, count);
  const targets = spread.ids.map((id) => living(turn, spell, id));
  for (const target of targets) {
    assertAffects(spell, target);
    assertInRange(caster, spell, target.position, target.id === caster.id ? `${caster.name}` : target.name);
    if (target.id !== caster.id && coverAgainst(turn.state, caster, target) === 'total') {
      throw new RuleViolation(`${target.name} is behind total cover from ${caster.name}: ${spell.name} needs a clear path to its target. Move to where it can be seen, or choose another target.`);
    }
  }
  return { targets, shares: spread.shares, unit };
}

/** Creatures in an area a spell leaves alone (Sleep passes over the undead). */
function exempt(spell: Spell, c: Combatant): boolean {
  try {
    assertAffects(spell, c);
    return false;
  } catch {
    return true;
  }
}
