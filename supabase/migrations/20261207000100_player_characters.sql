-- Characters people build for themselves and bring to tables. `data` is the stored
-- character (build, inventory, coins, spells, persona), parsed by the rules on every read.
-- A character brought to a table plays there (`session_id`, under `party_id` in its party)
-- and is no longer edited by its builder: its sheet changes only through play.
create table public.player_characters (
  id uuid primary key,
  owner_id uuid not null,
  name text not null check (char_length(name) between 1 and 80),
  data jsonb not null,
  portrait_asset_id uuid references public.assets (id) on delete set null,
  session_id uuid references public.sessions (id) on delete set null,
  party_id text check (party_id is null or char_length(party_id) between 1 and 64),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.player_characters enable row level security;
create index player_characters_owner_idx on public.player_characters (owner_id, created_at);
create unique index player_characters_seat_idx on public.player_characters (session_id, party_id) where session_id is not null;

-- The server writes them; a signed-in person may read their own, and nobody else's.
create policy "people read their own characters" on public.player_characters for select to authenticated using (owner_id = auth.uid());
