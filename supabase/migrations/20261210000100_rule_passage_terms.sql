-- The words of every rule passage, each with its BM25 weight: an inverted
-- index the full-text half of the rule search ranks by. Postgres's own
-- ranking (ts_rank_cd) knows nothing of how rare a word is, so a question's
-- rare rule word ("grapple") counted no more than its common ones ("creature").
create table public.rule_passage_terms (
  -- Passages are only ever deleted with their rule system, so the cascade from
  -- the system is enough; a foreign key to each passage would need an index of
  -- its own for every delete to check.
  rule_system_id uuid not null references public.rule_systems (id) on delete cascade,
  lexeme text not null,
  chunk_id bigint not null,
  -- What the word adds to the passage's score when a question holds it: its
  -- rarity in this rule system times its count in the passage, BM25's way.
  weight real not null check (weight >= 0)
);
alter table public.rule_passage_terms enable row level security;
create policy "rule passage terms are shared" on public.rule_passage_terms for select to authenticated using (true);

-- A word's passages, heaviest first: a search reads only the first few
-- hundred of a common word's passages, however large the library.
create index rule_passage_terms_word_idx on public.rule_passage_terms (rule_system_id, lexeme, weight desc) include (chunk_id);

-- The terms of the system's rule module (conditions, actions) a passage
-- defines: the passage on the term's page whose line starts with it. The SRD
-- defines its conditions in one appendix with no heading per condition, so
-- the term is the nearest thing that passage has to a title.
alter table public.rule_chunks add column defines text[] not null default '{}';

-- Indexes one rule system's passages, once they and its module are saved, in
-- the same transaction: the one definition of a passage's terms and weights.
--
-- A passage's words are those of its text and of the titles of the sections
-- above its own; a word of its own section's title, or of a term it defines,
-- counts three times (BM25F's field weight), since a section named for what
-- was asked ("Grappling") is the rule itself, where a passage that only
-- mentions it ("Feats › Grappler") is not. BM25's constants are the usual:
-- k1 = 1.2 (how soon repeating a word stops counting), b = 0.75 (how much a
-- long passage's words count for less).
create function public.index_rule_passage_terms(target uuid) returns void
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
  with counted as (
    select c.id as chunk_id, u.lexeme,
           count(*) filter (where w.weight <> 'A') as body_count,
           count(*) filter (where w.weight = 'A') as title_count
      from public.rule_chunks c
      cross join lateral unnest(
        -- The heading is "Chapter › Section › Title": the title weighs as A, the rest as the text does.
        setweight(to_tsvector('english'::regconfig,
          regexp_replace(c.heading, '^.*› ', '') || ' ' || array_to_string(c.defines, ' ')), 'A')
        || to_tsvector('english'::regconfig, regexp_replace(c.heading, '[^›]*$', '') || ' ' || c.text)
      ) u
      cross join lateral unnest(u.weights) w (weight)
     where c.rule_system_id = target
     group by c.id, u.lexeme
  ),
  sized as (
    select chunk_id, lexeme,
           (body_count + 3 * title_count)::float8 as tf,
           sum(body_count + title_count) over (partition by chunk_id)::float8 as length,
           count(*) over (partition by lexeme)::float8 as df
      from counted
  ),
  book as (
    select (select count(*) from public.rule_chunks where rule_system_id = target)::float8 as passages,
           (select avg(length) from (select distinct chunk_id, length from sized) p) as mean_length
  )
  insert into public.rule_passage_terms (rule_system_id, lexeme, chunk_id, weight)
  select target, s.lexeme, s.chunk_id,
         ln(1 + (b.passages - s.df + 0.5) / (s.df + 0.5))
         * s.tf * 2.2 / (s.tf + 1.2 * (0.25 + 0.75 * s.length / b.mean_length))
    from sized s cross join book b;
$$;
revoke execute on function public.index_rule_passage_terms(uuid) from public, anon, authenticated;

select public.index_rule_passage_terms(id) from public.rule_systems;
