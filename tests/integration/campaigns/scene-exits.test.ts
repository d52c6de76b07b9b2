import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignSeedSchema, type CampaignSeed } from '@/lib/campaigns/campaign';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { openPglite } from '@/lib/db/pglite';
import { ensureCampaign, getCampaignById, refreshBuiltInCampaign } from '@/lib/db/queries/campaigns';
import type { Database } from '@/lib/db/types';

const migration = path.join(import.meta.dirname, '../../../supabase/migrations/20261209000200_scene_exits.sql');

const place = (locationId: string, title: string) => ({
  scene: { locationId, title, description: `${title}, as an older release wrote it.`, dc: 12 },
  map: null,
  partyStart: [],
  creatures: [],
});

/** A campaign stored before scenes named their exits: three places in a row. */
const older: CampaignSeed = {
  ...sampleCampaign,
  id: 'older-campaign',
  title: 'An older campaign',
  startLocationId: 'gate',
  locations: [place('gate', 'The Gate'), place('hall', 'The Long Hall'), place('vault', 'The Vault')],
};

describe('scenes written before exits', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPglite('memory://');
    await ensureCampaign(db, older);
    await ensureCampaign(db, { ...sampleCampaign, id: 'with-exits' });
    // The migration ran when the database opened, before these were stored: run it as an upgrade would meet them.
    await db.query(await readFile(migration, 'utf8'));
  }, 60_000);
  afterAll(() => db?.close());

  it('get one exit each, to the next place in the list, named for it, and still parse', async () => {
    const stored = campaignSeedSchema.parse(await getCampaignById(db, { id: 'older-campaign' }));
    expect(stored.locations.map((l) => l.scene.exits)).toEqual([
      [{ id: 'way-on', name: 'The Long Hall', to: 'hall', aliases: [] }],
      [{ id: 'way-on', name: 'The Vault', to: 'vault', aliases: [] }],
      [],
    ]);
  });

  it('leaves scenes that already name their exits as they are', async () => {
    const stored = await getCampaignById(db, { id: 'with-exits' });
    expect(stored?.locations).toEqual(sampleCampaign.locations);
  });

  it('replace an older release\'s built-in campaign on start, and only once', async () => {
    await refreshBuiltInCampaign(db, sampleCampaign);
    const changed = await db.query<{ id: string }>(`update campaigns set data = jsonb_set(data, '{locations,0,scene,title}', '"An old title"') where id = $1 returning id`, [sampleCampaign.id]);
    expect(changed.rows).toHaveLength(1);
    await refreshBuiltInCampaign(db, sampleCampaign);
    expect((await getCampaignById(db, { id: sampleCampaign.id }))?.locations).toEqual(sampleCampaign.locations);
    const { rows } = await db.query<{ xmin: string }>('select xmin::text from campaigns where id = $1', [sampleCampaign.id]);
    await refreshBuiltInCampaign(db, sampleCampaign);
    const again = await db.query<{ xmin: string }>('select xmin::text from campaigns where id = $1', [sampleCampaign.id]);
    expect(again.rows[0]!.xmin).toBe(rows[0]!.xmin);
  });
});
