-- What a campaign's tables have learned, kept across its sessions by the Chronicler. A campaign may be
-- played by many groups: each group's run of sessions is one chronicle (the id of its first session),
-- and its memory is its own. A session that continues none is its own chronicle (chronicle_id null).
alter table public.sessions
  add column chronicle_id uuid;
create index sessions_chronicle_idx on public.sessions ((coalesce(chronicle_id, id)), created_at);

-- A fact is one sentence about someone or something (a person, a place, an item, a quest,
-- a promise, a clue, a faction or an event), with who witnessed it (null: the whole table),
-- whether it is the DM's alone, and the log entry it came from. A quest's `status` is in `detail`.
create table public.campaign_facts (
  id uuid primary key default gen_random_uuid(),
  campaign_id text not null references public.campaigns (id) on delete cascade,
  chronicle_id uuid not null,
  session_id uuid references public.sessions (id) on delete set null,
  kind text not null check (kind in ('person', 'place', 'item', 'quest', 'promise', 'clue', 'faction', 'event')),
  subject text not null check (char_length(subject) between 1 and 120),
  text text not null check (char_length(text) between 1 and 600),
  detail jsonb not null default '{}'::jsonb,
  witnesses text[],
  secret boolean not null default false,
  -- A game master's "remember this": it rides in every DM prompt, under a cap.
  pinned boolean not null default false,
  source_seq integer,
  dimensions integer not null,
  embedding vector not null check (vector_dims(embedding) = dimensions),
  tsv tsvector generated always as (to_tsvector('english'::regconfig, subject || ' ' || text)) stored,
  -- Who last corrected it by hand, and when; a corrected fact is never overwritten by the Chronicler.
  corrected_by text,
  corrected_at timestamptz,
  created_at timestamptz not null default now()
);
alter table public.campaign_facts enable row level security;
create index campaign_facts_chronicle_idx on public.campaign_facts (chronicle_id, kind);
create index campaign_facts_tsv_idx on public.campaign_facts using gin (tsv);
-- One fact per subject and sentence: the Chronicler reading the same entry twice changes nothing.
create unique index campaign_facts_once_idx on public.campaign_facts (chronicle_id, kind, lower(subject), md5(text));

-- Summaries the Chronicler wrote: of a scene, a fight, or a whole session (the next session's recap).
create table public.campaign_summaries (
  id uuid primary key default gen_random_uuid(),
  campaign_id text not null references public.campaigns (id) on delete cascade,
  chronicle_id uuid not null,
  session_id uuid not null references public.sessions (id) on delete cascade,
  tier text not null check (tier in ('scene', 'fight', 'session')),
  title text not null check (char_length(title) between 1 and 160),
  text text not null check (char_length(text) between 1 and 2000),
  importance smallint not null default 1 check (importance between 1 and 3),
  from_seq integer not null,
  to_seq integer not null,
  witnesses text[],
  created_at timestamptz not null default now(),
  unique (session_id, tier, from_seq)
);
alter table public.campaign_summaries enable row level security;
create index campaign_summaries_chronicle_idx on public.campaign_summaries (chronicle_id, created_at);

-- A campaign is played over sessions: each continues from the one before, and ends by the game master's word.
alter table public.sessions
  add column previous_session_id uuid references public.sessions (id) on delete set null,
  add column ended_at timestamptz,
  -- The last log entry the Chronicler has read.
  add column chronicled_seq integer not null default 0;
create index sessions_previous_idx on public.sessions (previous_session_id);
