import type { CheckResult } from '@/lib/rules/checks';
import type { DiceRollRecord } from '@/lib/rules/dice';
import type { ToolCallRecord } from '@/lib/rules/session-log';

/** One die as rolled; a keep/drop modifier (2d20kh1, 4d6dl1) can discard it. */
export type Face = { value: number; dropped: boolean };

/** What a roll decided, when the log says: a check against a DC or an attack against an AC. */
export type RollOutcome =
  | { kind: 'check'; check: CheckResult }
  | { kind: 'attack'; hit: boolean; critical: boolean; ac: number | null }
  | { kind: 'plain' };

export type ClassifiedRoll = { roll: DiceRollRecord; outcome: RollOutcome };

/** The value browser tests and styles key on: `data-outcome` of a dice chip. */
export type OutcomeName = 'success' | 'failure' | 'hit' | 'miss' | 'none';

/**
 * The faces of a roll with dropped dice marked. The record's `faces` does not
 * say which dice were dropped; the roller's own text does ("[3d, 8]"), so it
 * is read from there, and ignored if it does not agree with `faces`.
 */
export function facesOf(roll: DiceRollRecord): Face[] {
  const items = [...roll.text.matchAll(/\[([^\]]*)\]/g)].flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim()));
  const parsed = items.map((item) => /^(-?\d+)(\D*)$/.exec(item));
  const agrees =
    parsed.length === roll.faces.length && parsed.every((m, i) => m !== null && Number(m[1]) === roll.faces[i]);
  if (!agrees) return roll.faces.map((value) => ({ value, dropped: false }));
  return roll.faces.map((value, i) => ({ value, dropped: (parsed[i]?.[2] ?? '').includes('d') }));
}

type AttackFound = { seed: number | null; text: string | null; hit: boolean; critical: boolean; ac: number | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function attackIn(value: Record<string, unknown>): AttackFound | null {
  if (typeof value.hit !== 'boolean') return null;
  const roll = value.roll;
  const ac = value.targetAc ?? value.ac;
  return {
    seed: isRecord(roll) && typeof roll.seed === 'number' ? roll.seed : null,
    text: typeof roll === 'string' ? roll : isRecord(roll) && typeof roll.text === 'string' ? roll.text : null,
    hit: value.hit,
    critical: value.critical === true,
    ac: typeof ac === 'number' ? ac : null,
  };
}

/**
 * Attack results the engine returned to the DM's tools. Tool outputs are
 * free-form (one attack, or several for a multiattack), so this looks for
 * anything shaped like an attack result, a few levels deep.
 */
function attacksIn(value: unknown, depth = 0): AttackFound[] {
  if (depth > 3) return [];
  if (Array.isArray(value)) return value.flatMap((v) => attacksIn(v, depth + 1));
  if (!isRecord(value)) return [];
  const found = attackIn(value);
  if (found) return [found];
  return Object.values(value).flatMap((v) => attacksIn(v, depth + 1));
}

/** Pairs each roll of a turn with the check or attack it decided, matched by seed or by the roller's text. */
export function classifyRolls(
  rolls: readonly DiceRollRecord[],
  checks: readonly CheckResult[],
  toolCalls: readonly ToolCallRecord[],
): ClassifiedRoll[] {
  const attacks = toolCalls.filter((call) => call.ok).flatMap((call) => attacksIn(call.output));
  return rolls.map((roll): ClassifiedRoll => {
    const check = checks.find((c) => c.roll.seed === roll.seed);
    if (check) return { roll, outcome: { kind: 'check', check } };
    const attack = attacks.find((a) => (a.seed !== null ? a.seed === roll.seed : a.text === roll.text));
    if (attack) return { roll, outcome: { kind: 'attack', hit: attack.hit, critical: attack.critical, ac: attack.ac } };
    return { roll, outcome: { kind: 'plain' } };
  });
}

export function outcomeName(outcome: RollOutcome): OutcomeName {
  switch (outcome.kind) {
    case 'check':
      return outcome.check.success ? 'success' : 'failure';
    case 'attack':
      return outcome.hit ? 'hit' : 'miss';
    case 'plain':
      return 'none';
  }
}

const skillLabels: Record<string, string> = {
  str: 'Strength',
  dex: 'Dexterity',
  con: 'Constitution',
  int: 'Intelligence',
  wis: 'Wisdom',
  cha: 'Charisma',
  animalHandling: 'Animal Handling',
  sleightOfHand: 'Sleight of Hand',
};

/** "perception" -> "Perception", "dex" -> "Dexterity", "sleightOfHand" -> "Sleight of Hand". */
export function skillLabel(skill: string): string {
  return skillLabels[skill] ?? skill.charAt(0).toUpperCase() + skill.slice(1);
}

/** The verdict as words: "vs DC 13 · success", "vs AC 15 · critical hit", or "" for a plain roll. */
export function verdictOf(outcome: RollOutcome): string {
  switch (outcome.kind) {
    case 'check': {
      const { check } = outcome;
      const natural = check.critical === 'success' ? ' · natural 20' : check.critical === 'failure' ? ' · natural 1' : '';
      const auto = check.autoFailed ? ' · fails automatically' : '';
      const effects = check.effects?.length ? ` · ${check.effects.join(', ')}` : '';
      return `vs DC ${check.dc} · ${check.success ? 'success' : 'failure'}${natural}${auto}${effects}`;
    }
    case 'attack': {
      const against = outcome.ac === null ? '' : `vs AC ${outcome.ac} · `;
      return `${against}${outcome.critical && outcome.hit ? 'critical hit' : outcome.hit ? 'hit' : 'miss'}`;
    }
    case 'plain':
      return '';
  }
}

/** What the roll was for: "Perception check", "Dexterity save", "Attack", or nothing. */
export function purposeOf(outcome: RollOutcome): string {
  if (outcome.kind === 'check') return `${skillLabel(outcome.check.skill)} ${outcome.check.kind === 'save' ? 'save' : 'check'}`;
  if (outcome.kind === 'attack') return 'Attack';
  return '';
}
