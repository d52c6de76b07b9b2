import { sectionTitleSql, unnumberedSql } from './section-title-sql';

/**
 * The SQL that finds which fused passages the question names: `named`, one
 * row per passage of `fused` (id, score), with `named` (true when every word
 * of its section's title, or of a term the passage defines, is in the
 * question or its added rulebook words, or when the question spells out the
 * name of a row of its tables), `within` (true when a heading above its
 * section's own is named so, "my bard" naming Bard, which holds Song of
 * Rest; or when its section is a spell on the list of a class so named,
 * where a book prints its spells apart from its classes: see the
 * spell_classes migration) and `sharing` (how many of the named passages'
 * sections bear the same title). `at` names the statement's parameters: the
 * question and the rulebook words added for it.
 *
 * A row is named only word for word: its name is one line of a table among
 * many, where stemming would let the bard's question name the gear table's
 * "Barding".
 */
export function namedSql(at: { question: string; bookWords: string }): string {
  const title = sectionTitleSql('c.heading');
  const names = (text: string) => `tsvector_to_array(to_tsvector('english', ${text}))`;
  const path = `(string_to_array(c.heading, ' › '))`;
  // Lower case, words parted by single spaces: nothing left that `like` reads as a wildcard.
  const spelt = (text: string) => `trim(regexp_replace(lower(${text}), '[^a-z0-9]+', ' ', 'g'))`;
  return `asked as (
      select ${names(`${at.question}::text || ' ' || ${at.bookWords}::text`)} as lexemes,
        ' ' || ${spelt(`${at.question}::text`)} || ' ' as spelt
    ),
    titled as (
      select f.id, f.score, c.rule_system_id, c.section_id, lower(h.title) as title,
        exists (
          select from unnest(array_prepend(h.title, c.defines)) n (name)
          where cardinality(${names('n.name')}) > 0 and ${names('n.name')} <@ a.lexemes
        ) or exists (
          select from unnest(c.row_names) r (name)
          where ${spelt('r.name')} <> '' and a.spelt like '% ' || ${spelt('r.name')} || ' %'
        ) as named,
        exists (
          select from unnest(${path}[1:cardinality(${path}) - 1]) n (name)
          -- A bestiary's letter ("M") would be named by the "m" of "I'm".
          where length(n.name) > 1 and cardinality(${names(unnumberedSql('n.name'))}) > 0 and ${names(unnumberedSql('n.name'))} <@ a.lexemes
        ) or exists (
          select from unnest(c.spell_classes) k (class)
          where cardinality(${names('k.class')}) > 0 and ${names('k.class')} <@ a.lexemes
        ) as within
      from fused f
      join rule_chunks c on c.id = f.id
      cross join asked a
      cross join lateral (select ${title} as title) h
    ),
    named as (
      select t.id, t.score, t.named, t.within, coalesce(s.sharing, 1) as sharing
      from titled t
      left join (
        select rule_system_id, title, count(distinct section_id) as sharing from titled where named group by rule_system_id, title
      ) s on s.rule_system_id = t.rule_system_id and s.title = t.title
    )`;
}
