import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { CampaignDraft } from '@/lib/campaigns/draft';

export const visualKinds = ['villain-portrait', 'world-map'] as const;
export type VisualKind = (typeof visualKinds)[number];

const requestVisualsInput = zodSchema(z.strictObject({ what: z.enum(visualKinds) }));

/** Asks the Creative Generator for a picture of the draft (the villain's portrait, the world map) and keeps it with the draft. */
export function createRequestVisualsTool(deps: {
  draft: () => CampaignDraft;
  save: (draft: CampaignDraft) => Promise<void> | void;
  draw: (what: VisualKind, draft: CampaignDraft) => Promise<string>;
}) {
  return tool({
    description: "Ask the Creative Generator to draw the villain's portrait (once the villain is known) or the world map (once the places are known).",
    inputSchema: requestVisualsInput,
    execute: async ({ what }) => {
      const current = deps.draft();
      if (what === 'villain-portrait' && !current.villain) throw new Error('There is no villain to draw yet');
      if (what === 'world-map' && !current.locations?.length) throw new Error('There are no places to map yet');
      const assetId = await deps.draw(what, current);
      const key = what === 'villain-portrait' ? 'villainPortrait' : 'worldMap';
      const draft = { ...deps.draft(), visuals: { ...deps.draft().visuals, [key]: assetId } };
      await deps.save(draft);
      return { what, assetId, draft };
    },
  });
}
