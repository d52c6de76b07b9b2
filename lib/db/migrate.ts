import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const migrationsDir = path.join(process.cwd(), 'supabase', 'migrations');

type Executor = {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  transaction<T>(work: (tx: { exec(sql: string): Promise<unknown>; query(sql: string, params?: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T>;
};

/**
 * Applies supabase/migrations in file-name order, each in its own transaction,
 * and remembers which ran, so start-up is idempotent.
 */
export async function migrate(db: Executor, dir = migrationsDir): Promise<string[]> {
  await db.exec(`
    create schema if not exists roundtable_private;
    create table if not exists roundtable_private.migrations (
      name text primary key,
      applied_at timestamptz not null default now()
    );`);
  const done = new Set(
    (await db.query<{ name: string }>('select name from roundtable_private.migrations')).rows.map((r) => r.name),
  );
  const pushed = await pushedBySupabase(db);
  const files = (await readdir(/*turbopackIgnore: true*/ dir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file) || pushed.has(file.split('_')[0]!)) continue;
    const sql = await readFile(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, file), 'utf8');
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query('insert into roundtable_private.migrations (name) values ($1)', [file]);
    });
    applied.push(file);
  }
  return applied;
}

/**
 * The migration versions `supabase db push` already applied (it records them
 * in its own table), so a hosted database set up with the CLI is not migrated twice.
 */
async function pushedBySupabase(db: Executor): Promise<Set<string>> {
  const { rows } = await db.query<{ present: boolean }>(`select to_regclass('supabase_migrations.schema_migrations') is not null as present`);
  if (!rows[0]?.present) return new Set();
  const versions = await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations');
  return new Set(versions.rows.map((r) => r.version));
}
