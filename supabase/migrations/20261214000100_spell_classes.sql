-- The classes whose spell list holds the spell a passage's section is, from
-- the rule system's module (its parsed spells and their classes). A book may
-- print its spells in a chapter of their own, apart from its classes ("my
-- paladin wants to summon a loyal horse" asks for Find Steed, printed among
-- all the spells): a question that names the class finds its spells as it
-- finds the sections under the class's heading.
alter table public.rule_chunks add column spell_classes text[] not null default '{}';

-- Marks a rule system's passages: a section is a spell when its title (the
-- heading's last part, without numbering such as "9 ") is the spell's name.
-- One statement per book, run by the import in its transaction, so a
-- question reads the marks rather than the module.
create function public.mark_spell_classes(target uuid) returns void
language sql
security invoker
set search_path = ''
as $$
  update public.rule_chunks c
     set spell_classes = s.classes
    from (
      select lower(sp.spell->>'name') as name, array(select jsonb_array_elements_text(sp.spell->'classes')) as classes
        from public.rule_systems rs
       cross join jsonb_array_elements(coalesce(rs.module->'spells', '[]'::jsonb)) sp (spell)
       where rs.id = target and jsonb_typeof(sp.spell->'classes') = 'array' and jsonb_array_length(sp.spell->'classes') > 0
    ) s
   where c.rule_system_id = target
     and lower(regexp_replace(regexp_replace(c.heading, '^.*› ', ''), '^[0-9]+[.)]?\s+', '')) = s.name;
$$;

-- The books already in the library are marked now, as an import would.
select public.mark_spell_classes(id) from public.rule_systems;
