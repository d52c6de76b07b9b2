-- Every hand laid on a dead letter (replayed, discarded), by whom and why.
create table public.dead_letter_actions (
  id bigserial primary key,
  dead_letter_id uuid not null references public.dead_letters (id) on delete cascade,
  action text not null check (action in ('replayed', 'discarded')),
  actor_id uuid not null,
  actor_name text not null,
  note text not null default '',
  at timestamptz not null default now()
);
alter table public.dead_letter_actions enable row level security;
create policy "server only" on public.dead_letter_actions as restrictive for all to anon, authenticated using (false);
create index dead_letter_actions_letter_idx on public.dead_letter_actions (dead_letter_id, at);
