-- Messages recorded in one batch share recorded_at, and an in-process
-- request and its answer often share a millisecond of sent_at: the order
-- they were recorded in is what tells them apart in a trace.
alter table public.bus_messages add column recorded_seq bigint generated always as identity;
