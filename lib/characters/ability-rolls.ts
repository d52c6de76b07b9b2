import { randomInt } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { sessionSecret } from '@/lib/auth/identity';
import { AppError } from '@/lib/errors';
import { rollDice, type DiceRollRecord } from '@/lib/rules/dice';

/** Four six-sided dice, the lowest dropped: the SRD's way of rolling a score. */
export const ABILITY_ROLL = '4d6kh3';
/** A set of rolls may be built with for this long after it was rolled. */
const ROLL_TTL_S = 7 * 24 * 3600;

const sealedSchema = z.object({ userId: z.string(), seeds: z.array(z.number().int()).length(6) });

/**
 * Rolls six scores for a person on the server, each from a fresh random
 * seed, so the faces are the dice's and replay from the record. The token
 * seals the seeds to the person: a character is built from rolls only with
 * the token of the set they came from.
 */
export async function rollAbilityScores(userId: string): Promise<{ rolls: DiceRollRecord[]; token: string }> {
  const rolls = Array.from({ length: 6 }, () => rollDice(ABILITY_ROLL, randomInt(0, 2 ** 32)));
  const token = await sealData({ userId, seeds: rolls.map((r) => r.seed) }, { password: await sessionSecret(), ttl: ROLL_TTL_S });
  return { rolls, token };
}

/**
 * Checks rolled scores' records against the sealed set: the same six
 * seeds, rolled by this person, each record what its seed rolls.
 */
export async function verifyAbilityRolls(userId: string, rolls: readonly DiceRollRecord[], token: string | null): Promise<void> {
  const refuse = (why: string): never => {
    throw new AppError('bad_request', `build.abilities.rolls: ${why}`);
  };
  if (!token) refuse('rolled scores need the token the roll gave; roll on this page');
  const sealed = sealedSchema.safeParse(await unsealData(token!, { password: await sessionSecret(), ttl: ROLL_TTL_S }).catch(() => null));
  if (!sealed.success || sealed.data.userId !== userId) refuse('these rolls are not a set the table rolled for you; roll again');
  const seeds = [...rolls.map((r) => r.seed)].sort((a, b) => a - b);
  const expected = [...sealed.data!.seeds].sort((a, b) => a - b);
  if (rolls.length !== 6 || seeds.some((s, i) => s !== expected[i])) refuse('the six rolls must be the six the table rolled for you');
  for (const roll of rolls) {
    const replayed = rollDice(ABILITY_ROLL, roll.seed);
    if (roll.notation !== ABILITY_ROLL || replayed.total !== roll.total || replayed.faces.join() !== roll.faces.join()) refuse('a roll does not match its dice');
  }
}
