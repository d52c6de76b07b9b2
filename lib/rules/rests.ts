import type { Roller } from './checks';
import { effectiveMaxHp } from './combatant';
import type { Creature } from './creature';
import type { DiceRollRecord } from './dice';
import { signed } from './d20';
import { healPatches } from './healing';
import type { StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import { getClass } from './srd/classes';
import { effectsEndingAt } from './sheet/effect-patches';
import { restResourcePatches } from './sheet/progress-patches';
import type { CharacterSheet, Combatant } from './state';
import { abilityMod } from './stats';

/** What a rest rolled and how far it healed. */
export type RestResult = {
  characterId: string;
  hitDiceRolls: DiceRollRecord[];
  hpBefore: number;
  hpAfter: number;
  /** Hours a stable character lay senseless before coming round with 1 hit point, when the rest began that way. */
  cameRoundAfter?: DiceRollRecord;
};

/** Every spell slot of a character or creature full again: a patch for each slot spent, none for the full ones (every rest refills every creature in the scene). */
function refilledSlots(c: Combatant): StatePatch[] {
  return c.spellSlots
    .filter((s) => s.remaining < s.max)
    .map((s): StatePatch => ({ op: 'character.spellSlot', characterId: c.id, level: s.level, remaining: s.max }));
}

/**
 * What any rest restores besides hit points: feature resources, the end of
 * effects that do not outlast it, and (on a short rest) a warlock's pact
 * slots. A long rest's sleep also ends concentration.
 */
function restoredByRest(c: CharacterSheet, rest: 'short' | 'long'): StatePatch[] {
  const pact = rest === 'short' && getClass(c.build.class.id)?.spellcasting?.progression === 'pact';
  const sleepsOff = (e: CharacterSheet['effects'][number]) => rest === 'long' && e.source.by === c.id && e.ends.some((end) => end.kind === 'concentration');
  const ended = c.effects.filter((e) => sleepsOff(e) || effectsEndingAt(c, { kind: 'rest', rest }).includes(e));
  return [
    ...restResourcePatches(c, rest),
    ...ended.map((e): StatePatch => ({ op: 'character.effectEnded', characterId: c.id, effectId: e.id })),
    ...(rest === 'long' && c.concentration ? [{ op: 'character.concentration' as const, characterId: c.id, concentration: null }] : []),
    ...(pact ? refilledSlots(c) : []),
  ];
}

function assertCanRest(c: CharacterSheet): void {
  if (c.dead) throw new RuleViolation(`${c.name} is dead`);
  if (c.hp === 0 && !c.stable) throw new RuleViolation(`${c.name} is dying and cannot rest`);
}

/**
 * A short rest: the character may spend hit dice, each healing its roll plus
 * the Constitution modifier. A die never heals less than 0, since resting
 * cannot hurt.
 */
export function shortRestPatches(c: CharacterSheet, hitDice: number, roll: Roller): { patches: StatePatch[]; result: RestResult } {
  assertCanRest(c);
  const available = c.level - c.hitDiceSpent;
  if (!Number.isInteger(hitDice) || hitDice < 0) throw new RuleViolation('Hit dice to spend must be a whole number');
  if (hitDice > available) throw new RuleViolation(`${c.name} has ${available} hit dice left, not ${hitDice}`);
  const con = abilityMod(c, 'con');
  const hitDiceRolls = Array.from({ length: hitDice }, () => roll(`1${c.hitDie}${con === 0 ? '' : signed(con)}`));
  const healed = hitDiceRolls.reduce((sum, r) => sum + Math.max(0, r.total), 0);
  const patches: StatePatch[] = hitDice > 0 ? [{ op: 'character.hitDice', characterId: c.id, hitDiceSpent: c.hitDiceSpent + hitDice }] : [];
  patches.push(...healPatches(c, healed), ...restoredByRest(c, 'short'));
  const hpAfter = Math.min(effectiveMaxHp(c), c.hp + healed);
  return { patches, result: { characterId: c.id, hitDiceRolls, hpBefore: c.hp, hpAfter } };
}

/**
 * A long rest: it needs at least 1 hit point to start. A stable character
 * at 0 comes round with 1 hit point after 1d4 hours, as the SRD has it, and
 * the rest begins then. It removes a level of exhaustion, restores all hit
 * points, spell slots and feature resources, ends temporary hit points and
 * gives back up to half the character's hit dice (at least one).
 */
export function longRestPatches(c: CharacterSheet, roll: Roller): { patches: StatePatch[]; result: RestResult } {
  assertCanRest(c);
  const cameRoundAfter = c.hp === 0 ? roll('1d4') : undefined;
  const exhaustion = Math.max(0, c.exhaustion - 1);
  const hpAfter = effectiveMaxHp({ maxHp: c.maxHp, exhaustion });
  const regained = Math.max(1, Math.floor(c.level / 2));
  const patches: StatePatch[] = [
    // Coming round: awake, with the 1 hit point the rest then begins from.
    ...(cameRoundAfter ? healPatches(c, 1) : []),
    { op: 'character.exhaustion', characterId: c.id, exhaustion },
    { op: 'character.hp', characterId: c.id, hp: hpAfter },
    { op: 'character.tempHp', characterId: c.id, tempHp: 0 },
    { op: 'character.hitDice', characterId: c.id, hitDiceSpent: Math.max(0, c.hitDiceSpent - regained) },
    ...refilledSlots(c),
    ...restoredByRest(c, 'long'),
  ];
  return { patches, result: { characterId: c.id, hitDiceRolls: [], hpBefore: c.hp, hpAfter, ...(cameRoundAfter ? { cameRoundAfter } : {}) } };
}

/**
 * What the hours of the party's rest give back to the creatures of the scene,
 * since the world's time passes for them too: after a long rest every limited
 * use (daily uses and innate spells, uses per rest, recharging actions) and
 * spell slot; after a short rest the uses that come back on one. Their wounds
 * are not healed: a creature's hit points are the story's to restore.
 */
export function creatureRestPatches(creatures: Creature[], rest: 'short' | 'long'): StatePatch[] {
  return creatures.flatMap((c): StatePatch[] => {
    if (c.dead) return [];
    const abilities = [...c.traits, ...c.actions, ...c.reactions, ...c.legendaryActions];
    const backOnShortRest = (name: string) => abilities.some((a) => a.name === name && a.usage?.kind === 'per rest' && a.usage.rests.includes('short'));
    const spent = Object.fromEntries(Object.entries(c.actionUses.spent).filter(([name]) => rest === 'short' && !backOnShortRest(name)));
    const usesBack = Object.keys(spent).length < Object.keys(c.actionUses.spent).length;
    return [
      ...(usesBack ? [{ op: 'creature.actionUses' as const, creatureId: c.id, actionUses: { ...c.actionUses, spent } }] : []),
      ...(rest === 'long' ? refilledSlots(c) : []),
    ];
  });
}
