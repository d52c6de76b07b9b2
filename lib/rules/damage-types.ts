import { z } from 'zod';

export const damageTypeSchema = z.enum([
  'acid',
  'bludgeoning',
  'cold',
  'fire',
  'force',
  'lightning',
  'necrotic',
  'piercing',
  'poison',
  'psychic',
  'radiant',
  'slashing',
  'thunder',
]);

export type DamageType = z.infer<typeof damageTypeSchema>;

/** How a creature takes each damage type. */
export type DamageDefenses = {
  damageResistances: readonly DamageType[];
  damageVulnerabilities: readonly DamageType[];
  damageImmunities: readonly DamageType[];
};

/** Which defence changed an amount, so narration can say why. */
export type DamageAdjustment = 'immune' | 'resisted' | 'vulnerable' | 'resisted and vulnerable' | null;

/**
 * Applies immunity, then resistance (halved, rounded down), then
 * vulnerability (doubled), in the order the SRD gives. Several resistances
 * to one type still count once.
 */
export function adjustForType(
  amount: number,
  type: DamageType,
  defenses: DamageDefenses,
  extraResistance = false,
): { amount: number; adjustment: DamageAdjustment } {
  const base = Math.max(0, amount);
  if (defenses.damageImmunities.includes(type)) return { amount: 0, adjustment: 'immune' };
  const resisted = extraResistance || defenses.damageResistances.includes(type);
  const vulnerable = defenses.damageVulnerabilities.includes(type);
  let result = resisted ? Math.floor(base / 2) : base;
  if (vulnerable) result *= 2;
  const adjustment = resisted && vulnerable ? 'resisted and vulnerable' : resisted ? 'resisted' : vulnerable ? 'vulnerable' : null;
  return { amount: result, adjustment };
}
