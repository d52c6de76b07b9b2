import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '@/lib/db/postgres';
import { ensureCampaign, getCampaignById, getCampaignPlaces } from '@/lib/db/queries/campaigns';
import { commitSessionEvents } from '@/lib/db/queries/session-commit';
import { createSession, listSessionEvents, StaleVersionError } from '@/lib/db/queries/sessions';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-wire-'));
const port = 5493;
const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
let server: ChildProcess;

beforeAll(async () => {
  // PGlite with pgvector over the Postgres wire protocol: a real Postgres server as far as the driver can tell.
  server = spawn(path.join(root, 'node_modules/.bin/pglite-server'), ['-d', dir, '-p', String(port), '-e', '@electric-sql/pglite-pgvector:vector'], { stdio: 'ignore' });
  // Ready means answering queries, not just accepting connections (it listens before the database is open).
  for (let i = 0; i < 600; i++) {
    const client = new pg.Client({ connectionString: url });
    const up = await client.connect().then(
      () => client.query('select 1').then(() => true, () => false),
      () => false,
    );
    await client.end().catch(() => {});
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('pglite-server did not start');
}, 60_000);

afterAll(() => {
  server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the Postgres driver (DATABASE_URL)', () => {
  it('migrates a server, stores sessions and refuses a stale commit in one transaction', async () => {
    const db = await openPostgres(url);
    await ensureCampaign(db, sampleCampaign);
    expect((await getCampaignById(db, { id: sampleCampaign.id }))?.characters).toHaveLength(3);
    // A table loads its campaign's places alone, without reading the characters it does not use.
    expect(await getCampaignPlaces(db, { id: sampleCampaign.id })).toEqual({
      id: sampleCampaign.id,
      title: sampleCampaign.title,
      startLocationId: sampleCampaign.startLocationId,
      locations: sampleCampaign.locations,
    });
    expect(await getCampaignPlaces(db, { id: 'no-such-campaign' })).toBeNull();
    const state = openingState(sampleCampaign, 2);
    const sessionId = '00000000-0000-4000-8000-0000000000aa';
    await createSession(db, { id: sessionId, campaignId: sampleCampaign.id, state, events: [{ type: 'session.started', data: { campaignTitle: 'x', scene: state.scene } }] });
    const failed = { type: 'turn.failed' as const, data: { turnId: 't', characterId: 'mira', reason: 'test' } };
    await commitSessionEvents(db, { sessionId, expectedVersion: 0, state, events: [failed] });
    await expect(commitSessionEvents(db, { sessionId, expectedVersion: 0, state, events: [failed, failed] })).rejects.toBeInstanceOf(StaleVersionError);
    expect((await listSessionEvents(db, { sessionId })).map((e) => e.seq)).toEqual([1, 2]);
    const { rows } = await db.query<{ extname: string }>(`select extname from pg_extension where extname = 'vector'`);
    expect(rows).toHaveLength(1);
    await db.close();
  }, 60_000);
});
