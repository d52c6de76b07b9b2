import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * A session's dice key: 256 secret bits from which every roll's seed is
 * derived. It never leaves the server; knowing earlier rolls, their seeds or
 * how many were rolled tells nothing about the next one.
 */
export const diceKeySchema = z.string().regex(/^[0-9a-f]{64}$/, 'a dice key is 64 hexadecimal digits');

export type DiceKey = z.infer<typeof diceKeySchema>;

/** A fresh key for a table nobody asked to be reproducible. */
export function newDiceKey(): DiceKey {
  return randomBytes(32).toString('hex');
}

/**
 * The key of a table opened with a chosen seed (tests, replays, bug reports),
 * and of sessions saved when the state held a bare 32-bit seed. Whoever knows
 * the seed can predict such a table's dice; that is what choosing one means.
 */
export function diceKeyFromSeed(seed: number): DiceKey {
  return createHash('sha256').update(`roundtable-dice:${seed}`).digest('hex');
}

/** The key as stored: a key, or a legacy or chosen numeric seed turned into one. */
export const storedDiceKeySchema = z.union([diceKeySchema, z.number().int().nonnegative().transform(diceKeyFromSeed)]);

/**
 * The seed of the session's n-th roll: a keyed hash, so a roll replays on the
 * server from the key and its index alone, and cannot be foretold without the key.
 */
export function rollSeed(key: DiceKey, rollIndex: number): number {
  return createHmac('sha256', key).update(String(rollIndex)).digest().readUInt32BE(0);
}

/**
 * The seed of the roll `ahead` rolls after the table's next one. Only a state
 * shown to players lacks its key, and nothing rolls on one of those.
 */
export function nextRollSeed(state: { seed?: DiceKey; rollCount: number }, ahead = 0): number {
  if (!state.seed) throw new Error('This state has no dice key: it is a view for players, not a table to roll on');
  return rollSeed(state.seed, state.rollCount + ahead);
}
