import type { UIMessage } from 'ai';
import type { CampaignDraft } from '@/lib/campaigns/draft';

/** The draft as the assistant last recorded it in the conversation, if it has recorded anything yet. */
export function latestDraft(messages: UIMessage[]): CampaignDraft | null {
  for (let m = messages.length - 1; m >= 0; m--) {
    const parts = messages[m]!.parts;
    for (let p = parts.length - 1; p >= 0; p--) {
      const part = parts[p] as { type: string; state?: string; output?: { draft?: CampaignDraft } };
      const recordsDraft = part.type === 'tool-update_draft' || part.type === 'tool-request_visuals';
      if (recordsDraft && part.state === 'output-available' && part.output?.draft) return part.output.draft;
    }
  }
  return null;
}
