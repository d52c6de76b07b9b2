-- The classes whose spell list holds the spell a passage's section is, from
-- the rule system's module (its parsed spells and their classes). A book may
-- print its spells in a chapter of their own, apart from its classes ("my
-- paladin wants to summon a loyal horse" asks for Find Steed, printed among
-- all the spells): a question that names the class finds its spells as it
-- finds the sections under the class's heading. Passages imported before
-- have none until their book is imported again.
alter table public.rule_chunks add column spell_classes text[] not null default '{}';
