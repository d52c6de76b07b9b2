/**
 * The SQL that finds which fused passages the question names: `named`, one
 * row per passage of `fused` (id, score) and per passage that defines a term
 * the question uses, with `named` (true when every word of its section's
 * title is in the question or its added rulebook words, or when it defines
 * such a term) and `sharing` (how many of these passages' sections bear the
 * same title). `at` names the statement's parameters: the rule system ids,
 * the question and the rulebook words added for it.
 *
 * A term is defined where the book's rule module found it (a condition or an
 * action, with its page): the passage on that page whose line starts with
 * the term. The SRD defines its conditions in one appendix with no heading
 * of their own, so a question about being frightened would otherwise find
 * every dragon's "Frightful Presence" before the rule.
 */
export function namedSql(at: { systems: string; question: string; bookWords: string }): string {
  // Numbering is not part of a title: "9 The Paladin", "12. Choose Bonds".
  const title = `regexp_replace(regexp_replace(c.heading, '^.*› ', ''), '^[0-9]+[.)]?\\s+', '')`;
  return `asked as (
      select tsvector_to_array(to_tsvector('english', ${at.question}::text || ' ' || ${at.bookWords}::text)) as lexemes
    ),
    definitions as (
      select distinct c.id
      from rule_systems s
      cross join lateral jsonb_array_elements(coalesce(s.module->'conditions', '[]'::jsonb) || coalesce(s.module->'actions', '[]'::jsonb)) d (term)
      cross join asked a
      cross join lateral (
        select c.id from rule_chunks c
        where c.rule_system_id = s.id and c.page_start <= (d.term->>'page')::int and (d.term->>'page')::int <= c.page_end
          and c.text ~ ('(^|\\n)' || (d.term->>'name') || '\\M')
      ) c
      where s.id = any(${at.systems}::uuid[]) and tsvector_to_array(to_tsvector('english', d.term->>'name')) <@ a.lexemes
    ),
    titled as (
      select coalesce(f.id, d.id) as id, coalesce(f.score, 0) as score, c.rule_system_id, c.section_id, lower(t.title) as title,
        d.id is not null or (cardinality(t.lexemes) > 0 and t.lexemes <@ a.lexemes) as named
      from fused f
      full join definitions d on d.id = f.id
      join rule_chunks c on c.id = coalesce(f.id, d.id)
      cross join asked a
      cross join lateral (select ${title} as title) h
      cross join lateral (select h.title, tsvector_to_array(to_tsvector('english', h.title)) as lexemes) t
    ),
    named as (
      select t.id, t.score, t.named, coalesce(s.sharing, 1) as sharing
      from titled t
      left join (
        select rule_system_id, title, count(distinct section_id) as sharing from titled where named group by rule_system_id, title
      ) s on s.rule_system_id = t.rule_system_id and s.title = t.title
    )`;
}
