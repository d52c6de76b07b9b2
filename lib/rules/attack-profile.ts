import { z } from 'zod';
import { damageTypeSchema } from './damage-types';

export const damagePartSchema = z.object({
  /** Dice notation, e.g. "1d6+2". */
  dice: z.string().min(1).max(30),
  type: damageTypeSchema,
});

/**
 * Where an attack comes from, so the log can name the source of its
 * damage: a carried weapon (an inventory item id), a spell the attacker
 * knows, the body itself (an unarmed strike), or a stat block's action.
 */
export const attackSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weapon'), itemId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('spell'), spellId: z.string().min(1).max(64) }),
  z.object({ kind: z.literal('natural') }),
  z.object({ kind: z.literal('action'), name: z.string().min(1).max(60) }),
]);

export type AttackSource = z.infer<typeof attackSourceSchema>;

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
  /** Absent on stat blocks written before sources were named; attackSource() fills it in. */
  source: attackSourceSchema.optional(),
});

export type AttackProfile = z.infer<typeof attackProfileSchema>;

/** Where an attack comes from; a stat block's attack without one is the action of its name. */
export function attackSource(profile: Pick<AttackProfile, 'name' | 'source'>): AttackSource {
  return profile.source ?? { kind: 'action', name: profile.name };
}
