import { z } from 'zod';
import { sheetShape, statusShape } from '../combatant';

/**
 * A character as stored before sheets had builds: its numbers written
 * down (AC, attacks, hit point maximum, proficiencies) beside its class and
 * ancestry by name. Saved sessions, campaign drafts and older test
 * fixtures still hold characters like this.
 */
export const legacyCharacterSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
  ancestry: z.string().min(1).max(40),
  className: z.string().min(1).max(40),
  level: z.number().int().min(1).max(20),
  controller: z.enum(['human', 'ai']),
  persona: z.string().max(300).default(''),
  hitDie: z.enum(['d6', 'd8', 'd10', 'd12']).default('d8'),
  hitDiceSpent: z.number().int().min(0).default(0),
  ...sheetShape,
  ...statusShape,
});
export type LegacyCharacterInput = z.input<typeof legacyCharacterSchema>;
export type LegacyCharacter = z.output<typeof legacyCharacterSchema>;

/** Whether a stored value is a character from before builds (it has none). */
export function isLegacyCharacter(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !('build' in value);
}
