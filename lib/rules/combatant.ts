import { z } from 'zod';
import { abilities, skills } from './abilities';
import { attackProfileSchema } from './attack-profile';
import { conditionNames, conditionSchema } from './conditions';
import { damageTypeSchema } from './damage-types';
import { cellSchema } from './grid';
import { effectsSchema } from './sheet/effects';
import { concentrationSchema } from './sheet/spellbook';

export const abilityScoresSchema = z.record(z.enum(abilities), z.number().int().min(1).max(30));

export const spellSlotSchema = z
  .object({
    level: z.number().int().min(1).max(9),
    max: z.number().int().min(0).max(4),
    remaining: z.number().int().min(0),
  })
  .refine((s) => s.remaining <= s.max, { message: 'remaining slots must not exceed the maximum', path: ['remaining'] });

export type SpellSlot = z.infer<typeof spellSlotSchema>;

export const deathSavesSchema = z.object({
  successes: z.number().int().min(0).max(3),
  failures: z.number().int().min(0).max(3),
});

export type DeathSaves = z.infer<typeof deathSavesSchema>;

/**
 * What a creature is and can do: the parts of a character sheet or stat
 * block that fighting and resting leave alone. Fields added after the first
 * release default, so sheets written before them still parse.
 */
export const sheetShape = {
  maxHp: z.number().int().min(1),
  ac: z.number().int().min(1).max(30),
  /** Walking speed in feet. */
  speed: z.number().int().min(0).max(120).default(30),
  abilities: abilityScoresSchema,
  /** Skills the creature adds its proficiency bonus to. */
  proficiencies: z.array(z.enum(skills)).default([]),
  /** Skills it adds its proficiency bonus to twice. */
  expertise: z.array(z.enum(skills)).default([]),
  saveProficiencies: z.array(z.enum(abilities)).default([]),
  attacks: z.array(attackProfileSchema).default([]),
  /** Attacks one Attack action allows (Extra Attack, Multiattack). */
  attacksPerAction: z.number().int().min(1).max(4).default(1),
  spellcasting: z.object({ ability: z.enum(abilities) }).nullable().default(null),
  damageResistances: z.array(damageTypeSchema).default([]),
  damageVulnerabilities: z.array(damageTypeSchema).default([]),
  damageImmunities: z.array(damageTypeSchema).default([]),
  conditionImmunities: z.array(z.enum([...conditionNames, 'exhaustion'])).default([]),
};

/** How a creature is doing right now; only patches change these. */
export const statusShape = {
  hp: z.number().int().min(0),
  /** Temporary hit points, lost before real ones and never stacked. */
  tempHp: z.number().int().min(0).default(0),
  conditions: z.array(conditionSchema),
  /** Who imposed a charm, fear or grapple, for the rules that depend on it. */
  conditionSources: z.partialRecord(conditionSchema, z.string()).default({}),
  /** Exhaustion level, 0 (none) to 6 (dead). */
  exhaustion: z.number().int().min(0).max(6).default(0),
  deathSaves: deathSavesSchema.default({ successes: 0, failures: 0 }),
  /** At 0 hit points but no longer rolling death saves. */
  stable: z.boolean().default(false),
  dead: z.boolean().default(false),
  /** Square on the battle grid; null when the scene has no grid or the creature is off it. */
  position: cellSchema.nullable().default(null),
  spellSlots: z.array(spellSlotSchema).default([]),
  /** Active timed effects of spells, items, features and conditions. */
  effects: effectsSchema.default([]),
  /** The spell it is concentrating on, if any; effects that last while it concentrates end with it. */
  concentration: concentrationSchema.nullable().default(null),
};

type CombatantCore = {
  maxHp: number;
  hp: number;
  exhaustion: number;
  spellSlots: readonly { level: number }[];
  effects: readonly { id: string }[];
};

/** Exhaustion of 4 or more halves the hit point maximum. */
export function effectiveMaxHp(c: { maxHp: number; exhaustion: number }): number {
  return c.exhaustion >= 4 ? Math.floor(c.maxHp / 2) : c.maxHp;
}

/** Rules every sheet must satisfy, shared by characters and creatures. */
export function refineCombatant(c: CombatantCore, ctx: z.RefinementCtx): void {
  if (c.hp > effectiveMaxHp(c)) ctx.addIssue({ code: 'custom', message: 'hp must not exceed maxHp', path: ['hp'] });
  const levels = c.spellSlots.map((s) => s.level);
  if (new Set(levels).size !== levels.length) {
    ctx.addIssue({ code: 'custom', message: 'each spell slot level may appear once', path: ['spellSlots'] });
  }
  const effects = c.effects.map((e) => e.id);
  if (new Set(effects).size !== effects.length) ctx.addIssue({ code: 'custom', message: 'each effect needs its own id', path: ['effects'] });
}
