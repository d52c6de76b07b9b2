-- The rulebooks a table plays by: every rule system imported when the session began.
create table public.session_rule_systems (
  session_id uuid not null references public.sessions (id) on delete cascade,
  rule_system_id uuid not null references public.rule_systems (id) on delete cascade,
  primary key (session_id, rule_system_id)
);
alter table public.session_rule_systems enable row level security;
