-- Every message the agents exchanged, for tracing a conversation end to end.
create table public.bus_messages (
  message_id uuid primary key,
  correlation_id uuid not null,
  session_id text not null,
  from_agent text not null,
  to_agent text not null,
  message_type text not null,
  priority text not null,
  payload jsonb not null,
  metadata jsonb not null,
  sent_at timestamptz not null,
  recorded_at timestamptz not null default now()
);
alter table public.bus_messages enable row level security;
create index bus_messages_correlation_idx on public.bus_messages (correlation_id, sent_at);
create index bus_messages_session_idx on public.bus_messages (session_id, sent_at);
