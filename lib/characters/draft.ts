import { z } from 'zod';
import { buildSchema } from '@/lib/rules/sheet/build';
import { characterSpellsSchema } from '@/lib/rules/sheet/spellbook';
import { equipmentPickSchema } from './equipment-options';

/**
 * What the character builder sends: the build, the starting equipment
 * picked from the class's and the background's options, the spells chosen,
 * and who the character is. A new character starts at level 1; the table
 * levels it up.
 */
export const characterDraftSchema = z.object({
  name: z.string().trim().max(80, 'A name is at most 80 characters').default(''),
  persona: z.string().trim().max(300, 'A persona is at most 300 characters').default(''),
  build: buildSchema.refine((b) => b.level === 1, { message: 'A new character starts at level 1', path: ['level'] }),
  equipment: z
    .object({
      class: z.array(equipmentPickSchema).max(8).default([]),
      background: z.array(equipmentPickSchema).max(8).default([]),
    })
    .prefault({}),
  spells: characterSpellsSchema.prefault({}),
  portraitAssetId: z.uuid('The portrait must be a picture id').nullable().default(null),
  /** The server's seal on rolled ability scores (from the roll route), so only dice it rolled count. */
  rollToken: z.string().max(4000).nullable().default(null),
});

export type CharacterDraft = z.output<typeof characterDraftSchema>;
export type CharacterDraftInput = z.input<typeof characterDraftSchema>;
