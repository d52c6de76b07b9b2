create table public.sessions (
  id uuid primary key,
  campaign_id text not null references public.campaigns (id),
  -- The game state as the rules engine last committed it.
  state jsonb not null,
  -- Bumped by every committed turn; a write with a stale version is refused.
  version integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.sessions enable row level security;
create index sessions_campaign_id_idx on public.sessions (campaign_id);

-- The session log: every committed event, numbered without gaps per session.
create table public.session_events (
  session_id uuid not null references public.sessions (id) on delete cascade,
  seq integer not null check (seq > 0),
  type text not null,
  data jsonb not null,
  created_at timestamptz not null default now(),
  primary key (session_id, seq)
);
alter table public.session_events enable row level security;
