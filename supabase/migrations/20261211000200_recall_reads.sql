-- Everything a prompt's memory is drawn from, in one call a turn waits for:
-- the DM's pinned facts (none for a party member), the facts nearest the
-- action by words (any of them, ranked) and by meaning fused by reciprocal
-- rank, and the latest summaries the reader may see. A function, because a
-- PL/pgSQL function keeps its query's plan between calls, where the same
-- statement sent each turn was planned each turn (most of its cost). A party
-- member (who) sees only what they witnessed, and never a secret; the DM
-- (who null) sees everything. Ties are broken by what the rows say, so a
-- replayed session recalls the same.
create function public.recall_reads(
  chronicle uuid, dims integer, who text, question text, meaning text,
  pinned_limit integer, facts_limit integer, summaries_limit integer
) returns table (pinned_facts json, found_facts json, summaries_read json)
language plpgsql stable
as $$
begin
  return query
  with pinned as (
    select f.id, f.session_id, f.kind, f.subject, f.text, f.detail, f.witnesses, f.secret, f.pinned, f.source_seq, f.corrected_by, f.created_at
      from public.campaign_facts f
     where f.chronicle_id = chronicle and who is null and f.pinned
     order by f.created_at desc, f.source_seq desc nulls last, f.subject, f.text limit pinned_limit
  ),
  scope as (
    select f.* from public.campaign_facts f
     where f.chronicle_id = chronicle and f.dimensions = dims
       and (who is null or (not f.secret and (f.witnesses is null or who = any(f.witnesses))))
       and f.id not in (select p.id from pinned p)
  ),
  words as (select nullif(replace(plainto_tsquery('english', question)::text, '&', '|'), '')::tsquery as q),
  lexical as (
    select s.id, row_number() over (order by ts_rank_cd(s.tsv, w.q) desc, s.created_at desc, s.source_seq desc nulls last, s.subject, s.text) as r
      from scope s, words w where w.q is not null and s.tsv @@ w.q
     order by r limit 40
  ),
  semantic as (
    select s.id, row_number() over (order by s.embedding <=> meaning::vector, s.source_seq desc nulls last, s.subject, s.text) as r
      from scope s order by s.embedding <=> meaning::vector, s.source_seq desc nulls last, s.subject, s.text limit 40
  ),
  found as (
    select f.id, f.session_id, f.kind, f.subject, f.text, f.detail, f.witnesses, f.secret, f.pinned, f.source_seq, f.corrected_by, f.created_at,
           coalesce(1.0 / (60 + l.r), 0) + coalesce(1.0 / (60 + m.r), 0) as score
      from scope f left join lexical l on l.id = f.id left join semantic m on m.id = f.id
     where l.id is not null or m.id is not null
     order by score desc, f.created_at desc, f.source_seq desc nulls last, f.subject, f.text limit facts_limit
  ),
  summaries as (
    select s.id, s.session_id, s.tier, s.title, s.text, s.importance, s.from_seq, s.to_seq, s.witnesses, s.created_at
      from public.campaign_summaries s
     where s.chronicle_id = chronicle and (who is null or s.witnesses is null or who = any(s.witnesses))
     order by s.created_at desc, s.to_seq desc, s.tier, s.from_seq limit summaries_limit
  )
  select coalesce((select json_agg(p order by p.created_at desc, p.source_seq desc nulls last, p.subject, p.text) from pinned p), '[]'::json),
         coalesce((select json_agg(f order by f.score desc, f.created_at desc, f.source_seq desc nulls last, f.subject, f.text) from found f), '[]'::json),
         coalesce((select json_agg(s order by s.created_at desc, s.to_seq desc, s.tier, s.from_seq) from summaries s), '[]'::json);
end
$$;

-- The server calls it; clients that reach the database directly (Supabase's REST) may not.
revoke execute on function public.recall_reads(uuid, integer, text, text, text, integer, integer, integer) from public, anon, authenticated;
