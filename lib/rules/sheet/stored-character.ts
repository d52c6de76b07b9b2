import { z } from 'zod';
import { statusShape } from '../combatant';
import { conditionSchema } from '../conditions';
import { buildSchema } from './build';
import { refineBuild } from './build-rules';
import { coinsSchema, inventorySchema } from './inventory';
import { resourcesSpentSchema } from './resources';
import { characterSpellsSchema } from './spellbook';

/**
 * A character as stored: who it is, the build its numbers come from, what
 * it carries and knows, and how it is doing. Nothing here is a derived
 * number; parsing with characterSchema adds those (sheet/character.ts).
 */
export const storedCharacterSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
  controller: z.enum(['human', 'ai']),
  /** How an AI-controlled character tends to act; guides its player agent. */
  persona: z.string().max(300).default(''),
  build: buildSchema.superRefine((build, ctx) => refineBuild(build, ctx, [])),
  inventory: inventorySchema.default([]),
  coins: coinsSchema.prefault({}),
  xp: z.number().int().min(0).max(10_000_000).default(0),
  /** Feature uses and points spent since they last recovered. */
  resources: resourcesSpentSchema.default({}),
  spells: characterSpellsSchema.prefault({}),
  /** Hit dice spent since they were last regained; a character has one per level. */
  hitDiceSpent: z.number().int().min(0).default(0),
  ...statusShape,
  /** Left out, a character starts at its hit point maximum. */
  hp: z.number().int().min(0).optional(),
  conditions: z.array(conditionSchema).default([]),
});

/** A stored character as a campaign, the character builder or a saved session writes it. */
export type StoredCharacterInput = z.input<typeof storedCharacterSchema>;
export type StoredCharacter = z.output<typeof storedCharacterSchema>;
