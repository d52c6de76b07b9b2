-- Messages the bus gave up on: unreadable, or still failing after every retry.
create table public.dead_letters (
  id uuid primary key default gen_random_uuid(),
  agent text not null,
  message_id text,
  reason text not null,
  attempts integer not null check (attempts >= 0),
  -- The message as it arrived; not always a valid envelope.
  body jsonb not null,
  status text not null default 'open' check (status in ('open', 'replayed', 'discarded')),
  created_at timestamptz not null default now(),
  -- Who settled it and why, for the record.
  settled_at timestamptz,
  settled_note text
);
alter table public.dead_letters enable row level security;
create index dead_letters_open_idx on public.dead_letters (status, created_at desc);
