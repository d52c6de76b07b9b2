import type { CheckResult, Roller } from './checks';
import type { StatePatch } from './patches';
import type { CharacterSheet, Combatant, RulesState } from './state';
import type { TurnEvent } from './turn-events';

/**
 * What a rules action works with inside one all-or-nothing step: the state as
 * it stands, seeded rolls, committed patches, and look-ups that refuse what
 * does not exist or cannot act. Actions written as functions of a resolver
 * (lib/rules/actions) reach the table through this and nothing else.
 */
export type TurnContext = {
  readonly state: RulesState;
  roll: Roller;
  commit(patches: readonly StatePatch[]): void;
  /** Records a check or save for the log's dice display. */
  recordCheck(result: CheckResult): void;
  /** What has happened so far in this turn (turn-events.ts), and a way to add to it. */
  readonly events: readonly TurnEvent[];
  note(event: TurnEvent): void;
  combatant(id: string): Combatant;
  character(id: string): CharacterSheet;
  living(id: string): Combatant;
  able(id: string): Combatant;
  actor(id: string): Combatant;
};
