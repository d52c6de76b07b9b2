-- The actor snapshot a session resumes from, the session version it belongs to, and the agents'
-- bounded memory of the story at that version, so resuming never has to read the whole log.
alter table public.sessions
  add column snapshot jsonb,
  add column snapshot_version integer,
  add column machine_version integer,
  add column memory jsonb;

-- People's actions, queued in arrival order and applied exactly once.
create table public.session_actions (
  id uuid primary key,
  session_id uuid not null references public.sessions (id) on delete cascade,
  -- Chosen by the client; sending the same key again returns the first result.
  idempotency_key text not null,
  position bigint generated always as identity,
  character_id text not null,
  text text not null,
  status text not null default 'queued' check (status in ('queued', 'applied')),
  queued_at timestamptz not null default now(),
  applied_at timestamptz,
  unique (session_id, idempotency_key)
);
alter table public.session_actions enable row level security;
create index session_actions_queue_idx on public.session_actions (session_id, position) where status = 'queued';
