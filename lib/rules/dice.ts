import { DiceRoll, NumberGenerator } from '@dice-roller/rpg-dice-roller';
import { MersenneTwister19937 } from 'random-js';
import { z } from 'zod';
import { RuleViolation } from './rule-violation';

/** A roll as recorded in the session log: enough to show it and to replay it. */
export const diceRollRecordSchema = z.object({
  notation: z.string(),
  seed: z.number().int(),
  /** Every die face rolled, in order, including dice later dropped. */
  faces: z.array(z.number().int()),
  total: z.number().int(),
  /** The library's own rendering, e.g. "1d20+3: [14]+3 = 17". */
  text: z.string(),
});

export type DiceRollRecord = z.infer<typeof diceRollRecordSchema>;

/** Notation the roller cannot read, or a pool too large to be a real roll: a refusal like any rule. */
export class DiceNotationError extends RuleViolation {
  constructor(notation: string) {
    super(`"${notation}" is not valid dice notation`);
    this.name = 'DiceNotationError';
  }
}

type RollGroupJson = { rolls?: { value: number }[] };

/** More dice than any rule calls for; larger pools are mistakes and would stall a turn. */
const MAX_DICE = 100;
const MAX_SIDES = 1000;

function tooManyDice(notation: string): boolean {
  let count = 0;
  for (const [, n, sides] of notation.matchAll(/(\d*)d(\d+)/gi)) {
    count += n ? Number(n) : 1;
    if (Number(sides) > MAX_SIDES) return true;
  }
  return count > MAX_DICE;
}

/** Rolls standard notation (XdY+Z, 2d20kh1, 4d6kl3...) from a seed, exactly replayable. */
export function rollDice(notation: string, seed: number): DiceRollRecord {
  if (tooManyDice(notation)) throw new DiceNotationError(notation);
  // The library draws from one global generator; rolls are synchronous, so
  // seeding it right before each roll makes every roll independent and exact.
  NumberGenerator.generator.engine = MersenneTwister19937.seed(seed);
  let roll: DiceRoll;
  try {
    roll = new DiceRoll(notation);
  } catch {
    throw new DiceNotationError(notation);
  }
  const groups = roll.toJSON().rolls as unknown as Array<RollGroupJson | string | number>;
  const faces = groups.flatMap((g) => (typeof g === 'object' && g.rolls ? g.rolls.map((r) => r.value) : []));
  return { notation, seed, faces, total: roll.total, text: roll.output };
}
