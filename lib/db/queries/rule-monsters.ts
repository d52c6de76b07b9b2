import type { Queryable } from '../types';

/** A monster of an imported rulebook as stored in its rule module: untrusted until its user validates it. */
export type StoredRuleMonster = { ruleSystemId: string; book: string; monster: unknown };

/** A monster's name and book, for a game master choosing what to place. */
export type RuleMonsterName = { ruleSystemId: string; book: string; name: string };

// The monsters of a session's rulebooks, one row each, as the queries below read them.
const sessionMonsters = `
  from session_rule_systems srs
  join rule_systems s on s.id = srs.rule_system_id
  cross join lateral jsonb_array_elements(coalesce(s.module -> 'monsters', '[]'::jsonb)) as m (monster)
  where srs.session_id = $1`;

/** The name of a rule system the session plays by, or null when it plays by no such system. */
export async function sessionRuleSystemName(db: Queryable, { sessionId, ruleSystemId }: { sessionId: string; ruleSystemId: string }): Promise<string | null> {
  const { rows } = await db.query<{ name: string }>(
    `select s.name from session_rule_systems srs join rule_systems s on s.id = srs.rule_system_id
     where srs.session_id = $1 and srs.rule_system_id = $2`,
    [sessionId, ruleSystemId],
  );
  return rows[0]?.name ?? null;
}

/** Monsters named `name` (any case) in the rulebooks the session plays by, or in the one `ruleSystemId` names; oldest book first. */
export async function findSessionMonsters(
  db: Queryable,
  { sessionId, name, ruleSystemId = null }: { sessionId: string; name: string; ruleSystemId?: string | null },
): Promise<StoredRuleMonster[]> {
  const { rows } = await db.query<{ rule_system_id: string; book: string; monster: unknown }>(
    `select s.id as rule_system_id, s.name as book, m.monster ${sessionMonsters}
       and lower(m.monster ->> 'name') = lower($2) and ($3::uuid is null or s.id = $3::uuid)
     order by s.created_at, s.id`,
    [sessionId, name.trim(), ruleSystemId],
  );
  return rows.map((r) => ({ ruleSystemId: r.rule_system_id, book: r.book, monster: r.monster }));
}

/** Names of the session's rulebook monsters that contain `query` (any case), those starting with it first. */
export async function searchSessionMonsters(db: Queryable, { sessionId, query, limit }: { sessionId: string; query: string; limit: number }): Promise<RuleMonsterName[]> {
  const { rows } = await db.query<{ rule_system_id: string; book: string; name: string }>(
    `select s.id as rule_system_id, s.name as book, m.monster ->> 'name' as name ${sessionMonsters}
       and strpos(lower(m.monster ->> 'name'), lower($2)) > 0
     order by strpos(lower(m.monster ->> 'name'), lower($2)) = 1 desc, m.monster ->> 'name', s.created_at
     limit $3`,
    [sessionId, query.trim(), limit],
  );
  return rows.map((r) => ({ ruleSystemId: r.rule_system_id, book: r.book, name: r.name }));
}

/** The spells of one rule system's module with the given ids, as stored: untrusted until their user validates them. */
export async function ruleSystemSpells(db: Queryable, { ruleSystemId, ids }: { ruleSystemId: string; ids: string[] }): Promise<unknown[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ spell: unknown }>(
    `select sp.spell from rule_systems s
     cross join lateral jsonb_array_elements(coalesce(s.module -> 'spells', '[]'::jsonb)) as sp (spell)
     where s.id = $1 and sp.spell ->> 'id' = any($2::text[])`,
    [ruleSystemId, ids],
  );
  return rows.map((r) => r.spell);
}
