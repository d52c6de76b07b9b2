import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '@/lib/db/pglite';
import { ensureCampaign, getCampaignById } from '@/lib/db/queries/campaigns';
import { commitSessionEvents } from '@/lib/db/queries/session-commit';
import { createSession, getSessionById, listSessionEvents, StaleVersionError } from '@/lib/db/queries/sessions';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';

const dir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const state = openingState(sampleCampaign, 1);
const sessionId = '00000000-0000-4000-8000-000000000001';

describe('the embedded database in a data folder', () => {
  it('keeps campaigns, sessions and their logs across a close and reopen, migrating once', async () => {
    const first = await openPglite(dir);
    await ensureCampaign(first, sampleCampaign);
    await createSession(first, {
      id: sessionId,
      campaignId: sampleCampaign.id,
      state,
      events: [{ type: 'session.started', data: { campaignTitle: sampleCampaign.title, scene: state.scene } }],
    });
    await first.close();

    const second = await openPglite(dir);
    await ensureCampaign(second, sampleCampaign);
    const campaign = await getCampaignById(second, { id: sampleCampaign.id });
    expect(campaign?.characters.map((c) => c.id)).toEqual(['mira', 'aldric', 'kestrel']);
    const session = await getSessionById(second, { id: sessionId });
    expect(session?.version).toBe(0);
    expect(await listSessionEvents(second, { sessionId })).toHaveLength(1);
    const { rows } = await second.query<{ n: number; distinct_names: number }>(
      'select count(*)::int as n, count(distinct name)::int as distinct_names from roundtable_private.migrations',
    );
    expect(rows[0]!.n).toBe(rows[0]!.distinct_names);
    await second.close();
  });

  it('refuses a commit against a stale version and writes none of it', async () => {
    const db = await openPglite(dir);
    const event = { type: 'turn.failed' as const, data: { turnId: 't', characterId: 'mira', reason: 'test' } };
    const first = await commitSessionEvents(db, { sessionId, expectedVersion: 0, state, events: [event] });
    expect(first.version).toBe(1);
    await expect(
      commitSessionEvents(db, { sessionId, expectedVersion: 0, state, events: [event, event] }),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect((await listSessionEvents(db, { sessionId })).map((e) => e.seq)).toEqual([1, 2]);
    await db.close();
  });
});
