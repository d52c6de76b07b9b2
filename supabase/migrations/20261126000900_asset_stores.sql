-- Where each picture's bytes live: the data folder ('files') or Supabase Storage ('supabase').
alter table public.assets add column store text not null default 'files' check (store in ('files', 'supabase'));
