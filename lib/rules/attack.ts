import { armorClassOf } from './armor-class';
import { attackSource, type AttackProfile } from './attack-profile';
import { attackerModes, has, isIncapacitated, meleeHitsAreCritical, targetModes } from './conditions';
import {
  combineModes,
  criticalNotation,
  d20Notation,
  mergeSources,
  naturalD20,
  type ModeSources,
  type RollMode,
} from './d20';
import { damagePatches, type DamageOutcome } from './damage';
import { adjustForType, type DamageAdjustment, type DamageType } from './damage-types';
import { effectDamage, effectsAgainst, effectsOnRoll, spentEffectPatches } from './effect-rolls';
import type { Roller } from './checks';
import { coverAgainst, coverBonus, type Cover } from './cover';
import { defensesAgainst, isMagicalAttack } from './damage-defenses';
import type { DiceRollRecord } from './dice';
import { distanceFeet, SQUARE_FEET } from './grid';
import type { StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import { allCombatants, type Combatant, type RulesState } from './state';
import { abilityMod, proficiencyOf, sideOf } from './stats';

/** One damage part of a hit: its roll and what defences made of it. */
export type DamagePartResult = { roll: DiceRollRecord; type: DamageType; amount: number; adjustment: DamageAdjustment };

/** Everything an attack decided, in the order it was rolled. */
export type AttackResult = {
  attackerId: string;
  targetId: string;
  attack: string;
  /** Melee, or ranged (which includes a thrown melee weapon). */
  delivery: 'melee' | 'ranged';
  mode: RollMode;
  reasons: ModeSources;
  roll: DiceRollRecord;
  natural: number;
  targetAc: number;
  hit: boolean;
  critical: boolean;
  damage: { parts: DamagePartResult[]; total: number; outcome: DamageOutcome } | null;
  /** Cover the battle grid gave the target, already added to `targetAc`. */
  cover?: Cover;
  /** Effects that changed the roll or the damage (Bless, Hunter's Mark), by name. */
  effects?: string[];
};

/** The SRD's unarmed strike: 1 + Strength modifier bludgeoning, with proficiency. */
export function unarmedStrike(c: Combatant): AttackProfile {
  const str = abilityMod(c, 'str');
  return {
    name: 'Unarmed strike',
    kind: 'melee',
    toHit: str + proficiencyOf(c),
    damage: { dice: `${Math.max(0, 1 + str)}`, type: 'bludgeoning' },
    extraDamage: [],
    reach: SQUARE_FEET,
    range: null,
  };
}

/** Finds a named attack on a sheet; anyone may make an unarmed strike. */
export function findAttack(c: Combatant, name: string): AttackProfile {
  const wanted = name.trim().toLowerCase();
  const found = c.attacks.find((a) => a.name.toLowerCase() === wanted);
  if (found) return found;
  if (wanted === 'unarmed strike' || wanted === 'unarmed') return unarmedStrike(c);
  const known = [...c.attacks.map((a) => a.name), 'Unarmed strike'].join(', ');
  throw new RuleViolation(`${c.name} has no attack called "${name}" (has: ${known})`);
}

type Geometry = { distance: number | null; delivery: 'melee' | 'ranged'; sources: ModeSources };

/** Decides melee or ranged, rejects targets out of reach or range, and adds range penalties. */
function geometry(state: RulesState, attacker: Combatant, target: Combatant, profile: AttackProfile): Geometry {
  const from = attacker.position;
  const distance = from && target.position ? distanceFeet(from, target.position) : null;
  const disadvantage: string[] = [];
  let delivery: Geometry['delivery'] = profile.kind;
  if (profile.kind === 'melee' && distance !== null && distance > profile.reach) {
    if (!profile.range) {
      throw new RuleViolation(`${target.name} is ${distance} ft away, beyond the ${profile.reach} ft reach of ${profile.name}`);
    }
    delivery = 'ranged';
  }
  if (delivery === 'ranged' && from && distance !== null) {
    const range = profile.range;
    if (!range) throw new RuleViolation(`${profile.name} has no range`);
    if (distance > range.long) {
      throw new RuleViolation(`${target.name} is ${distance} ft away, beyond the ${range.long} ft range of ${profile.name}`);
    }
    if (distance > range.normal) disadvantage.push('long range');
    const foeAdjacent = allCombatants(state).some(
      (c) =>
        sideOf(c) !== sideOf(attacker) &&
        !c.dead &&
        !isIncapacitated(c) &&
        c.position !== null &&
        distanceFeet(c.position, from) <= SQUARE_FEET,
    );
    if (foeAdjacent) disadvantage.push('ranged attack with a foe adjacent');
  }
  return { distance, delivery, sources: { advantage: [], disadvantage } };
}

function assertMayAttack(attacker: Combatant, target: Combatant): void {
  if (attacker.dead) throw new RuleViolation(`${attacker.name} is dead`);
  if (isIncapacitated(attacker)) throw new RuleViolation(`${attacker.name} is incapacitated and cannot attack`);
  if (target.dead) throw new RuleViolation(`${target.name} is already dead`);
  if (attacker.id === target.id) throw new RuleViolation(`${attacker.name} cannot attack itself`);
  if (has(attacker, 'charmed') && attacker.conditionSources.charmed === target.id) {
    throw new RuleViolation(`${attacker.name} is charmed by ${target.name} and cannot attack it`);
  }
}

/**
 * Damage a feature adds to a hit when its conditions hold, which only the
 * roll can tell (Sneak Attack needs advantage or an ally beside the target,
 * and no disadvantage). A null type is the attack's own.
 */
export type HitRider = (roll: { mode: RollMode; delivery: 'melee' | 'ranged' }) => { dice: string; type: DamageType | null; from: string } | null;

/**
 * Resolves one attack roll and, on a hit, its damage. A natural 20 always
 * hits and doubles the damage dice; a natural 1 always misses.
 */
export function resolveAttack(
  state: RulesState,
  attacker: Combatant,
  target: Combatant,
  profile: AttackProfile,
  roll: Roller,
  options: { sources?: ModeSources; nonlethal?: boolean; riders?: readonly HitRider[] } = {},
): { result: AttackResult; patches: StatePatch[] } {
  assertMayAttack(attacker, target);
  const cover = coverAgainst(state, attacker, target);
  if (cover === 'total') {
    throw new RuleViolation(`${target.name} is behind total cover from ${attacker.name}: walls block every line between them, so it cannot be targeted. Move to where it can be seen, or choose another target.`);
  }
  const geo = geometry(state, attacker, target, profile);
  const withinFive = geo.distance === null ? geo.delivery === 'melee' : geo.distance <= SQUARE_FEET;
  const dodging = state.combat?.dodging.includes(target.id) === true && !isIncapacitated(target);
  const own = effectsOnRoll(attacker, 'attack roll');
  const against = effectsAgainst(target);
  const reasons = mergeSources(
    attackerModes(attacker),
    targetModes(target, withinFive),
    geo.sources,
    own.modes,
    against.modes,
    { advantage: [], disadvantage: dodging ? ['target dodging'] : [] },
    options.sources ?? { advantage: [], disadvantage: [] },
  );
  const mode = combineModes(reasons);
  const targetAc = armorClassOf(target) + coverBonus[cover];
  const record = roll(d20Notation(mode, profile.toHit) + own.dice);
  const natural = naturalD20(record, mode);
  const hit = natural === 20 || (natural !== 1 && record.total >= targetAc);
  const critical = natural === 20 || (hit && geo.delivery === 'melee' && withinFive && meleeHitsAreCritical(target));
  // Effects a roll uses up (Guiding Bolt's glow, Vicious Mockery) are spent whether it hits or not.
  const spent = [...spentEffectPatches(attacker, own.spent), ...spentEffectPatches(target, against.spent)];
  const ridden = hit ? (options.riders ?? []).flatMap((rider) => rider({ mode, delivery: geo.delivery }) ?? []) : [];
  const bonus = [...effectDamage(attacker, target.id, { weapon: attackSource(profile).kind === 'weapon', melee: profile.kind === 'melee' }), ...ridden];
  const named = [...new Set([...own.named, ...against.modes.advantage, ...against.modes.disadvantage, ...(hit ? bonus.map((b) => b.from) : [])])];
  const base = {
    attackerId: attacker.id,
    targetId: target.id,
    attack: profile.name,
    delivery: geo.delivery,
    mode,
    reasons,
    ...(named.length ? { effects: named } : {}),
    ...(cover !== 'none' ? { cover } : {}),
  };
  if (!hit) return { result: { ...base, roll: record, natural, targetAc, hit, critical: false, damage: null }, patches: spent };

  const extra = bonus.map((b) => ({ dice: b.dice, type: b.type ?? profile.damage.type }));
  const defenses = defensesAgainst(target, { kind: 'attack', magical: isMagicalAttack(attacker, profile) });
  const parts = [profile.damage, ...profile.extraDamage, ...extra].map((part): DamagePartResult => {
    const dice = roll(critical ? criticalNotation(part.dice) : part.dice);
    const adjusted = adjustForType(dice.total, part.type, defenses, has(target, 'petrified'));
    return { roll: dice, type: part.type, amount: adjusted.amount, adjustment: adjusted.adjustment };
  });
  const total = parts.reduce((sum, p) => sum + p.amount, 0);
  const nonlethal = options.nonlethal === true && geo.delivery === 'melee';
  const dealt = damagePatches(target, total, { critical, nonlethal });
  return {
    result: { ...base, roll: record, natural, targetAc, hit, critical, damage: { parts, total, outcome: dealt.outcome } },
    patches: [...spent, ...dealt.patches],
  };
}
