import { z } from 'zod';
import type { Point } from '../geometry';
import { seedSchema } from '../rng';

const titleSchema = z.string().trim().min(1, 'must not be empty').max(80);

/** A request for a world map: the places the story visits, in the order it visits them. */
export const worldMapRequestSchema = z.object({
  seed: seedSchema,
  name: titleSchema.optional(),
  locations: z
    .array(z.object({ id: z.string().min(1, 'must not be empty').max(100), title: titleSchema }))
    .min(1, 'needs at least 1 location')
    .max(30, 'takes at most 30 locations')
    .refine((ls) => new Set(ls.map((l) => l.id)).size === ls.length, 'location ids must be unique'),
});
export type WorldMapRequest = z.input<typeof worldMapRequestSchema>;

/** The lie of a region's land, which decides the symbols drawn across it. */
export type RegionKind = 'mountains' | 'forest' | 'hills' | 'marsh' | 'plains';

/** A named stretch of the land, centred on a point with a rough radius. */
export interface WorldRegion extends Point {
  name: string;
  kind: RegionKind;
  radius: number;
}

/** A requested location, placed on land. */
export interface WorldLocation extends Point {
  id: string;
  title: string;
}

/** A generated world map in page units (width by height), with its drawing. */
export interface WorldMap {
  seed: number;
  name: string;
  width: number;
  height: number;
  /** The mainland's outline, a closed polygon. */
  coastline: Point[];
  /** Small islands offshore, each a closed polygon; decoration only, nothing is placed on them. */
  islands: Point[][];
  regions: WorldRegion[];
  locations: WorldLocation[];
  /** Legs of the journey, joining the locations in the order given. */
  route: Array<{ from: string; to: string }>;
  svg: string;
}
