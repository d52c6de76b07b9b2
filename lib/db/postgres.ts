import pg from 'pg';
import { migrate } from './migrate';
import { bootstrapSupabaseBasics } from './supabase-bootstrap';
import type { Database } from './types';

/**
 * A Postgres server (Supabase, a self-hosted Postgres with pgvector, or PGlite
 * served over the wire protocol) as the database. Several app processes can
 * share it; the session version keeps their commits apart.
 */
export async function openPostgres(url: string, options: { multiplexed?: boolean; queryTimeoutMs?: number } = {}): Promise<Database> {
  // A statement left unanswered (a connection lost without an error) fails after the timeout, and its connection
  // is discarded, so no table waits on it for ever; waiting for a free connection is bounded the same way.
  const timeout = options.queryTimeoutMs ?? 60_000;
  const pool = new pg.Pool({ connectionString: url, max: 5, query_timeout: timeout, connectionTimeoutMillis: timeout });
  pool.on('error', (error) => console.error('[db] idle connection failed:', error.message));
  const direct = async <T>(text: string, params?: unknown[]) => ({ rows: (await pool.query(text, params as unknown[])).rows as T[] });
  const database: Database = {
    // pglite-server multiplexes its clients over one connection and keeps them apart only inside transactions,
    // so there every statement gets a transaction of its own.
    query: options.multiplexed ? (text, params) => database.transaction((tx) => tx.query(text, params)) : direct,
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('begin');
        const result = await work({ query: async <T>(text: string, params?: unknown[]) => ({ rows: (await client.query(text, params as unknown[])).rows as T[] }) });
        await client.query('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back (or whose statement timed out) is not given to anyone else.
        broken = !(await client.query('rollback').then(() => true, () => false)) || /timeout/i.test((error as Error)?.message ?? '');
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  await bootstrapSupabaseBasics({ exec: (sql) => database.transaction((tx) => tx.query(sql)), query: database.query });
  await migrate({
    exec: (sql) => database.transaction((tx) => tx.query(sql)),
    query: database.query,
    transaction: (work) => database.transaction((tx) => work({ exec: (sql) => tx.query(sql), query: tx.query })),
  });
  return database;
}
