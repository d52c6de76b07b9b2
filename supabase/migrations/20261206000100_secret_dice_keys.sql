-- Dice keys are secret. A session's state held a bare 32-bit seed that was also
-- shown to players, so its next rolls could be foretold: every such session gets
-- a fresh random key, its snapshot is dropped (the table is rebuilt from its
-- committed state and log), and the opening state kept in the log loses its seed.
update public.sessions
  set state = jsonb_set(state, '{seed}', to_jsonb(encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex'))),
      snapshot = null,
      snapshot_version = null
  where jsonb_typeof(state -> 'seed') = 'number';
update public.session_events
  set data = data #- '{initialState,seed}'
  where type = 'session.started' and data -> 'initialState' ? 'seed';

-- What clients reaching the database directly may read of a table: that it exists
-- and its version. Its state (the dice key, the DM's secrets) and its raw log (the
-- same secrets in its patches) reach players only through the server, which takes
-- the secrets out.
revoke select on public.sessions from anon, authenticated;
grant select (id, campaign_id, version, created_at, updated_at) on public.sessions to authenticated;
drop policy "members read their logs" on public.session_events;
create policy "server only" on public.session_events as restrictive for all to anon, authenticated using (false);
