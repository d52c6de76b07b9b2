import 'server-only';
import { getRuleSystem, listRuleSystems, type RuleSystemRecord, type RuleSystemSummary } from '@/lib/db/queries/rule-systems';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/** Every imported rule system, in the order they were imported. */
export function ruleSystems(db: Queryable): Promise<RuleSystemSummary[]> {
  return listRuleSystems(db);
}

/** An imported rule system with what was recognised in it (its rule module) and its sections. */
export async function ruleSystem(db: Queryable, id: string): Promise<RuleSystemRecord> {
  const system = await getRuleSystem(db, { id });
  if (!system) throw new AppError('not_found', `There is no rule system "${id}"`);
  return system;
}
