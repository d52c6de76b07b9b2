-- A campaign being written with the Campaign Assistant: the conversation and the draft it filled in.
create table public.campaign_drafts (
  id uuid primary key,
  data jsonb not null default '{}'::jsonb,
  messages jsonb not null default '[]'::jsonb,
  -- Set once the draft is saved as a playable campaign.
  campaign_id text references public.campaigns (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.campaign_drafts enable row level security;
