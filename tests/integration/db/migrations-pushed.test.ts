import { readdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { describe, expect, it } from 'vitest';
import { migrate, migrationsDir } from '@/lib/db/migrate';
import { bootstrapSupabaseBasics } from '@/lib/db/supabase-bootstrap';

describe('migrations already pushed with the Supabase CLI', () => {
  it('are not applied again when the app starts', async () => {
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
    const pg = await PGlite.create({ extensions: { vector } });
    try {
      await bootstrapSupabaseBasics(pg);
      // `supabase db push` records what it applied, by version, in its own table.
      await pg.exec(`create schema supabase_migrations;
        create table supabase_migrations.schema_migrations (version text primary key, name text);`);
      const [first, ...rest] = files;
      for (const file of rest) await pg.query('insert into supabase_migrations.schema_migrations (version) values ($1)', [file.split('_')[0]]);
      // Only the one the CLI did not record is applied.
      expect(await migrate(pg)).toEqual([first]);
      await pg.query('insert into supabase_migrations.schema_migrations (version) values ($1)', [first!.split('_')[0]]);
      expect(await migrate(pg)).toEqual([]);
    } finally {
      await pg.close();
    }
  });
});
