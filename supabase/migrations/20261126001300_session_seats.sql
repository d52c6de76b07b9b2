-- Who plays which character at a table. A person may hold several seats (a
-- game master taking over AI characters); a seat nobody holds is played by an AI player.
create table public.session_seats (
  session_id uuid not null references public.sessions (id) on delete cascade,
  character_id text not null,
  user_id uuid not null,
  claimed_at timestamptz not null default now(),
  primary key (session_id, character_id),
  foreign key (session_id, user_id) references public.session_members (session_id, user_id) on delete cascade
);
alter table public.session_seats enable row level security;
create index session_seats_user_idx on public.session_seats (session_id, user_id);

insert into public.session_seats (session_id, character_id, user_id)
  select session_id, character_id, user_id from public.session_members where character_id is not null;
drop index public.session_members_character_idx;
alter table public.session_members drop column character_id;

create policy "members see who plays whom" on public.session_seats for select to authenticated using (public.is_session_member(session_id));

-- A campaign draft belongs to the person writing it; drafts from before people signed in belong to nobody.
alter table public.campaign_drafts add column created_by uuid;
