import { z } from 'zod';
import { abilities, skills } from '../abilities';
import { conditionNames } from '../conditions';
import { damageTypeSchema } from '../damage-types';

/**
 * Schemas shared by the SRD data files. Every record type the data holds is
 * validated with these when a file is first read, so a hand edit or a broken
 * generator fails loudly instead of feeding the engine bad numbers.
 */

export { damageTypeSchema };

/** A kebab-case id, as every SRD record uses (`fireball`, `adult-red-dragon`). */
export const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const abilitySchema = z.enum(abilities);
export const skillSchema = z.enum(skills);

/** The engine's conditions plus exhaustion, which the SRD also lists as one. */
export const conditionIdSchema = z.enum([...conditionNames, 'exhaustion']);
export type ConditionId = z.infer<typeof conditionIdSchema>;

/**
 * Dice as the engine's roller reads them, without spaces: `8d6`, `2d4+2`,
 * `4d6+4d6`, or a flat number (`70`).
 */
export const diceSchema = z.string().regex(/^(\d+d\d+|\d+)([+-](\d+d\d+|\d+))*$/);
export type Dice = z.infer<typeof diceSchema>;

/** One value of a table that grows with level: from `level` on, `dice` applies. */
export const diceAtLevelSchema = z.object({ level: z.number().int().min(0).max(20), dice: diceSchema });
export type DiceAtLevel = z.infer<typeof diceAtLevelSchema>;

export const coinSchema = z.enum(['cp', 'sp', 'ep', 'gp', 'pp']);
export type Coin = z.infer<typeof coinSchema>;
export const costSchema = z.object({ amount: z.number().nonnegative(), unit: coinSchema });
export type Cost = z.infer<typeof costSchema>;

const copperPer: Record<Coin, number> = { cp: 1, sp: 10, ep: 50, gp: 100, pp: 1000 };

/** A price in copper pieces, so prices in different coins compare. */
export function costInCopper(cost: Cost): number {
  return Math.round(cost.amount * copperPer[cost.unit]);
}

export const areaSchema = z.object({
  shape: z.enum(['cone', 'cube', 'cylinder', 'line', 'sphere']),
  /** Feet: a sphere's or cylinder's radius, a cube's side, a cone's or line's length. */
  size: z.number().positive(),
});
export type Area = z.infer<typeof areaSchema>;

/**
 * A saving throw: the ability, the DC where the source fixes one (monsters;
 * a spell's DC is its caster's), and what a success does to the damage.
 * `other` means a success has an effect of its own that is not about damage.
 */
export const saveSchema = z.object({
  ability: abilitySchema,
  dc: z.number().int().positive().optional(),
  onSuccess: z.enum(['half', 'none', 'other']),
});
export type Save = z.infer<typeof saveSchema>;

/**
 * How often something may be used: at will, a number of times a day,
 * recharging on a d6 roll of `min` or more, or once per rest of a kind.
 */
export const usageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('at will') }),
  z.object({ kind: z.literal('per day'), times: z.number().int().positive() }),
  z.object({ kind: z.literal('recharge'), min: z.number().int().min(2).max(6) }),
  z.object({ kind: z.literal('per rest'), times: z.number().int().positive(), rests: z.array(z.enum(['short', 'long'])).min(1) }),
]);
export type Usage = z.infer<typeof usageSchema>;

/** The shape of every generated file: the attribution, then its records. */
export function dataFileSchema<K extends string, T extends z.ZodType>(key: K, record: T) {
  return z.object({ source: z.string().min(50), [key]: z.array(record) } as { source: z.ZodString } & Record<K, z.ZodArray<T>>);
}

/** Reads a data file once, on first use, so importing a module costs nothing until its data is needed. */
export function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}
