-- Which app instance plays each session now. With several instances, one plays a
-- table's turns while the others queue actions and pass commands to it; a lease
-- its holder stops renewing (the instance died) lapses, and another takes the table over.
create table public.session_leases (
  session_id uuid primary key references public.sessions (id) on delete cascade,
  holder text not null,
  expires_at timestamptz not null
);
alter table public.session_leases enable row level security;
create policy "server only" on public.session_leases as restrictive for all to anon, authenticated using (false);
create index session_leases_expiry_idx on public.session_leases (expires_at);
