import type { Queryable } from '../types';

/**
 * Marks each passage of a rule system whose section is one of its module's
 * spells with the classes whose list holds that spell (the
 * mark_spell_classes function of the spell_classes migration, which marked
 * the books saved before it too). Run in the import's transaction, once per
 * book: a question reads the marks rather than the module.
 */
export async function markSpellClasses(tx: Queryable, ruleSystemId: string): Promise<void> {
  await tx.query('select public.mark_spell_classes($1)', [ruleSystemId]);
}
