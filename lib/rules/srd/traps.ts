/**
 * The SRD 5.1's trap tables (Traps: Trap Save DCs and Attack Bonuses;
 * Damage Severity by Level), checked against the SRD PDF by `npm run eval
 * -- srd-data`.
 */

export const trapSeverities = ['setback', 'dangerous', 'deadly'] as const;
export type TrapSeverity = (typeof trapSeverities)[number];

/** Save DC and attack bonus ranges by severity; a trap picks a value within its range. */
export const trapNumbers: Record<TrapSeverity, { saveDc: { min: number; max: number }; attackBonus: { min: number; max: number } }> = {
  setback: { saveDc: { min: 10, max: 11 }, attackBonus: { min: 3, max: 5 } },
  dangerous: { saveDc: { min: 12, max: 15 }, attackBonus: { min: 6, max: 8 } },
  deadly: { saveDc: { min: 16, max: 20 }, attackBonus: { min: 9, max: 12 } },
};

/** Damage dice by character level tier (1st–4th, 5th–10th, 11th–16th, 17th–20th) and severity. */
export const trapDamageTable = [
  { levels: [1, 4], setback: '1d10', dangerous: '2d10', deadly: '4d10' },
  { levels: [5, 10], setback: '2d10', dangerous: '4d10', deadly: '10d10' },
  { levels: [11, 16], setback: '4d10', dangerous: '10d10', deadly: '18d10' },
  { levels: [17, 20], setback: '10d10', dangerous: '18d10', deadly: '24d10' },
] as const;

/** A trap's damage dice for a severity and the characters' level: `trapDamage('dangerous', 3)` → "2d10". */
export function trapDamage(severity: TrapSeverity, level: number): string {
  if (!Number.isInteger(level) || level < 1 || level > 20) throw new RangeError(`Character level must be 1 to 20, not ${level}`);
  const tier = trapDamageTable.find((row) => level >= row.levels[0] && level <= row.levels[1])!;
  return tier[severity];
}
