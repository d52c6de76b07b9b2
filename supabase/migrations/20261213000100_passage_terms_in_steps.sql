-- Indexing a rule system's words in one statement held an embedded server's
-- only thread for seconds (3.7 s for the SRD 5.1's 2,649 passages): PGlite
-- runs on that thread, and every table's narration stopped with it. The same
-- index is now built in steps, a range of passages (by ordinal) at a time, so
-- the import can let the thread turn between them (see
-- lib/db/queries/rule-passage-terms.ts):
--   1. define_rule_passage_terms: the terms each passage defines; the old index gone;
--   2. count_rule_passage_terms, range by range: how many passages hold each word, and the book's
--      length in words;
--   3. weigh_rule_passage_terms, range by range: the BM25 weights, from those counts;
--   4. finish_rule_passage_terms: the counts, no longer needed.
-- Counting a passage's words is cheap (a fifth of a millisecond), so both
-- passes count them rather than keep them. index_rule_passage_terms(target)
-- still does it all in one call. The weights are those the rule_passage_terms
-- and table_row_names migrations defined.

-- How many of the book's passages hold each word.
create table public.rule_passage_term_df (
  rule_system_id uuid not null references public.rule_systems (id) on delete cascade,
  lexeme text not null,
  df float8 not null,
  primary key (rule_system_id, lexeme)
);
alter table public.rule_passage_term_df enable row level security;

-- The book's passages, how many of them hold a word, and their total length.
create table public.rule_passage_term_books (
  rule_system_id uuid primary key references public.rule_systems (id) on delete cascade,
  passages float8 not null,
  counted float8 not null default 0,
  total_length float8 not null default 0
);
alter table public.rule_passage_term_books enable row level security;

-- Each word of each passage in a range: its count, a count in the passage's
-- own title or a defined term's name counting three times (BM25F's field
-- weight), and the passage's length in words.
create function public.rule_passage_term_counts(target uuid, first_ordinal int, last_ordinal int)
returns table (chunk_id bigint, lexeme text, tf float8, length float8)
language sql
stable
security invoker
set search_path = ''
as $$
  select chunk_id, lexeme,
         (body_count + 3 * title_count)::float8,
         sum(body_count + title_count) over (partition by chunk_id)::float8
    from (
      select c.id as chunk_id, u.lexeme,
             count(*) filter (where w.weight <> 'A') as body_count,
             count(*) filter (where w.weight = 'A') as title_count
        from public.rule_chunks c
        cross join lateral unnest(
          -- The heading is "Chapter › Section › Title": the title weighs as A, the rest as the text does.
          setweight(to_tsvector('english'::regconfig,
            regexp_replace(c.heading, '^.*› ', '') || ' ' || array_to_string(c.defines || c.row_names, ' ')), 'A')
          || to_tsvector('english'::regconfig, regexp_replace(c.heading, '[^›]*$', '') || ' ' || c.text)
        ) u
        cross join lateral unnest(u.weights) w (weight)
       where c.rule_system_id = target and c.ordinal between first_ordinal and last_ordinal
       group by c.id, u.lexeme
    ) counted;
$$;

create function public.define_rule_passage_terms(target uuid) returns void
language sql
security invoker
set search_path = ''
as $$
  -- Only the few passages that define something are written: rewriting every passage took seconds.
  update public.rule_chunks set defines = '{}' where rule_system_id = target and cardinality(defines) > 0;
  update public.rule_chunks c
     set defines = d.names
    from (
      select p.id, array_agg(distinct t.name order by t.name) as names
        from (
          select d.term->>'name' as name, (d.term->>'page')::int as page
            from public.rule_systems s
           cross join lateral jsonb_array_elements(
             coalesce(s.module->'conditions', '[]'::jsonb) || coalesce(s.module->'actions', '[]'::jsonb)) d (term)
           where s.id = target
        ) t
        join public.rule_chunks p on p.rule_system_id = target and p.page_start <= t.page and t.page <= p.page_end
       where p.text ~ ('(^|\n)' || t.name || '\M')
       group by p.id
    ) d
   where c.id = d.id;
  delete from public.rule_passage_terms where rule_system_id = target;
  delete from public.rule_passage_term_books where rule_system_id = target;
  delete from public.rule_passage_term_df where rule_system_id = target;
  insert into public.rule_passage_term_books (rule_system_id, passages)
  select target, count(*)::float8 from public.rule_chunks where rule_system_id = target;
$$;

create function public.count_rule_passage_terms(target uuid, first_ordinal int, last_ordinal int) returns void
language sql
security invoker
set search_path = ''
as $$
  with counts as materialized (
    select * from public.rule_passage_term_counts(target, first_ordinal, last_ordinal)
  ),
  words as (
    insert into public.rule_passage_term_df (rule_system_id, lexeme, df)
    select target, lexeme, count(*)::float8 from counts group by lexeme
    on conflict (rule_system_id, lexeme) do update set df = public.rule_passage_term_df.df + excluded.df
  )
  update public.rule_passage_term_books b
     set counted = b.counted + p.counted, total_length = b.total_length + p.total_length
    from (select count(*)::float8 as counted, coalesce(sum(length), 0) as total_length
            from (select distinct chunk_id, length from counts) c) p
   where b.rule_system_id = target;
$$;

-- BM25's constants are the usual: k1 = 1.2, b = 0.75 (see the rule_passage_terms migration).
create function public.weigh_rule_passage_terms(target uuid, first_ordinal int, last_ordinal int) returns void
language sql
security invoker
set search_path = ''
as $$
  with book as (
    select b.passages, b.total_length / nullif(b.counted, 0) as mean_length
      from public.rule_passage_term_books b
     where b.rule_system_id = target
  )
  insert into public.rule_passage_terms (rule_system_id, lexeme, chunk_id, weight)
  select target, s.lexeme, s.chunk_id,
         ln(1 + (b.passages - d.df + 0.5) / (d.df + 0.5))
         * s.tf * 2.2 / (s.tf + 1.2 * (0.25 + 0.75 * s.length / b.mean_length))
    from public.rule_passage_term_counts(target, first_ordinal, last_ordinal) s
    join public.rule_passage_term_df d on d.rule_system_id = target and d.lexeme = s.lexeme
    cross join book b;
$$;

-- The book's counts, once every range is weighed.
create function public.finish_rule_passage_terms(target uuid) returns void
language sql
security invoker
set search_path = ''
as $$
  delete from public.rule_passage_term_df where rule_system_id = target;
  delete from public.rule_passage_term_books where rule_system_id = target;
$$;

create or replace function public.index_rule_passage_terms(target uuid) returns void
language plpgsql
security invoker
set search_path = ''
as $$
declare
  first_ordinal int;
  last_ordinal int;
begin
  select min(ordinal), max(ordinal) into first_ordinal, last_ordinal from public.rule_chunks where rule_system_id = target;
  perform public.define_rule_passage_terms(target);
  perform public.count_rule_passage_terms(target, first_ordinal, last_ordinal);
  perform public.weigh_rule_passage_terms(target, first_ordinal, last_ordinal);
  perform public.finish_rule_passage_terms(target);
end;
$$;

revoke execute on function public.define_rule_passage_terms(uuid) from public, anon, authenticated;
revoke execute on function public.rule_passage_term_counts(uuid, int, int) from public, anon, authenticated;
revoke execute on function public.count_rule_passage_terms(uuid, int, int) from public, anon, authenticated;
revoke execute on function public.weigh_rule_passage_terms(uuid, int, int) from public, anon, authenticated;
revoke execute on function public.finish_rule_passage_terms(uuid) from public, anon, authenticated;
revoke execute on function public.index_rule_passage_terms(uuid) from public, anon, authenticated;
