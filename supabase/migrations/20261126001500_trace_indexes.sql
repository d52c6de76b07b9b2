-- Trace search on the ops page, newest first, by session, agent, type, correlation id or time.
-- Every index here is written with each recorded message, on the bus's hot path (at a million
-- messages a 200-message batch took about 8 ms with them against 6.6 ms without, in
-- `npm run bench -- traces`), so there are only the ones a page of results needs:
-- * time order, for the unfiltered list and time windows; a type filter walks it too, since each
--   message type is a large share of the traffic and a page is found within a few hundred rows;
-- * sender and receiver, each in time order, read as the two halves of a union for "by agent":
--   one OR over both would have to collect and sort all of an agent's messages first.
-- By session and by correlation id use the indexes made with the table, and the dead-letter list
-- its (status, created_at) index.
create index bus_messages_sent_idx on public.bus_messages (sent_at, message_id);
create index bus_messages_from_agent_idx on public.bus_messages (from_agent, sent_at, message_id);
create index bus_messages_to_agent_idx on public.bus_messages (to_agent, sent_at, message_id);
