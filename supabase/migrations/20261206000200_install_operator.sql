-- On an embedded install with no OPERATOR_IDS, the person who signs in on it
-- first operates it. One row at most: the primary key can only be true.
create table public.install_operator (
  singleton boolean primary key default true check (singleton),
  user_id uuid not null,
  claimed_at timestamptz not null default now()
);
alter table public.install_operator enable row level security;
create policy "server only" on public.install_operator as restrictive for all to anon, authenticated using (false);
