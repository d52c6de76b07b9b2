-- A table's state is written whole at every commit and read whole when it
-- loads; nothing queries inside it. As json it is kept as sent, where jsonb
-- parsed and rebuilt every turn's tens of kilobytes on the way in.
alter table public.sessions alter column state type json using state::json;
