-- A table's state is a checkpoint: the state as of the log entry state_seq.
-- Commits rewrite it every few turns rather than every turn (tens of
-- kilobytes each time); whoever reads it plays the log's patches after
-- state_seq on top. Existing rows hold the state after their whole log.
alter table public.sessions add column state_seq integer not null default 0;
update public.sessions s
   set state_seq = coalesce((select max(e.seq) from public.session_events e where e.session_id = s.id), 0);
