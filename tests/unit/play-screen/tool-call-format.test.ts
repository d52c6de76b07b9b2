import { describe, expect, it } from 'vitest';
import { summarise } from '@/app/(table)/sessions/[id]/_components/tool-call-format';

const names: Record<string, string> = { mira: 'Mira Thorne', zombie: 'Zombie' };
const nameOf = (id: string) => names[id] ?? id;

describe('summarise', () => {
  it('lists an object as key: value pairs with ids read as names', () => {
    expect(summarise({ characterId: 'mira', skill: 'perception', dc: 13 }, nameOf)).toBe('characterId: Mira Thorne, skill: perception, dc: 13');
  });

  it('nests objects and arrays, and skips fields left undefined', () => {
    expect(summarise({ targets: ['zombie', 'mira'], at: { x: 1, y: 2 }, note: undefined }, nameOf)).toBe(
      'targets: [Zombie, Mira Thorne], at: { x: 1, y: 2 }',
    );
  });

  it('shows plain values and nothing as they are', () => {
    expect(summarise(7, nameOf)).toBe('7');
    expect(summarise(null, nameOf)).toBe('—');
    expect(summarise(undefined, nameOf)).toBe('—');
  });

  it('reads an answer that says its outcome as that sentence', () => {
    expect(summarise({ outcome: 'Kestrel drinks Potion of Healing: +7 HP (2d4+2: 7)', healed: 7, hp: 12 }, nameOf)).toBe('Kestrel drinks Potion of Healing: +7 HP (2d4+2: 7)');
  });

  it('cuts a long value short', () => {
    const text = summarise({ text: 'x'.repeat(500) }, nameOf);
    expect(text).toHaveLength(160);
    expect(text.endsWith('…')).toBe(true);
  });
});
