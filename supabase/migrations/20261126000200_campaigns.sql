create table public.campaigns (
  id text primary key,
  title text not null check (char_length(title) between 1 and 200),
  summary text not null default '',
  data jsonb not null,
  created_at timestamptz not null default now()
);
alter table public.campaigns enable row level security;

create table public.characters (
  id text not null,
  campaign_id text not null references public.campaigns (id) on delete cascade,
  -- Seat order at the table.
  position integer not null,
  data jsonb not null,
  created_at timestamptz not null default now(),
  primary key (campaign_id, id)
);
alter table public.characters enable row level security;
