import { z } from 'zod';
import { abilities, skills } from '../abilities';
import { diceRollRecordSchema } from '../dice';
import { idSchema } from '../srd/common';

const abilitySchema = z.enum(abilities);
const skillSchema = z.enum(skills);

/** How base ability scores were made; `fixed` scores are final, with ancestry increases already in them. */
export const abilityMethods = ['standard-array', 'point-buy', 'rolled', 'fixed'] as const;
export type AbilityMethod = (typeof abilityMethods)[number];

/** Six scores, one per ability. */
export const abilityScoresSchema = z.record(abilitySchema, z.number().int().min(1).max(30));
export type AbilityScores = z.infer<typeof abilityScoresSchema>;

/** What a skill expertise may be on: a skill, or thieves' tools (a rogue's alternative). */
export const expertiseSchema = z.union([skillSchema, z.literal('thieves-tools')]);

/** Hit points gained at a level after the first: the die's average (rounded up), or a roll of it. */
export const hitPointGainSchema = z.discriminatedUnion('method', [
  z.object({ level: z.number().int().min(2).max(20), method: z.literal('average') }),
  z.object({
    level: z.number().int().min(2).max(20),
    method: z.literal('rolled'),
    /** The face the hit die showed. */
    roll: z.number().int().min(1).max(12),
    /** The roll as the log recorded it, when the table rolled it. */
    record: diceRollRecordSchema.nullable().default(null),
  }),
]);
export type HitPointGain = z.infer<typeof hitPointGainSchema>;

/** An ability score improvement taken at a class level: +2 to one ability, or +1 to two. */
export const improvementSchema = z.object({
  level: z.number().int().min(1).max(20),
  increases: z.partialRecord(abilitySchema, z.number().int().min(1).max(2)),
});
export type Improvement = z.infer<typeof improvementSchema>;

/**
 * The choices a character is made of, from which every number on the
 * sheet is derived (lib/rules/sheet/derive.ts). Ids are SRD ids
 * (lib/rules/data); `build-rules.ts` says which combinations the rules
 * allow.
 */
export const buildSchema = z.object({
  level: z.number().int().min(1).max(20),
  ancestry: z.object({
    id: idSchema,
    /** Required when the ancestry has subraces (the SRD gives each one). */
    subrace: idSchema.nullable().default(null),
    /** A dragonborn's draconic ancestry trait, e.g. `draconic-ancestry-red`. */
    draconicAncestry: idSchema.nullable().default(null),
    /** Abilities a half-elf raises by 1: two different ones, not Charisma. */
    abilityChoices: z.array(abilitySchema).max(2).default([]),
    /** Skills a half-elf's Skill Versatility gives. */
    skills: z.array(skillSchema).max(2).default([]),
    /** A high elf's wizard cantrip, by spell id. */
    cantrip: idSchema.nullable().default(null),
  }),
  class: z.object({
    id: idSchema,
    /** Chosen at the class's subclass level (1 for clerics, sorcerers and warlocks); null before. */
    subclass: idSchema.nullable().default(null),
    /** Skills chosen from the class's list. */
    skills: z.array(skillSchema).max(18).default([]),
    expertise: z.array(expertiseSchema).max(18).default([]),
    /**
     * Options chosen for class features that offer them, by feature id:
     * `{ 'fighter-fighting-style': ['fighter-fighting-style-defense'] }`,
     * a favoured enemy, a natural explorer terrain, a dragon ancestor...
     */
    features: z.record(idSchema, z.array(z.string().min(1).max(80)).min(1).max(20)).default({}),
  }),
  background: z.object({
    id: idSchema,
    /** Two skills of a customised background instead of its own; null keeps the background's. */
    skills: z.array(skillSchema).max(18).nullable().default(null),
  }),
  abilities: z.object({
    method: z.enum(abilityMethods),
    /** Scores before ancestry increases and improvements (final scores when `fixed`). */
    scores: abilityScoresSchema,
    /** The six 4d6-drop-lowest rolls of rolled scores, as the log recorded them. */
    rolls: z.array(diceRollRecordSchema).max(6).default([]),
  }),
  improvements: z.array(improvementSchema).max(20).default([]),
  /** One entry for each level after the first, in order. */
  hitPoints: z.array(hitPointGainSchema).max(19).default([]),
});

/** A build as written in a campaign or by the character builder; defaults fill what it leaves out. */
export type BuildInput = z.input<typeof buildSchema>;
/** A parsed build with every field present. */
export type Build = z.output<typeof buildSchema>;
