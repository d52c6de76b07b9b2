import { z } from 'zod';

/** The most rulebooks one table plays by: each look-up searches them all. */
export const MAX_TABLE_RULEBOOKS = 12;

/** The game master's choice of rulebooks for the table, by id; an empty list plays by the built-in rules alone. */
export const chooseBody = z.strictObject({
  ruleSystemIds: z
    .array(z.uuid({ error: 'Name each rulebook by its id' }), { error: 'Give the ids of the rulebooks to play by (an empty list for none)' })
    .max(MAX_TABLE_RULEBOOKS, `A table plays by at most ${MAX_TABLE_RULEBOOKS} rulebooks`),
});
