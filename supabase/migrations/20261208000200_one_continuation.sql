-- A session is continued at most once: two game masters' clicks at the same moment cannot fork a campaign.
create unique index sessions_continued_once_idx on public.sessions (previous_session_id) where previous_session_id is not null;
