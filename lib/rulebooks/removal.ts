import type { Identity } from '@/lib/auth/identity';
import { operatorGrant } from '@/lib/auth/operator';
import { tablesPlayingBy } from '@/lib/db/queries/rule-system-tables';
import { deleteRuleSystem, getRuleSystem } from '@/lib/db/queries/rule-systems';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/**
 * Deletes a rule system for the person who imported it, or an operator. While
 * tables play by it, it is deleted only when asked to knowing that (`confirmed`):
 * otherwise a 409 names them. Those tables then look rules up in the others.
 */
export async function removeRuleSystem(db: Queryable, input: { id: string; by: Identity; confirmed: boolean }): Promise<void> {
  const system = await getRuleSystem(db, { id: input.id });
  if (!system) throw new AppError('not_found', `There is no rule system "${input.id}"`);
  if (system.importedBy !== input.by.userId && !(await operatorGrant(db, input.by))) {
    throw new AppError('forbidden', `Only whoever imported "${system.name}", or an operator, may delete it`);
  }
  if (!input.confirmed) {
    const tables = await tablesPlayingBy(db, { ruleSystemId: input.id });
    if (tables.length > 0) {
      const named = tables.slice(0, 3).map((t) => `${t.campaignTitle} (${t.sessionId.slice(0, 8)})`).join(', ');
      const more = tables.length > 3 ? ` and ${tables.length - 3} more` : '';
      throw new AppError(
        'conflict',
        `${tables.length === 1 ? 'A table plays' : `${tables.length} tables play`} by "${system.name}": ${named}${more}. Delete it anyway (confirm=true) and they look rules up in the others`,
      );
    }
  }
  await deleteRuleSystem(db, { id: input.id });
}
