import type { Ability, Skill } from './abilities';
import { sneakAttack } from './actions/features/sneak-attack';
import { resolveAttack, findAttack, type AttackResult } from './attack';
import { attackSource } from './attack-profile';
import { abilityCheck, savingThrow, type CheckResult } from './checks';
import { applyConditionPatches, removeConditionPatches, type ConditionOrExhaustion } from './condition-patches';
import { CombatResolver } from './combat-resolver';
import { noModeSources, type ModeSources } from './d20';
import { damagePatches, type DamageOutcome } from './damage';
import type { DamageType } from './damage-types';
import type { DiceRollRecord } from './dice';
import { healPatches, tempHpPatches } from './healing';
import { creatureRestPatches, longRestPatches, shortRestPatches, type RestResult } from './rests';
import { RuleViolation } from './rule-violation';
import { spendSlot } from './spells';
import type { Combatant } from './state';
import { turnKey } from './turn-events';
import { spendAction, turnPatch } from './turn-order';

/** A damage or healing roll and the hit points either side of it. */
export type HpChange = {
  characterId: string;
  roll: DiceRollRecord;
  hpBefore: number;
  hpAfter: number;
  /** For damage: how it landed (resisted, soaked by temporary hit points, downed...). */
  outcome?: DamageOutcome;
};

/** A call for advantage or disadvantage the DM makes on top of what the rules give. */
export type RollOptions = { advantage?: boolean; disadvantage?: boolean };

/** The largest single amount of damage or healing one call may roll. */
const MAX_AMOUNT = 100;

function rulingSources(options: RollOptions): ModeSources {
  if (!options.advantage && !options.disadvantage) return noModeSources;
  return { advantage: options.advantage ? ['DM ruling'] : [], disadvantage: options.disadvantage ? ['DM ruling'] : [] };
}

/**
 * The only way a turn changes the game: every tool the DM calls lands here,
 * and the resolver rolls, checks the rules and records the patches. A call
 * the rules forbid throws RuleViolation and changes nothing.
 */
export class TurnResolver extends CombatResolver {
  /** An ability check, with a skill or a plain ability, against a DC (the scene's by default). */
  check(characterId: string, skill: Skill | Ability, dc?: number, options: RollOptions = {}): CheckResult {
    return this.atomically(() => {
      const c = this.able(characterId);
      const result = abilityCheck(c, skill, dc ?? this.state.scene.dc, this.roller, rulingSources(options));
      this.checks.push(result);
      return result;
    });
  }

  /** A saving throw; anyone alive makes one when the rules call for it, on their turn or not. */
  save(characterId: string, ability: Ability, dc: number, options: RollOptions = {}): CheckResult {
    return this.atomically(() => {
      const c = this.living(characterId);
      const dodging = ability === 'dex' && this.state.combat?.dodging.includes(c.id) === true;
      const sources = rulingSources(options);
      const all = dodging ? { ...sources, advantage: [...sources.advantage, 'dodging'] } : sources;
      const result = savingThrow(c, ability, dc, this.roller, all);
      this.checks.push(result);
      return result;
    });
  }

  /**
   * One attack with a named attack from the attacker's sheet. In a fight it
   * must be the attacker's turn, and the first attack spends its action.
   */
  attack(attackerId: string, targetId: string, attackName: string, options: RollOptions & { nonlethal?: boolean } = {}): AttackResult {
    return this.atomically(() => {
      const attacker = this.actor(attackerId);
      const target = this.combatant(targetId);
      const profile = findAttack(attacker, attackName);
      const combat = this.state.combat;
      const budget = combat ? [turnPatch(combat, spendAction(combat, attacker, 'attack'))] : [];
      const sneak = sneakAttack(this.state, this.events, attacker, target, profile);
      const { result, patches } = resolveAttack(this.state, attacker, target, profile, this.roller, {
        sources: rulingSources(options),
        nonlethal: options.nonlethal,
        riders: sneak ? [sneak.rider] : [],
      });
      const sneaked = sneak?.spent();
      this.events.push({ kind: 'attack', turn: turnKey(this.state), result, weapon: attackSource(profile).kind === 'weapon' }, ...(sneaked ? [sneaked] : []));
      this.commit([...budget, ...patches]);
      return result;
    });
  }

  /**
   * Damage of dice the caller gives, of a type when it has one. No DM tool
   * reaches this: at the table, damage comes only from attacks, spells,
   * creatures' actions and the hazards a scene declares. Tests and the
   * invariant checks use it to wound a table.
   */
  damage(characterId: string, notation: string, options: { type?: DamageType; critical?: boolean } = {}): HpChange {
    return this.atomically(() => {
      const c = this.living(characterId);
      const roll = this.rollAmount(notation);
      const { patches, outcome } = damagePatches(c, roll.total, options);
      this.commit(patches);
      this.passTurnIfDead();
      return { characterId, roll, hpBefore: c.hp, hpAfter: this.combatant(characterId).hp, outcome };
    });
  }

  /** Healing of dice the caller gives; like damage(), for tests, never a DM tool. */
  heal(characterId: string, notation: string): HpChange {
    return this.atomically(() => {
      const c = this.living(characterId);
      const roll = this.rollAmount(notation);
      this.commit(healPatches(c, roll.total));
      return { characterId, roll, hpBefore: c.hp, hpAfter: this.combatant(characterId).hp };
    });
  }

  /** Grants temporary hit points; they replace a smaller pool and never stack. */
  grantTempHp(characterId: string, amount: number): number {
    return this.atomically(() => {
      if (!Number.isInteger(amount) || amount < 0 || amount > MAX_AMOUNT) throw new RuleViolation('Temporary hit points must be 0 to 100');
      this.commit(tempHpPatches(this.living(characterId), amount));
      return this.combatant(characterId).tempHp;
    });
  }

  /**
   * Imposes a condition, or one level of exhaustion; sourceId names who
   * charms, frightens or grapples. No DM tool imposes one by declaration
   * (spells, hazards and grapples make their own patches); tests call this.
   */
  applyCondition(characterId: string, condition: ConditionOrExhaustion, sourceId?: string): Combatant {
    return this.atomically(() => {
      if (sourceId !== undefined) this.combatant(sourceId);
      this.commit(applyConditionPatches(this.living(characterId), condition, sourceId));
      this.passTurnIfDead();
      return this.combatant(characterId);
    });
  }

  removeCondition(characterId: string, condition: ConditionOrExhaustion): Combatant {
    return this.atomically(() => {
      this.commit(removeConditionPatches(this.living(characterId), condition));
      return this.combatant(characterId);
    });
  }

  /** Spends a spell slot outside casting (a feature that burns one); refuses slots not there. */
  spendSlot(characterId: string, level: number): { level: number; remaining: number } {
    return this.atomically(() => {
      const spent = spendSlot(this.living(characterId), level);
      this.commit([spent.patch]);
      return { level, remaining: spent.remaining };
    });
  }

  /** A short rest (spending hit dice) or a long rest, never during a fight. */
  rest(characterId: string, kind: 'short' | 'long', options: { hitDice?: number } = {}): RestResult {
    return this.atomically(() => {
      if (this.state.combat) throw new RuleViolation('Nobody can rest in the middle of a fight');
      const c = this.character(characterId);
      const { patches, result } = kind === 'short' ? shortRestPatches(c, options.hitDice ?? 0, this.roller) : longRestPatches(c, this.roller);
      this.commit([...patches, ...creatureRestPatches(this.state.creatures, kind)]);
      this.events.push({ kind: 'rest', turn: null, characterId, rest: kind });
      return result;
    });
  }

  /** Rolls a DM-supplied amount, refusing amounts no single effect should reach. */
  private rollAmount(notation: string): DiceRollRecord {
    const record = this.roller(notation);
    if (record.total > MAX_AMOUNT) throw new RuleViolation(`${notation} is more than one hazard can deal`);
    return record;
  }
}
