/**
 * Experience and level tables. Advancement and XP by challenge rating are
 * the SRD 5.1's own tables (Character Advancement; Experience Points by
 * Challenge Rating), checked against the SRD PDF by `npm run eval --
 * srd-data`. The encounter thresholds are not in the SRD 5.1: they are the
 * fifth edition's published encounter-building guideline figures, kept here
 * because encounter building needs them.
 */

/** XP needed to reach each character level (index 0 = level 1) and the proficiency bonus at it. */
export const advancement = [
  { level: 1, xp: 0, proficiencyBonus: 2 },
  { level: 2, xp: 300, proficiencyBonus: 2 },
  { level: 3, xp: 900, proficiencyBonus: 2 },
  { level: 4, xp: 2_700, proficiencyBonus: 2 },
  { level: 5, xp: 6_500, proficiencyBonus: 3 },
  { level: 6, xp: 14_000, proficiencyBonus: 3 },
  { level: 7, xp: 23_000, proficiencyBonus: 3 },
  { level: 8, xp: 34_000, proficiencyBonus: 3 },
  { level: 9, xp: 48_000, proficiencyBonus: 4 },
  { level: 10, xp: 64_000, proficiencyBonus: 4 },
  { level: 11, xp: 85_000, proficiencyBonus: 4 },
  { level: 12, xp: 100_000, proficiencyBonus: 4 },
  { level: 13, xp: 120_000, proficiencyBonus: 5 },
  { level: 14, xp: 140_000, proficiencyBonus: 5 },
  { level: 15, xp: 165_000, proficiencyBonus: 5 },
  { level: 16, xp: 195_000, proficiencyBonus: 5 },
  { level: 17, xp: 225_000, proficiencyBonus: 6 },
  { level: 18, xp: 265_000, proficiencyBonus: 6 },
  { level: 19, xp: 305_000, proficiencyBonus: 6 },
  { level: 20, xp: 355_000, proficiencyBonus: 6 },
] as const;

/** XP a monster is worth by challenge rating. CR 0 is 10, or 0 for a creature with no effective attacks. */
export const xpByChallenge: ReadonlyArray<readonly [number, number]> = [
  [0, 10], [0.125, 25], [0.25, 50], [0.5, 100], [1, 200], [2, 450], [3, 700], [4, 1_100], [5, 1_800], [6, 2_300],
  [7, 2_900], [8, 3_900], [9, 5_000], [10, 5_900], [11, 7_200], [12, 8_400], [13, 10_000], [14, 11_500], [15, 13_000],
  [16, 15_000], [17, 18_000], [18, 20_000], [19, 22_000], [20, 25_000], [21, 33_000], [22, 41_000], [23, 50_000],
  [24, 62_000], [25, 75_000], [26, 90_000], [27, 105_000], [28, 120_000], [29, 135_000], [30, 155_000],
];

/** Encounter XP thresholds per character (easy, medium, hard, deadly) by level 1–20. */
const thresholds: ReadonlyArray<readonly [number, number, number, number]> = [
  [25, 50, 75, 100], [50, 100, 150, 200], [75, 150, 225, 400], [125, 250, 375, 500], [250, 500, 750, 1_100],
  [300, 600, 900, 1_400], [350, 750, 1_100, 1_700], [450, 900, 1_400, 2_100], [550, 1_100, 1_600, 2_400], [600, 1_200, 1_900, 2_800],
  [800, 1_600, 2_400, 3_600], [1_000, 2_000, 3_000, 4_500], [1_100, 2_200, 3_400, 5_100], [1_250, 2_500, 3_800, 5_700], [1_400, 2_800, 4_300, 6_400],
  [1_600, 3_200, 4_800, 7_200], [2_000, 3_900, 5_900, 8_800], [2_100, 4_200, 6_300, 9_500], [2_400, 4_900, 7_300, 10_900], [2_800, 5_700, 8_500, 12_700],
];

function requireLevel(level: number): void {
  if (!Number.isInteger(level) || level < 1 || level > 20) throw new RangeError(`Character level must be 1 to 20, not ${level}`);
}

/** A challenge rating as a number: accepts 0.25 or "1/4". */
export function challengeValue(cr: number | string): number {
  if (typeof cr === 'number') return cr;
  const fraction = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(cr);
  return fraction ? Number(fraction[1]) / Number(fraction[2]) : Number(cr);
}

/** XP for defeating a monster of a challenge rating (`xpForChallenge('1/4')` → 50). Throws for a rating the table lacks. */
export function xpForChallenge(cr: number | string, options: { noEffectiveAttacks?: boolean } = {}): number {
  const value = challengeValue(cr);
  const row = xpByChallenge.find(([rating]) => rating === value);
  if (!row) throw new RangeError(`No challenge rating ${cr}`);
  return value === 0 && options.noEffectiveAttacks ? 0 : row[1];
}

/** XP needed to reach a character level. */
export function xpForLevel(level: number): number {
  requireLevel(level);
  return advancement[level - 1]!.xp;
}

/** The character level a total of XP reaches. */
export function levelForXp(xp: number): number {
  if (!Number.isFinite(xp) || xp < 0) throw new RangeError(`XP must be a number of at least 0, not ${xp}`);
  return advancement.filter((row) => row.xp <= xp).at(-1)!.level;
}

export function proficiencyBonusForLevel(level: number): number {
  requireLevel(level);
  return advancement[level - 1]!.proficiencyBonus;
}

/** One character's encounter XP thresholds at a level. */
export function xpThresholds(level: number): { easy: number; medium: number; hard: number; deadly: number } {
  requireLevel(level);
  const [easy, medium, hard, deadly] = thresholds[level - 1]!;
  return { easy, medium, hard, deadly };
}
