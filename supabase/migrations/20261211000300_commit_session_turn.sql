-- Commits a turn in one call: the session's version moves on (only if it is
-- still `expected`), the person's action it applies is marked applied (only
-- if still queued), and its log entries are appended after the last, all or
-- nothing. The whole state is written only when given (a checkpoint, with the
-- log entry it is as of); the actor's snapshot and story memory when given.
-- A function, because a PL/pgSQL function keeps its query's plan between
-- calls, where the same statement sent each turn was planned each turn.
-- new_version is null when another writer committed first.
create function public.commit_session_turn(
  session uuid, expected integer, whole_state json, actor_snapshot jsonb, actor_machine integer, story jsonb,
  action_id uuid, entries jsonb
) returns table (new_version integer, appended json)
language plpgsql volatile
as $$
begin
  return query
  with ready as (
    select 1 from public.sessions s
     where s.id = session and s.version = expected
       and (action_id is null or exists (select 1 from public.session_actions a where a.id = action_id and a.status = 'queued'))
  ),
  updated as (
    update public.sessions s
       set state = coalesce(whole_state, s.state),
           state_seq = case when whole_state is null then s.state_seq
                            else coalesce((select max(e.seq) from public.session_events e where e.session_id = session), 0) + jsonb_array_length(entries) end,
           version = s.version + 1, updated_at = now(),
           snapshot = coalesce(actor_snapshot, s.snapshot),
           snapshot_version = case when actor_snapshot is null then s.snapshot_version else s.version + 1 end,
           machine_version = coalesce(actor_machine, s.machine_version),
           memory = coalesce(story, s.memory)
     where s.id = session and s.version = expected and exists (select 1 from ready)
    returning s.version
  ),
  applied as (
    update public.session_actions a set status = 'applied', applied_at = now()
     where a.id = action_id and a.status = 'queued' and exists (select 1 from updated)
    returning a.id
  ),
  added as (
    insert into public.session_events (session_id, seq, type, data)
    select session, coalesce((select max(e.seq) from public.session_events e where e.session_id = session), 0) + x.ord, x.value->>'type', x.value->'data'
      from jsonb_array_elements(entries) with ordinality as x(value, ord)
     where exists (select 1 from updated)
    returning seq, created_at
  )
  select (select u.version from updated u),
         coalesce((select json_agg(json_build_object('seq', d.seq, 'created_at', d.created_at) order by d.seq) from added d), '[]'::json)
    from (select count(*) from applied) as settled;
end
$$;

-- The server calls it; clients that reach the database directly (Supabase's REST) may not.
revoke execute on function public.commit_session_turn(uuid, integer, json, jsonb, integer, jsonb, uuid, jsonb) from public, anon, authenticated;
