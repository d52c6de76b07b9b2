-- Every message the agents exchanged, for tracing a conversation end to end.
-- A retried message is sent again under its own id with a higher retry_count.
create table public.bus_messages (
  message_id uuid not null,
  retry_count integer not null,
  correlation_id uuid not null,
  session_id text not null,
  from_agent text not null,
  to_agent text not null,
  message_type text not null,
  priority text not null,
  payload jsonb not null,
  metadata jsonb not null,
  sent_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  primary key (message_id, retry_count)
);
alter table public.bus_messages enable row level security;
create index bus_messages_correlation_idx on public.bus_messages (correlation_id, sent_at);
create index bus_messages_session_idx on public.bus_messages (session_id, sent_at);
