-- Pictures the Creative Generator made (portraits, maps); the files live in the data folder or in Storage.
create table public.assets (
  id uuid primary key,
  kind text not null check (kind in ('portrait', 'world-map', 'battle-map')),
  -- What the picture belongs to, e.g. 'draft:<id>' or 'session:<id>'.
  owner text not null,
  title text not null,
  media_type text not null,
  path text not null,
  created_at timestamptz not null default now()
);
alter table public.assets enable row level security;
create index assets_owner_idx on public.assets (owner, created_at);
