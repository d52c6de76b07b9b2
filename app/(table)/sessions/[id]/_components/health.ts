/** How hurt a creature looks from across the table; players never see a monster's exact hit points. */
export type HealthBand = 'Unhurt' | 'Wounded' | 'Bloodied' | 'Near death' | 'Down' | 'Dead';

export function healthBand(c: { hp: number; maxHp: number; dead?: boolean }): HealthBand {
  if (c.dead) return 'Dead';
  if (c.hp <= 0) return 'Down';
  if (c.hp >= c.maxHp) return 'Unhurt';
  if (c.hp * 2 > c.maxHp) return 'Wounded';
  if (c.hp * 4 > c.maxHp) return 'Bloodied';
  return 'Near death';
}

/**
 * How full to draw a band's health bar: the middle of each band, so the bar
 * shows no more than the words do.
 */
export const bandFill: Record<HealthBand, number> = {
  Unhurt: 1,
  Wounded: 0.75,
  Bloodied: 0.4,
  'Near death': 0.12,
  Down: 0,
  Dead: 0,
};

/** What the table shows of someone's hit points: exact for the party and its allies, a band for foes. */
export function visibleHealth(c: { hp: number; maxHp: number; dead: boolean; hostile?: boolean }): { text: string; fill: number } {
  if (c.hostile) {
    const band = healthBand(c);
    return { text: band, fill: bandFill[band] };
  }
  const text = c.dead ? 'Dead' : `${c.hp}/${c.maxHp}`;
  return { text, fill: c.maxHp === 0 ? 0 : c.hp / c.maxHp };
}

/** Conditions as tags, with exhaustion, which the engine keeps apart because it has levels. */
export function statusTags(c: { conditions: readonly string[]; exhaustion: number }): string[] {
  return c.exhaustion > 0 ? [...c.conditions, `exhaustion ${c.exhaustion}`] : [...c.conditions];
}
