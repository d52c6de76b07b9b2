import { z } from 'zod';
import { skills } from './abilities';
import { damageTypeSchema } from './damage-types';
import { monsterAbilitySchema } from './srd/monster-schema';
import { spellSchema } from './srd/spell-schema';

/**
 * A damage resistance or immunity that holds only against some damage:
 * nonmagical attacks (unless made with silvered or adamantine weapons when
 * `except` says so), or spells.
 */
export const qualifiedDefenseSchema = z.object({
  defense: z.enum(['resistance', 'immunity']),
  types: z.array(damageTypeSchema).min(1),
  against: z.enum(['nonmagical attacks', 'spells']),
  except: z.enum(['silvered', 'adamantine']).nullable().default(null),
});
export type QualifiedDefense = z.infer<typeof qualifiedDefenseSchema>;

/** A trait, action, reaction or legendary action as a stat block states it; `text` is a reminder of our own for hand-written blocks. */
export const creatureAbilitySchema = monsterAbilitySchema.extend({ text: z.string().min(1).max(400).optional() });
export type CreatureAbility = z.infer<typeof creatureAbilitySchema>;

const feet = z.number().int().min(0).max(1000);

/**
 * What a stat block says a creature can do beyond a character sheet's
 * numbers: other speeds, senses, the skills it prints, defences with a
 * qualifier, and its traits, actions, reactions and legendary actions with
 * their mechanics (attacks, saves, multiattack, recharge, uses per day).
 * Every field defaults, so creatures stored before stat blocks carried them
 * still parse; such a creature acts only by its `attacks`.
 */
export const monsterShape = {
  /** Movement other than walking, in feet. */
  speeds: z
    .object({ fly: feet.optional(), swim: feet.optional(), climb: feet.optional(), burrow: feet.optional(), hover: z.boolean().optional() })
    .default({}),
  /** Senses as the stat block prints them ("darkvision 60 ft., passive Perception 9"). */
  senses: z.string().max(200).default(''),
  /** Skill bonuses as printed; they replace what proficiency would give. */
  skillBonuses: z.partialRecord(z.enum(skills), z.number().int().min(-5).max(30)).default({}),
  qualifiedDefenses: z.array(qualifiedDefenseSchema).max(8).default([]),
  traits: z.array(creatureAbilitySchema).max(30).default([]),
  actions: z.array(creatureAbilitySchema).max(30).default([]),
  reactions: z.array(creatureAbilitySchema).max(10).default([]),
  legendaryActions: z.array(creatureAbilitySchema).max(10).default([]),
  /**
   * The spells its spellcasting names that its own book defines, by that
   * book's numbers (an imported monster's); any other spell it casts is the
   * SRD's.
   */
  bookSpells: z.array(spellSchema).max(20).default([]),
};

/**
 * What a creature has used of its limited actions: uses of each recharging
 * or daily action by name (a recharging one is spent at 1), and legendary
 * actions spent this round with the turn of the last one ("round:turn
 * index"), since only one may follow each other creature's turn.
 */
export const actionUsesSchema = z.object({
  spent: z.record(z.string().max(80), z.number().int().min(0).max(20)).default({}),
  legendarySpent: z.number().int().min(0).max(3).default(0),
  legendaryAfter: z.string().max(20).nullable().default(null),
});
export type ActionUses = z.output<typeof actionUsesSchema>;

/** A creature's record of limited actions used, starting with none. */
export const actionUsesShape = {
  actionUses: actionUsesSchema.prefault({}),
};
