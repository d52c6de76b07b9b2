import { describe, expect, it } from 'vitest';
import { progressLine } from '@/app/(table)/sessions/[id]/_components/progress-entry';
import type { SessionEvent } from '@/lib/rules/session-log';

const names: Record<string, string> = { mira: 'Mira Thorne', kestrel: 'Kestrel' };
const nameOf = (id: string) => names[id] ?? id;
const at = { seq: 4, createdAt: '2026-12-06T10:00:00.000Z' };

describe('progress lines', () => {
  it('name the foes defeated and what each character gained', () => {
    const event: SessionEvent = {
      ...at,
      type: 'xp.awarded',
      data: { source: 'defeat', reason: 'Defeated Goblin (50 XP)', by: null, creatures: [{ id: 'gob', name: 'Goblin', xp: 50 }], characterIds: ['mira', 'kestrel'], each: 25, patches: [] },
    };
    expect(progressLine(event, nameOf)).toBe('For defeating Goblin (50 XP): 25 XP to each of Mira Thorne, Kestrel');
  });

  it('name who gave a milestone and why, and who chose a level-up', () => {
    const milestone: SessionEvent = { ...at, type: 'xp.awarded', data: { source: 'milestone', reason: 'The bell is silenced', by: 'Robin', creatures: [], characterIds: ['mira'], each: 300, patches: [] } };
    expect(progressLine(milestone, nameOf)).toBe('Robin awards 300 XP to each of Mira Thorne: The bell is silenced');
    const leveled: SessionEvent = {
      ...at,
      type: 'character.leveled',
      data: { outcome: 'Kestrel reaches level 2: +8 hit points (the d10’s average)', characterId: 'kestrel', characterName: 'Kestrel', level: 2, hitPoints: 8, hitPointMethod: 'average', roll: null, by: 'its AI player', rolls: [], patches: [] },
    };
    expect(progressLine(leveled, nameOf)).toBe('Kestrel reaches level 2: +8 hit points (the d10’s average) (chosen by its AI player)');
  });
});
