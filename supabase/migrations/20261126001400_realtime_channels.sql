-- Supabase Realtime: a table's live events are broadcast on the private channel
-- 'session:<id>'; only the people sitting at that table may receive them.
-- Where there is no Realtime (the embedded database) there is nothing to guard.
do $$
begin
  if exists (select 1 from pg_namespace where nspname = 'realtime')
     and exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'realtime' and c.relname = 'messages') then
    execute $policy$
      create policy "members receive their tables' broadcasts" on realtime.messages
        for select to authenticated
        using (
          realtime.messages.extension = 'broadcast'
          and realtime.topic() ~ '^session:[0-9a-f-]{36}$'
          and public.is_session_member(substring(realtime.topic() from 9)::uuid)
        )
    $policy$;
  end if;
end
$$;
