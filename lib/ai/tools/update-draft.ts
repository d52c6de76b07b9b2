import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { campaignDraftSchema, completionStatus, type CampaignDraft } from '@/lib/campaigns/draft';

const updateDraftInput = zodSchema(z.strictObject({ changes: campaignDraftSchema.strict() }));

/** Records parts of the campaign draft; each call's changes are validated and merged into the draft. */
export function createUpdateDraftTool(deps: { draft: () => CampaignDraft; save: (draft: CampaignDraft) => Promise<void> | void }) {
  return tool({
    description: 'Record parts of the campaign draft the game master just gave (only those parts).',
    inputSchema: updateDraftInput,
    execute: async ({ changes }) => {
      const draft = campaignDraftSchema.parse({ ...deps.draft(), ...changes });
      // Saved before the answer goes back, so whatever the page shows next is already stored.
      await deps.save(draft);
      return { draft, completion: completionStatus(draft) };
    },
  });
}
