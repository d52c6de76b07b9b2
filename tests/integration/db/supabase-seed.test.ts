import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFile } from '@/lib/campaigns/seed-sql';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { migrate } from '@/lib/db/migrate';
import { bootstrapSupabaseBasics } from '@/lib/db/supabase-bootstrap';
import type { Database } from '@/lib/db/types';

describe("Supabase's seed.sql", () => {
  it('is the sample campaign as the code has it, and seeds the same campaign the app would', async () => {
    const committed = await readFile(path.join(process.cwd(), 'supabase', 'seed.sql'), 'utf8');
    expect(committed, 'run npm run supabase:seed').toBe(seedFile(sampleCampaign));
    // As `supabase db reset` does: the migrations, then the seed, as a script of several statements.
    const pg = await PGlite.create({ extensions: { vector } });
    try {
      await bootstrapSupabaseBasics(pg);
      await migrate(pg);
      await pg.exec(committed);
      await pg.exec(committed); // running it again changes nothing
      const db = { query: (text: string, params?: unknown[]) => pg.query(text, params) } as unknown as Database;
      expect(await getCampaignById(db, { id: sampleCampaign.id })).toEqual(sampleCampaign);
    } finally {
      await pg.close();
    }
  });
});
