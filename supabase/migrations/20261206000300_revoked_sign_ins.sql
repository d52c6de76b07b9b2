-- Sign-in cookies are sealed, so a copy of one stays readable until it expires:
-- signing out records the cookie's sign-in id here, and a cookie whose id is
-- here signs nobody in. Cookies sealed before sign-ins had ids are recorded as
-- 'user:<id>'. Rows are kept until the cookie would have expired anyway.
create table public.revoked_sign_ins (
  id text primary key check (char_length(id) between 1 and 100),
  expires_at timestamptz not null
);
alter table public.revoked_sign_ins enable row level security;
create policy "server only" on public.revoked_sign_ins as restrictive for all to anon, authenticated using (false);
create index revoked_sign_ins_expiry_idx on public.revoked_sign_ins (expires_at);
