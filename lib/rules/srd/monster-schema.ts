import { z } from 'zod';
import {
  abilitySchema,
  conditionIdSchema,
  damageTypeSchema,
  dataFileSchema,
  diceSchema,
  idSchema,
  saveSchema,
  skillSchema,
  usageSchema,
} from './common';

export const sizes = ['tiny', 'small', 'medium', 'large', 'huge', 'gargantuan'] as const;
export const creatureTypes = [
  'aberration',
  'beast',
  'celestial',
  'construct',
  'dragon',
  'elemental',
  'fey',
  'fiend',
  'giant',
  'humanoid',
  'monstrosity',
  'ooze',
  'plant',
  'undead',
] as const;

/** Damage a hit or a failed save deals. `note` tells alternatives apart ("two-handed"). */
export const damagePartSchema = z.object({
  dice: diceSchema,
  type: damageTypeSchema,
  /** A save of its own that this part alone allows (a poisoned blade's extra damage). */
  save: saveSchema.optional(),
  note: z.enum(['one-handed', 'two-handed']).optional(),
});
export type DamagePart = z.infer<typeof damagePartSchema>;

/** Either damage that is always dealt, or alternatives of which one is (versatile grips, a chosen element). */
export const damageEntrySchema = z.union([damagePartSchema, z.object({ oneOf: z.array(damagePartSchema).min(2) })]);
export type DamageEntry = z.infer<typeof damageEntrySchema>;

/**
 * An attack roll. `kind` and `source` are null where an action only points
 * at another attack (a vampire's legendary bite); `reach` is in feet for
 * melee, `range` in feet for ranged (normal and long).
 */
export const monsterAttackSchema = z.object({
  kind: z.enum(['melee', 'ranged', 'melee or ranged']).nullable(),
  source: z.enum(['weapon', 'spell']).nullable(),
  bonus: z.number().int(),
  reach: z.number().int().nonnegative().optional(),
  range: z.object({ normal: z.number().int().positive(), long: z.number().int().positive().optional() }).optional(),
});

/** One step of a multiattack: use `action` (a name from the same block) `count` times; a count may be dice or "heads". */
export const multiattackStepSchema = z.object({
  action: z.string(),
  count: z.union([z.number().int().positive(), diceSchema, z.literal('heads')]),
});

/**
 * Where a save action reaches, measured from the creature: a cone or a line
 * (with its width) of `size` feet, or `around` it, every creature within
 * `size` feet (an emanation, or "each creature within 120 feet of it").
 */
export const monsterAreaSchema = z.object({
  shape: z.enum(['cone', 'line', 'around']),
  size: z.number().int().positive(),
  width: z.number().int().positive().optional(),
});
export type MonsterArea = z.infer<typeof monsterAreaSchema>;

const optionSchema = z.object({
  name: z.string(),
  save: saveSchema.optional(),
  damage: z.array(damageEntrySchema).optional(),
  area: monsterAreaSchema.optional(),
});

/** Innate or class spellcasting: the numbers, the slots and the spells by id. */
export const monsterSpellcastingSchema = z.object({
  ability: abilitySchema,
  dc: z.number().int().positive().optional(),
  attackBonus: z.number().int().optional(),
  casterLevel: z.number().int().positive().optional(),
  /** The class whose list the spells come from, for class spellcasters. */
  list: idSchema.optional(),
  components: z.array(z.enum(['V', 'S', 'M'])),
  slots: z.array(z.object({ level: z.number().int().min(1).max(9), count: z.number().int().positive() })),
  spells: z.array(z.object({ id: idSchema, level: z.number().int().min(0).max(9), usage: usageSchema.optional() })),
});

/**
 * A trait, action, reaction or legendary action, by name with whatever the
 * SRD states as mechanics: an attack, a save, damage, a multiattack as
 * lists of steps (choose one list), options to choose from or roll through
 * in order, a recharge or daily uses, conditions it imposes (and the escape
 * DC of a grapple), the area a save action covers, a legendary action's
 * cost and a trait's spellcasting.
 */
export const monsterAbilitySchema = z.object({
  name: z.string(),
  cost: z.number().int().min(2).max(3).optional(),
  usage: usageSchema.optional(),
  attack: monsterAttackSchema.optional(),
  save: saveSchema.optional(),
  area: monsterAreaSchema.optional(),
  damage: z.array(damageEntrySchema).optional(),
  multiattack: z.array(z.array(multiattackStepSchema).min(1)).min(1).optional(),
  options: z.object({ mode: z.enum(['choose one', 'in order']), list: z.array(optionSchema).min(2) }).optional(),
  imposes: z.array(conditionIdSchema).optional(),
  escapeDc: z.number().int().positive().optional(),
  spellcasting: monsterSpellcastingSchema.optional(),
});
export type MonsterAbility = z.infer<typeof monsterAbilitySchema>;

/**
 * A damage vulnerability, resistance or immunity: the types it covers,
 * whether only nonmagical attacks count, a metal that gets through anyway,
 * and a narrower source where the SRD names one.
 */
export const damageDefenseSchema = z.object({
  types: z.array(damageTypeSchema).min(1),
  nonmagical: z.boolean(),
  except: z.enum(['silvered', 'adamantine']).nullable(),
  only: z.enum(['spells', 'magic weapons wielded by good creatures']).nullable(),
});
export type DamageDefense = z.infer<typeof damageDefenseSchema>;

const feet = z.number().int().nonnegative();

export const monsterSchema = z.object({
  id: idSchema,
  name: z.string(),
  size: z.enum(sizes),
  type: z.enum(creatureTypes),
  subtype: z.string().nullable(),
  /** A swarm's members' size (a swarm of Tiny beasts), null otherwise. */
  swarmOf: z.enum(sizes).nullable(),
  alignment: z.string(),
  /** Usually one entry; creatures with forms list an AC per form. */
  armorClass: z
    .array(
      z.object({
        value: z.number().int().positive(),
        kind: z.enum(['natural', 'dex', 'armor', 'spell', 'condition']),
        armor: z.array(idSchema).optional(),
        spell: idSchema.optional(),
        condition: conditionIdSchema.optional(),
      }),
    )
    .min(1),
  hitPoints: z.number().int().positive(),
  hitDice: diceSchema,
  hitPointsRoll: diceSchema,
  speed: z.object({ walk: feet, fly: feet.optional(), swim: feet.optional(), climb: feet.optional(), burrow: feet.optional(), hover: z.boolean() }),
  abilities: z.record(abilitySchema, z.number().int().min(1).max(30)),
  savingThrows: z.partialRecord(abilitySchema, z.number().int()),
  skills: z.partialRecord(skillSchema, z.number().int()),
  damageVulnerabilities: z.array(damageDefenseSchema),
  damageResistances: z.array(damageDefenseSchema),
  damageImmunities: z.array(damageDefenseSchema),
  conditionImmunities: z.array(conditionIdSchema),
  senses: z.object({
    darkvision: feet.optional(),
    blindsight: feet.optional(),
    /** Blind beyond its blindsight. */
    blindBeyond: z.boolean().optional(),
    tremorsense: feet.optional(),
    truesight: feet.optional(),
    passivePerception: z.number().int(),
  }),
  /** Languages it speaks or understands, by name. */
  languages: z.array(z.string()),
  telepathy: feet.nullable(),
  challengeRating: z.number().nonnegative(),
  xp: z.number().int().nonnegative(),
  proficiencyBonus: z.number().int().min(2).max(9),
  traits: z.array(monsterAbilitySchema),
  actions: z.array(monsterAbilitySchema),
  reactions: z.array(monsterAbilitySchema),
  legendaryActions: z.array(monsterAbilitySchema),
  /** Ids of the same creature's other forms (a vampire's bat and mist). */
  forms: z.array(idSchema),
});

export type Monster = z.infer<typeof monsterSchema>;
export const monstersFileSchema = dataFileSchema('monsters', monsterSchema);
