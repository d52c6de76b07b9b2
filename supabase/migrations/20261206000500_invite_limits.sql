-- Invitations a game master can limit and take back: a number of uses (null: any
-- number until they expire), how many were used, and when they were revoked.
alter table public.session_invites
  add column max_uses integer check (max_uses between 1 and 100),
  add column uses integer not null default 0 check (uses >= 0),
  add column revoked_at timestamptz;
alter table public.session_invites add constraint session_invites_uses_within_limit check (max_uses is null or uses <= max_uses);

-- Who a game master removed from a table, and when: an invitation made before
-- their removal no longer seats them; a new one, made after, does.
create table public.session_removals (
  session_id uuid not null references public.sessions (id) on delete cascade,
  user_id uuid not null,
  removed_by uuid not null,
  removed_at timestamptz not null default now(),
  primary key (session_id, user_id)
);
alter table public.session_removals enable row level security;
create policy "server only" on public.session_removals as restrictive for all to anon, authenticated using (false);
