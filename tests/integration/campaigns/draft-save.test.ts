import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraftAsCampaign } from '@/lib/campaigns/draft-save';
import { openDraft } from '@/lib/campaigns/drafts';
import { getDraftById, saveDraft } from '@/lib/db/queries/campaign-drafts';
import { getCampaignById, listCampaigns } from '@/lib/db/queries/campaigns';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { completeDraft } from '../../fixtures/drafts';

const WRITER = crypto.randomUUID();
let db: Database;
beforeAll(async () => {
  db = await openPglite('memory://');
});
afterAll(() => db.close());

async function finishedDraft() {
  const { id } = await openDraft(db, WRITER);
  await saveDraft(db, { id, draft: completeDraft });
  return (await getDraftById(db, { id }))!;
}

/** The database, except that linking a draft to its campaign fails, inside a transaction or not. */
function failingLink(real: Database): Database {
  const failing = (query: Database['query']): Database['query'] =>
    (text, params) => {
      if (/update campaign_drafts set campaign_id/.test(text)) throw new Error('the link could not be written');
      return query(text, params);
    };
  return {
    ...real,
    query: failing(real.query),
    transaction: (work) => real.transaction((tx) => work({ query: failing(tx.query.bind(tx)) })),
  };
}

describe('saving a draft as a campaign', () => {
  it('stores the campaign and links the draft to it, once', async () => {
    const record = await finishedDraft();
    const first = await saveDraftAsCampaign(db, record);
    expect(first.created).toBe(true);
    expect((await getCampaignById(db, { id: first.campaignId }))?.title).toBe('The Tide Remembers');
    const saved = (await getDraftById(db, { id: record.id }))!;
    expect(saved.campaignId).toBe(first.campaignId);
    expect(await saveDraftAsCampaign(db, saved)).toEqual({ campaignId: first.campaignId, created: false });
  });

  it('leaves no campaign behind when the draft cannot be linked to it', async () => {
    const record = await finishedDraft();
    const before = (await listCampaigns(db)).map((c) => c.id);
    await expect(saveDraftAsCampaign(failingLink(db), record)).rejects.toThrow('the link could not be written');
    expect((await listCampaigns(db)).map((c) => c.id)).toEqual(before);
    expect((await getDraftById(db, { id: record.id }))!.campaignId).toBeNull();
  });

  it('refuses a draft that is not complete, naming what is missing', async () => {
    const { id } = await openDraft(db, WRITER);
    const record = (await getDraftById(db, { id }))!;
    await expect(saveDraftAsCampaign(db, record)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('still missing') });
  });
});
