-- Who sits at a table, and the invitations to it. A person is an auth user id:
-- Supabase Auth's in hosted mode, the signed session cookie's in embedded mode.
create table public.session_members (
  session_id uuid not null references public.sessions (id) on delete cascade,
  user_id uuid not null,
  role text not null check (role in ('gm', 'player')),
  display_name text not null check (char_length(display_name) between 1 and 60),
  -- The character this person plays; null for a GM, or a player who has not claimed one yet.
  character_id text,
  joined_at timestamptz not null default now(),
  primary key (session_id, user_id)
);
alter table public.session_members enable row level security;
create unique index session_members_character_idx on public.session_members (session_id, character_id) where character_id is not null;
create index session_members_user_idx on public.session_members (user_id);

create table public.session_invites (
  token text primary key check (char_length(token) >= 20),
  session_id uuid not null references public.sessions (id) on delete cascade,
  role text not null check (role in ('gm', 'player')),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz
);
alter table public.session_invites enable row level security;
create index session_invites_session_idx on public.session_invites (session_id);

-- Whether the requesting user sits at a table. Security definer, so the
-- policies below can ask it without the members table's own policy in the way.
create function public.is_session_member(target uuid, wanted_role text default null) returns boolean
language sql stable security definer set search_path = public as $$
  select exists (
    select 1 from public.session_members m
    where m.session_id = target and m.user_id = auth.uid() and (wanted_role is null or m.role = wanted_role)
  )
$$;

-- Row-level security for clients that reach the database directly (Supabase's
-- REST and Realtime). The app's server writes with the service role, which
-- bypasses it; clients only ever read, and only what is theirs.

-- The shared libraries: any signed-in person may read them.
create policy "campaigns are shared" on public.campaigns for select to authenticated using (true);
create policy "characters are shared" on public.characters for select to authenticated using (true);
create policy "rule systems are shared" on public.rule_systems for select to authenticated using (true);
create policy "rule passages are shared" on public.rule_chunks for select to authenticated using (true);

-- A table's own records: only the people sitting at it.
create policy "members read their tables" on public.sessions for select to authenticated using (public.is_session_member(id));
create policy "members read their logs" on public.session_events for select to authenticated using (public.is_session_member(session_id));
create policy "members read their queues" on public.session_actions for select to authenticated using (public.is_session_member(session_id));
create policy "members see who is at their tables" on public.session_members for select to authenticated using (public.is_session_member(session_id));
create policy "members read their rulebooks" on public.session_rule_systems for select to authenticated using (public.is_session_member(session_id));
create policy "game masters read their invitations" on public.session_invites for select to authenticated using (public.is_session_member(session_id, 'gm'));
create policy "members see their tables' pictures" on public.assets for select to authenticated using (
  owner ~ '^session:[0-9a-f-]{36}$' and public.is_session_member(substring(owner from 9)::uuid)
);

-- The server's own records: no client reads or writes them.
create policy "server only" on public.bus_messages as restrictive for all to anon, authenticated using (false);
create policy "server only" on public.dead_letters as restrictive for all to anon, authenticated using (false);
create policy "server only" on public.campaign_drafts as restrictive for all to anon, authenticated using (false);
