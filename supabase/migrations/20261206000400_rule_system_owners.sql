-- A rule system belongs to whoever imported it: they, or an operator, may delete it.
-- Systems imported before this have no importer; only an operator may delete those.
alter table public.rule_systems add column imported_by uuid;
