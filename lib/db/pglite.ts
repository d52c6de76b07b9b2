import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { migrate } from './migrate';
import { bootstrapSupabaseBasics } from './supabase-bootstrap';
import type { Database } from './types';

/**
 * Opens (or creates) the embedded database in `dataDir` and brings its schema
 * up to date. `memory://` keeps everything in memory, for tests.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, extensions: { vector } });
  // A new WAL segment is 16 MB; zero-filling it in the embedded file system stalled a turn for a third of a second.
  await pg.exec('set wal_init_zero = off');
  await bootstrapSupabaseBasics(pg);
  await migrate(pg);
  return {
    query: (text, params) => pg.query(text, params as unknown[]),
    transaction: (work) => pg.transaction((tx) => work({ query: (text, params) => tx.query(text, params as unknown[]) })),
    close: () => pg.close(),
  };
}
