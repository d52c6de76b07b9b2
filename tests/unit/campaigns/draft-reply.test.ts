import { describe, expect, it } from 'vitest';
import { replyToDraft } from '@/lib/campaigns/draft-reply';
import { completeDraft } from '../../fixtures/drafts';

// Both refusals come before the assistant is asked, so neither the database nor the bus is reached.
const nowhere = { db: {} as never, bus: {} as never };
const record = { id: crypto.randomUUID(), draft: completeDraft, messages: [], campaignId: null, createdBy: crypto.randomUUID() };
const hello = [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'A drowned coast, please' }] }];

describe('replying to a draft', () => {
  it('refuses a draft already saved as a campaign', async () => {
    await expect(replyToDraft(nowhere, { record: { ...record, campaignId: 'the-tide-remembers-1' }, messages: hello })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This draft was already saved as a campaign',
    });
  });

  it('refuses messages that are not a conversation the assistant can read', async () => {
    await expect(replyToDraft(nowhere, { record, messages: [{ id: 'm1', role: 'user', parts: [{ type: 'no-such-part' }] }] })).rejects.toMatchObject({
      code: 'bad_request',
    });
  });
});
