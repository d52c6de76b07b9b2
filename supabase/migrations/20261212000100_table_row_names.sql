-- The names of the rows of the tables a passage holds ("Greataxe",
-- "Crossbow, light": see lib/rulebooks/table-rows.ts), given by the import. A
-- table names each row once, in one line among many, and a question about the
-- greataxe's damage is about that row: the passage is searched by these names
-- as by its title.
alter table public.rule_chunks add column row_names text[] not null default '{}';

-- As before, but for the row names, which weigh as the title and the terms the
-- passage defines do. Passages imported before have none: nothing to index
-- again.
create or replace function public.index_rule_passage_terms(target uuid) returns void
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
          regexp_replace(c.heading, '^.*› ', '') || ' ' || array_to_string(c.defines || c.row_names, ' ')), 'A')
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
