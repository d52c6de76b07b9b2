import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db/migrate';
import { bootstrapSupabaseBasics } from '@/lib/db/supabase-bootstrap';

const alice = '00000000-0000-4000-8000-00000000a11c';
const bob = '00000000-0000-4000-8000-000000000b0b';
let pg: PGlite;

async function as<T>(user: string | null, sql: string): Promise<T[]> {
  return pg.transaction(async (tx) => {
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [user ? JSON.stringify({ sub: user, role: 'authenticated' }) : '']);
    await tx.exec(`set local role ${user ? 'authenticated' : 'anon'}`);
    return (await tx.query<T>(sql)).rows;
  });
}

beforeAll(async () => {
  pg = await PGlite.create({ extensions: { vector } });
  await bootstrapSupabaseBasics(pg);
  await migrate(pg);
  await pg.exec(`insert into player_characters (id, owner_id, name, data) values
    (gen_random_uuid(), '${alice}', 'Ilsa', '{}'), (gen_random_uuid(), '${bob}', 'Bram', '{}')`);
});
afterAll(() => pg.close());

describe("people's own characters, as Supabase's row-level security applies it", () => {
  it('are read by their owner alone, and written by no client', async () => {
    expect((await as<{ name: string }>(alice, 'select name from player_characters')).map((r) => r.name)).toEqual(['Ilsa']);
    expect((await as<{ name: string }>(bob, 'select name from player_characters')).map((r) => r.name)).toEqual(['Bram']);
    await expect(as(alice, `insert into player_characters (id, owner_id, name, data) values (gen_random_uuid(), '${alice}', 'Forged', '{}')`)).rejects.toThrow(/row-level security/);
    await expect(as(alice, `update player_characters set name = 'Stolen' where owner_id = '${bob}' returning id`)).resolves.toEqual([]);
    await expect(as(null, 'select name from player_characters')).resolves.toEqual([]);
  });
});
