import type { Queryable } from '../types';
import { sectionTitleSql } from './section-title-sql';

/**
 * Marks each passage of a rule system whose section is one of its module's
 * spells with the classes whose list holds that spell (see the spell_classes
 * migration): a section is a spell when its title, without numbering, is the
 * spell's name. One statement, once per import, in the import's transaction:
 * the module is read once rather than at every question.
 */
export async function markSpellClasses(tx: Queryable, ruleSystemId: string): Promise<void> {
  await tx.query(
    `update rule_chunks c
        set spell_classes = s.classes
       from (
         select lower(sp.spell->>'name') as name, array(select jsonb_array_elements_text(sp.spell->'classes')) as classes
           from rule_systems rs
          cross join jsonb_array_elements(coalesce(rs.module->'spells', '[]'::jsonb)) sp (spell)
          where rs.id = $1 and jsonb_typeof(sp.spell->'classes') = 'array' and jsonb_array_length(sp.spell->'classes') > 0
       ) s
      where c.rule_system_id = $1
        and lower(${sectionTitleSql('c.heading')}) = s.name`,
    [ruleSystemId],
  );
}
