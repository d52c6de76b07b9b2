import { describe, expect, it } from 'vitest';
import { bandFill, healthBand, statusTags, visibleHealth } from '@/app/(table)/sessions/[id]/_components/health';

describe('healthBand', () => {
  it.each([
    [20, 'Unhurt'],
    [19, 'Wounded'],
    [11, 'Wounded'],
    [10, 'Bloodied'],
    [6, 'Bloodied'],
    [5, 'Near death'],
    [1, 'Near death'],
    [0, 'Down'],
  ] as const)('a 20 HP creature at %i looks %s', (hp, band) => {
    expect(healthBand({ hp, maxHp: 20 })).toBe(band);
  });

  it('says Dead once the creature is dead, whatever its hit points', () => {
    expect(healthBand({ hp: 0, maxHp: 20, dead: true })).toBe('Dead');
  });
});

describe('visibleHealth', () => {
  it('shows foes as a band and draws the bar no fuller than the band says', () => {
    expect(visibleHealth({ hp: 13, maxHp: 20, dead: false, hostile: true })).toEqual({ text: 'Wounded', fill: bandFill.Wounded });
  });

  it('shows the party and allies their exact hit points', () => {
    expect(visibleHealth({ hp: 7, maxHp: 10, dead: false })).toEqual({ text: '7/10', fill: 0.7 });
    expect(visibleHealth({ hp: 7, maxHp: 10, dead: false, hostile: false }).text).toBe('7/10');
  });
});

describe('statusTags', () => {
  it('adds the exhaustion level after the conditions', () => {
    expect(statusTags({ conditions: ['prone'], exhaustion: 2 })).toEqual(['prone', 'exhaustion 2']);
    expect(statusTags({ conditions: [], exhaustion: 0 })).toEqual([]);
  });
});
