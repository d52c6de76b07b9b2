import { z } from 'zod';
import { cellSchema } from '@/lib/rules/grid';
import { coinsSchema } from '@/lib/rules/sheet/inventory';
import { characterSchema, sceneSchema } from '@/lib/rules/state';
import { structureProblems } from '@/lib/rules/scene-structure';

/**
 * A creature waiting at a location: any SRD monster by name or id
 * (`monster`), or a starter id as campaigns stored them before (`bestiaryId`).
 */
export const placedCreatureSchema = z
  .object({
    monster: z.string().min(1).max(80).optional(),
    bestiaryId: z.string().min(1).optional(),
    id: z.string().min(1).max(64),
    name: z.string().min(1).max(80).optional(),
    hostile: z.boolean().default(true),
    position: cellSchema.nullable().default(null),
    /** Coins it carries, for the party to find on it; none unless the author gives some. */
    coins: coinsSchema.partial().optional(),
  })
  .refine((c) => c.monster !== undefined || c.bestiaryId !== undefined, { message: 'name the monster that waits here', path: ['monster'] });

/** A place the party can go: its scene, its battle map and who is there. */
export const locationSchema = z.object({
  scene: sceneSchema,
  /** Battle map rows ('.' floor, '#' wall, ':' difficult, '~' water, '+' cover), or null for none. */
  map: z.array(z.string().min(1)).nullable(),
  /** Where the party stands on arrival, in seat order. */
  partyStart: z.array(cellSchema),
  creatures: z.array(placedCreatureSchema),
  /** Who else is here once the party's deeds have woken the place (a trigger elsewhere names it). */
  whenWoken: z.array(placedCreatureSchema).max(8).default([]),
});

export const campaignSeedSchema = z
  .object({
    id: z.string().min(1).max(100),
    title: z.string().min(1).max(200),
    summary: z.string().max(2000),
    startLocationId: z.string().min(1),
    locations: z.array(locationSchema).min(1),
    characters: z.array(characterSchema).min(1).max(8),
  })
  .refine((c) => c.locations.some((l) => l.scene.locationId === c.startLocationId), {
    message: 'the start location must be one of the locations',
    path: ['startLocationId'],
  })
  .superRefine((c, ctx) => {
    const ids = c.locations.map((l) => l.scene.locationId);
    // The story remembers a trigger by its id wherever the party goes, so no two places may share one.
    const triggers = c.locations.flatMap((l) => l.scene.triggers.map((t) => t.id));
    if (new Set(triggers).size !== triggers.length) ctx.addIssue({ code: 'custom', message: 'every trigger in the campaign needs its own id', path: ['locations'] });
    c.locations.forEach((l, i) => {
      for (const message of structureProblems(l.scene)) ctx.addIssue({ code: 'custom', message, path: ['locations', i, 'scene'] });
      l.scene.exits.forEach((e, k) => {
        if (!ids.includes(e.to)) ctx.addIssue({ code: 'custom', message: `${e.name} leads to "${e.to}", which is not a location of this campaign`, path: ['locations', i, 'scene', 'exits', k, 'to'] });
      });
    });
  });

export type Location = z.input<typeof locationSchema>;
export type CampaignSeed = z.input<typeof campaignSeedSchema>;
