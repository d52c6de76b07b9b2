import { abilityCheck, type CheckResult } from './checks';
import { damagePatches } from './damage';
import { rollDice, rollSeed, type DiceRollRecord } from './dice';
import { healPatches } from './healing';
import { applyPatches, RuleViolation, type StatePatch } from './patches';
import { findCharacter, type Character, type GameState } from './state';
import type { Skill } from './abilities';

export type HpChange = { characterId: string; roll: DiceRollRecord; hpBefore: number; hpAfter: number };

/**
 * The only way a turn changes the game: every tool the DM calls lands here,
 * and the resolver rolls, checks the rules and records the patches.
 */
export class TurnResolver {
  private current: GameState;
  readonly patches: StatePatch[] = [];
  readonly rolls: DiceRollRecord[] = [];
  readonly checks: CheckResult[] = [];

  constructor(initial: GameState) {
    this.current = initial;
  }

  get state(): GameState {
    return this.current;
  }

  check(characterId: string, skill: Skill, dc?: number): CheckResult {
    const character = this.conscious(characterId);
    const result = abilityCheck(character, skill, dc ?? this.current.scene.dc, this.nextSeed());
    this.rolls.push(result.roll);
    this.checks.push(result);
    return result;
  }

  damage(characterId: string, notation: string): HpChange {
    const character = this.character(characterId);
    const roll = this.roll(notation);
    this.commit(damagePatches(character, roll.total));
    return { characterId, roll, hpBefore: character.hp, hpAfter: this.character(characterId).hp };
  }

  heal(characterId: string, notation: string): HpChange {
    const character = this.character(characterId);
    const roll = this.roll(notation);
    this.commit(healPatches(character, roll.total));
    return { characterId, roll, hpBefore: character.hp, hpAfter: this.character(characterId).hp };
  }

  private roll(notation: string): DiceRollRecord {
    const record = rollDice(notation, this.nextSeed());
    if (record.total > 100) throw new RuleViolation(`${notation} is more than one hazard can deal`);
    this.rolls.push(record);
    return record;
  }

  private nextSeed(): number {
    const seed = rollSeed(this.current.seed, this.current.rollCount);
    this.commit([{ op: 'session.rollCount', rollCount: this.current.rollCount + 1 }]);
    return seed;
  }

  private commit(patches: StatePatch[]): void {
    this.current = applyPatches(this.current, patches);
    this.patches.push(...patches);
  }

  private character(id: string): Character {
    const character = findCharacter(this.current, id);
    if (!character) throw new RuleViolation(`No character "${id}" at this table`);
    return character;
  }

  private conscious(id: string): Character {
    const character = this.character(id);
    if (character.conditions.includes('unconscious')) {
      throw new RuleViolation(`${character.name} is unconscious and cannot act`);
    }
    return character;
  }
}
