import { z } from 'zod';

const cellSchema = z.object({ x: z.number().int().min(0), y: z.number().int().min(0) });

/** One tool call as the model would make it: a tool of the DM's by name, and its input. */
const callSchema = z.object({
  tool: z.string().min(1).max(60),
  input: z.record(z.string(), z.unknown()).default({}),
});

/**
 * A hostile-model case: a table set up from a campaign and characters, then
 * calls the scripted model makes in one DM turn, each marked with whether the
 * rules must accept or refuse it. See README, "The hostile model".
 */
export const hostileCaseSchema = z.object({
  name: z.string().min(1).max(200),
  table: z
    .object({
      /** The campaign whose opening scene the table starts in. */
      campaign: z.string().min(1).max(100).default('sunken-shrine'),
      /** A location of the campaign to start at instead of its first. */
      location: z.string().min(1).max(64).optional(),
      /** The party by character id (the campaign's characters and the ready-made ones); the campaign's party when absent. */
      party: z.array(z.string().min(1).max(64)).min(1).max(8).optional(),
      /** Party members raised to a higher level than the ready-made one (hostile/levels.ts), by character id. */
      levels: z.record(z.string().min(1).max(64), z.number().int().min(1).max(20)).default({}),
      /** Creatures to place, by monster name (SRD) or bestiary id. */
      creatures: z
        .array(z.object({ monster: z.string().min(1).max(80), id: z.string().min(1).max(64), hostile: z.boolean().default(true), position: cellSchema.optional() }))
        .max(16)
        .default([]),
      /** Start a fight before the calls. */
      combat: z.boolean().default(false),
      /** In a fight, whose turn it is when the calls begin. */
      turn: z.string().min(1).max(64).optional(),
      /** Who the turn's action belongs to; the current combatant or the first of the party by default. */
      actor: z.string().min(1).max(64).optional(),
      /** Calls the DM's tools make first, to set the table up; each must succeed. */
      setup: z.array(callSchema).max(20).default([]),
    })
    .default({ campaign: 'sunken-shrine', levels: {}, creatures: [], combat: false, setup: [] }),
  calls: z
    .array(
      callSchema.extend({
        expect: z.enum(['accept', 'refuse']),
        /** What kind of thing is tried, for the report (e.g. "spell-unknown"). */
        category: z.string().min(1).max(60),
      }),
    )
    .min(1)
    .max(7),
});

export const hostileCaseFileSchema = z.object({ name: z.string().min(1).max(60), cases: z.array(hostileCaseSchema).min(1) });

export type HostileCase = z.infer<typeof hostileCaseSchema>;
export type HostileCall = HostileCase['calls'][number];
