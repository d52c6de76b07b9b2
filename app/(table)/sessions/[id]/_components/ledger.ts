import type { InitiativeEntry, TurnBudget } from '@/lib/rules/combat-state';
import type { Condition } from '@/lib/rules/conditions';
import type { RulesState } from '@/lib/rules/state';
import { words } from './sheet-patch-lines';

/**
 * What the log has shown of one character or creature so far. Patches carry
 * new values only, so "before" values come from earlier patches; until one
 * arrives, hit points and conditions are unknown rather than guessed.
 */
export type Known = {
  name: string;
  hostile: boolean;
  maxHp: number;
  hp?: number;
  tempHp?: number;
  conditions?: readonly Condition[];
  /** The effects seen put on it, by effect id, named by their source ("bless"), so their end can be named too. */
  effects?: Readonly<Record<string, string>>;
};

export type KnownCombat = {
  round: number;
  turnIndex: number;
  order: readonly InitiativeEntry[];
  /** What the creature whose turn it is has spent; empty at the start of a fight. */
  turn: Partial<TurnBudget>;
  dodging: readonly string[];
  /** Absent from fights the log began before reactions were kept. */
  reactionsUsed?: readonly string[];
};

/** The play screen's running record of the game while it reads the log from the start. */
export type Ledger = {
  who: Readonly<Record<string, Known>>;
  /** Null out of a fight, and in one that began before anything the log records. */
  combat: KnownCombat | null;
};

type Roster = Pick<RulesState, 'party' | 'creatures'>;

function knownOf(c: Roster['party'][number] | Roster['creatures'][number], withNumbers: boolean): Known {
  const who = { name: c.name, hostile: 'hostile' in c && c.hostile, maxHp: c.maxHp };
  const effects = Object.fromEntries(c.effects.map((e) => [e.id, words(e.source.id)]));
  return withNumbers ? { ...who, hp: c.hp, tempHp: c.tempHp, conditions: c.conditions, effects } : who;
}

/**
 * A ledger that knows everyone's name (from the current state, which holds
 * everyone still here) but none of their numbers yet.
 */
export function ledgerFrom(state: Roster): Ledger {
  const who: Record<string, Known> = {};
  for (const c of [...state.party, ...state.creatures]) who[c.id] = knownOf(c, false);
  return { who, combat: null };
}

/** Everything the opening state shows, for logs that record it; names already known are kept for those who left. */
export function openWith(ledger: Ledger, opening: Pick<RulesState, 'party' | 'creatures' | 'combat'>): Ledger {
  const who: Record<string, Known> = { ...ledger.who };
  for (const c of [...opening.party, ...opening.creatures]) who[c.id] = knownOf(c, true);
  return { who, combat: opening.combat };
}

export function nameIn(ledger: Ledger, id: string): string {
  return ledger.who[id]?.name ?? id;
}

/** Records new facts about one character, keeping what was known before. */
export function learn(ledger: Ledger, id: string, facts: Partial<Known>): Ledger {
  const known = ledger.who[id] ?? { name: id, hostile: false, maxHp: 0 };
  return { ...ledger, who: { ...ledger.who, [id]: { ...known, ...facts } } };
}
