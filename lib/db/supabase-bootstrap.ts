/**
 * What a Supabase database already has and our migrations rely on: the
 * `auth` schema with `auth.uid()`, and the `anon`, `authenticated` and
 * `service_role` roles with Supabase's default grants on `public`. The
 * embedded database gets it before the migrations run, so the same files
 * apply unchanged in both places and their row-level security holds in both.
 * Every statement is safe to run again.
 */
const supabaseBootstrapSql = `
do $$
begin
  if not exists (select from pg_roles where rolname = 'anon') then create role anon nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'authenticated') then create role authenticated nologin noinherit; end if;
  if not exists (select from pg_roles where rolname = 'service_role') then create role service_role nologin noinherit bypassrls; end if;
end
$$;
create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;
-- As Supabase defines it: the user id from the request's JWT claims.
create or replace function auth.uid() returns uuid language sql stable as $fn$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$fn$;
-- As Supabase Realtime has them: the messages its channel policies guard, and the topic being joined.
create schema if not exists realtime;
create table if not exists realtime.messages (
  id bigserial primary key,
  topic text not null,
  extension text not null,
  event text,
  payload jsonb,
  private boolean default true,
  inserted_at timestamptz not null default now()
);
alter table realtime.messages enable row level security;
create or replace function realtime.topic() returns text language sql stable as $fn$
  select nullif(current_setting('realtime.topic', true), '')::text
$fn$;
grant usage on schema realtime to anon, authenticated, service_role;
grant select, insert on realtime.messages to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public grant select, insert, update, delete on tables to anon, authenticated, service_role;
alter default privileges in schema public grant usage, select on sequences to anon, authenticated, service_role;
alter default privileges in schema public grant execute on functions to anon, authenticated, service_role;
`;

/**
 * Provides what Supabase provides, unless the database already has it (a
 * Supabase database must keep its own `auth.uid()`).
 */
export async function bootstrapSupabaseBasics(db: {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string): Promise<{ rows: T[] }>;
}): Promise<void> {
  const { rows } = await db.query<{ present: boolean }>(`select to_regprocedure('auth.uid()') is not null as present`);
  if (!rows[0]?.present) await db.exec(supabaseBootstrapSql);
}
