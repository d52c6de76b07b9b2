import { z } from 'zod';
import { monsterAbilitySchema, monsterSchema } from '@/lib/rules/srd/monster-schema';
import { spellSchema } from '@/lib/rules/srd/spell-schema';

/**
 * The monsters and spells an import reads out of a rulebook, in the shapes
 * the engine's own SRD data uses, so an imported monster plays exactly as an
 * SRD one does. Whatever produced them (the layout parser, a model), an entry
 * is kept only if it validates here: numbers out of any stat block's range
 * are refused rather than trusted.
 */

const page = z.number().int().positive();
/** The book's own wording of a trait or action, kept for the game master and the DM to read. */
const abilityText = z.string().max(2000);

/** A trait, action, reaction or legendary action: its mechanics as the engine reads them, and its text. */
const parsedAbilitySchema = monsterAbilitySchema.extend({ name: z.string().trim().min(1).max(80), text: abilityText });
export type ParsedAbility = z.infer<typeof parsedAbilitySchema>;

const abilities = z.array(parsedAbilitySchema).max(30);

/** A monster read from a stat block: the SRD monster shape, with the page it is on and each ability's text. */
export const parsedMonsterSchema = monsterSchema.extend({
  name: z.string().trim().min(1).max(80),
  page,
  armorClass: monsterSchema.shape.armorClass.max(4).refine((list) => list.every((ac) => ac.value <= 30), 'Armor Class above 30'),
  hitPoints: z.number().int().min(1).max(2000),
  challengeRating: z.number().min(0).max(30),
  xp: z.number().int().min(0).max(200_000),
  languages: z.array(z.string().max(120)).max(20),
  traits: abilities,
  actions: abilities,
  reactions: z.array(parsedAbilitySchema).max(10),
  legendaryActions: z.array(parsedAbilitySchema).max(10),
});
export type ParsedMonster = z.infer<typeof parsedMonsterSchema>;

/** A spell read from its entry: the SRD spell shape, with its page, its text and the material it asks for. */
export const parsedSpellSchema = spellSchema.extend({
  name: z.string().trim().min(1).max(80),
  page,
  /** The material component as written ("a tiny ball of bat guano and sulfur"), null without one. */
  material: z.string().max(1000).nullable(),
  description: z.string().min(1).max(8000),
  /** "At Higher Levels" as written, null when the spell has none. */
  higherLevels: z.string().max(2000).nullable(),
});
export type ParsedSpell = z.infer<typeof parsedSpellSchema>;

/** An entry found by its shape that the layout parser could not read whole: its text, for a model to try. */
export const unreadEntrySchema = z.object({
  kind: z.enum(['monster', 'spell']),
  name: z.string().min(1).max(80),
  page,
  text: z.string().max(12_000),
  /** Why the layout parser gave up on it. */
  reason: z.string().max(300),
});
export type UnreadEntry = z.infer<typeof unreadEntrySchema>;
