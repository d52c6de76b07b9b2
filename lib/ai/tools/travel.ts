import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { Arrival, TableResolver } from '@/lib/rules/table-resolver';

const enterLocationInput = zodSchema(z.strictObject({ locationId: z.string() }));

/** Moves the party to another location of the campaign; whoever waits there appears. */
export function createEnterLocationTool(deps: { resolver: TableResolver; arrivalFor: (locationId: string) => Arrival | null }) {
  return tool({
    description: 'The party goes to another location of the campaign (one of waysOn). Its map, and any creatures there, appear.',
    inputSchema: enterLocationInput,
    execute: async ({ locationId }) => {
      const arrival = deps.arrivalFor(locationId);
      if (!arrival) throw new Error(`There is no location "${locationId}" in this campaign`);
      deps.resolver.travel(arrival);
      const creatures = deps.resolver.state.creatures.map((c) => ({ id: c.id, name: c.name, hostile: c.hostile }));
      return { arrivedAt: arrival.scene.title, creatures };
    },
  });
}
