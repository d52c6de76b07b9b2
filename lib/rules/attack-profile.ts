import { z } from 'zod';
import { damageTypeSchema } from './damage-types';

export const damagePartSchema = z.object({
  /** Dice notation, e.g. "1d6+2". */
  dice: z.string().min(1).max(30),
  type: damageTypeSchema,
});

/** One attack a creature can make, as printed on its sheet or stat block. */
export const attackProfileSchema = z.object({
  name: z.string().min(1).max(60),
  kind: z.enum(['melee', 'ranged']),
  /** The whole attack bonus (ability, proficiency, magic), as the sheet prints it. */
  toHit: z.number().int().min(-5).max(20),
  damage: damagePartSchema,
  /** Damage added on a hit, such as a blade's fire; rolled and resisted separately. */
  extraDamage: z.array(damagePartSchema).max(4).default([]),
  /** Melee reach in feet. */
  reach: z.number().int().min(5).max(30).default(5),
  /** Range in feet for ranged and thrown attacks; beyond normal is at disadvantage, beyond long impossible. */
  range: z
    .object({ normal: z.number().int().min(5).max(600), long: z.number().int().min(5).max(1200) })
    .refine((r) => r.long >= r.normal, { message: 'long range must not be shorter than normal range' })
    .nullable()
    .default(null),
});

export type AttackProfile = z.infer<typeof attackProfileSchema>;
