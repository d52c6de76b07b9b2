import { z } from 'zod';
import { afterCommit } from './actions/after-commit';
import type { CheckResult, Roller } from './checks';
import { has, isIncapacitated } from './conditions';
import { rollDice, type DiceRollRecord } from './dice';
import { nextRollSeed } from './dice-key';
import { applyPatches, type StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import { findCombatant, isCharacter, type CharacterSheet, type Combatant, type GameState, type RulesState } from './state';
import type { TurnContext } from './turn-context';
import type { TurnEvent } from './turn-events';
import { assertTurn } from './turn-order';

/**
 * The bookkeeping under TurnResolver: seeded rolls, committed patches and
 * lookups that reject what does not exist or cannot act.
 */
export abstract class ResolverCore {
  private current: RulesState;
  readonly patches: StatePatch[] = [];
  readonly rolls: DiceRollRecord[] = [];
  readonly checks: CheckResult[] = [];
  readonly events: TurnEvent[] = [];

  private readonly actingFor: string | undefined;

  /**
   * @param actingFor whose action the turn resolves: only they may take actions in it (others may still
   * roll checks and saves the action calls for). Unset, anyone whose turn it is may act.
   */
  constructor(initial: GameState, actingFor?: string) {
    // Parsing fills in fields older states lack, so the engine always sees a whole state.
    this.current = applyPatches(initial, []);
    this.actingFor = actingFor;
  }

  get state(): RulesState {
    return this.current;
  }

  /** Rolls with the session's next seed and records the roll. */
  protected readonly roller: Roller = (notation) => {
    const seed = nextRollSeed(this.current);
    const record = rollDice(notation, seed);
    this.commit([{ op: 'session.rollCount', rollCount: this.current.rollCount + 1 }]);
    this.rolls.push(record);
    return record;
  };

  /**
   * Applies patches the rules decided. What follows from damage and
   * incapacity is worked out here (a sleeper wakes, concentration is kept or
   * broken), so every way of dealing them (attacks, spells, hazards,
   * conditions) has those consequences.
   */
  protected commit(patches: readonly StatePatch[]): void {
    const before = this.current;
    this.current = applyPatches(this.current, patches);
    this.patches.push(...patches);
    if (patches.some((p) => p.op !== 'session.rollCount')) this.act((turn) => afterCommit(turn, before, patches));
  }

  /**
   * Runs one tool call all or nothing: if the rules reject it part way, the
   * rolls and patches it made are taken back, so a refusal changes nothing.
   */
  protected atomically<T>(fn: () => T): T {
    const saved = { state: this.current, patches: this.patches.length, rolls: this.rolls.length, checks: this.checks.length, events: this.events.length };
    try {
      return fn();
    } catch (error) {
      this.current = saved.state;
      this.patches.length = saved.patches;
      this.rolls.length = saved.rolls;
      this.checks.length = saved.checks;
      this.events.length = saved.events;
      // Malformed input (a bad stat block, a negative level) is refused like any other rule.
      if (error instanceof z.ZodError) {
        const issue = error.issues[0];
        throw new RuleViolation(`Invalid input: ${issue?.path.join('.')} ${issue?.message}`);
      }
      throw error;
    }
  }

  /**
   * Runs one rules action all or nothing, with the turn's context: the way
   * action modules outside the resolver classes change the table.
   */
  act<T>(action: (turn: TurnContext) => T): T {
    return this.atomically(() => {
      // A getter, so an action reads the state after its own commits.
      const resolver = this;
      return action({
        get state() {
          return resolver.current;
        },
        roll: this.roller,
        commit: (patches) => this.commit(patches),
        recordCheck: (result) => void this.checks.push(result),
        events: this.events,
        note: (event) => void this.events.push(event),
        combatant: (id) => this.combatant(id),
        character: (id) => this.character(id),
        living: (id) => this.living(id),
        able: (id) => this.able(id),
        actor: (id) => this.actor(id),
      });
    });
  }

  protected combatant(id: string): Combatant {
    const found = findCombatant(this.current, id);
    if (!found) throw new RuleViolation(`No character "${id}" at this table`);
    return found;
  }

  protected character(id: string): CharacterSheet {
    const found = this.combatant(id);
    if (!isCharacter(found)) throw new RuleViolation(`${found.name} is not a player character`);
    return found;
  }

  protected living(id: string): Combatant {
    const c = this.combatant(id);
    if (c.dead) throw new RuleViolation(`${c.name} is dead`);
    return c;
  }

  /** A creature able to do something of its own will: alive, conscious, not incapacitated. */
  protected able(id: string): Combatant {
    const c = this.combatant(id);
    if (c.dead) throw new RuleViolation(`${c.name} is dead`);
    if (has(c, 'unconscious')) throw new RuleViolation(`${c.name} is unconscious and cannot act`);
    if (isIncapacitated(c)) {
      const why = c.conditions.filter((k) => ['incapacitated', 'paralyzed', 'petrified', 'stunned'].includes(k)).join(', ');
      throw new RuleViolation(`${c.name} is ${why} and cannot act`);
    }
    return c;
  }

  /** A creature taking an action: able to, the one whose action this turn resolves, and in a fight it must be its turn. */
  protected actor(id: string): Combatant {
    const c = this.able(id);
    assertTurn(this.current, c);
    if (this.actingFor !== undefined && c.id !== this.actingFor) {
      const acting = findCombatant(this.current, this.actingFor)?.name ?? this.actingFor;
      throw new RuleViolation(`This is ${acting}'s action: ${c.name} cannot act in it, only make the checks and saves it calls for. ${c.name} acts when they choose to.`);
    }
    return c;
  }
}
