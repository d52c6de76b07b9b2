import { describe, expect, it } from 'vitest';
import { table, use, who } from './feature-fixtures';

const spend = (r: ReturnType<typeof table>, remaining: number) =>
  r.act((turn) => turn.commit([{ op: 'character.spellSlot', characterId: 'oswin', level: 1, remaining }]));

describe('Arcane Recovery', () => {
  it('as a short rest ends, recovers expended slots up to half the wizard level, once a day', () => {
    const r = table(['oswin']);
    spend(r, 0);
    expect(() => use(r, { characterId: 'oswin', feature: 'Arcane Recovery', option: '1' })).toThrow('comes as a short rest ends');
    r.rest('oswin', 'short');
    expect(() => use(r, { characterId: 'oswin', feature: 'Arcane Recovery', option: '1, 1' })).toThrow('recovers slot levels adding up to 1 at Oswin Marrow\'s level, not 2');
    use(r, { characterId: 'oswin', feature: 'Arcane Recovery', option: '1' });
    expect(who(r, 'oswin').spellSlots[0]).toMatchObject({ level: 1, remaining: 1 });
    r.rest('oswin', 'short');
    expect(() => use(r, { characterId: 'oswin', feature: 'Arcane Recovery', option: '1' })).toThrow('has no uses of Arcane Recovery left; they come back after a long rest');
  });

  it('recovers only slots that were spent, of levels the wizard has, and none of 6th level or higher', () => {
    const r = table([['oswin', 3]]);
    r.rest('oswin', 'short');
    expect(() => use(r, { characterId: 'oswin', feature: 'Arcane Recovery', option: '1' })).toThrow('has no expended level 1 slot');
    expect(() => use(r, { characterId: 'oswin', feature: 'Arcane Recovery', option: '7' })).toThrow('cannot recover a level 7 slot; none above level 5');
    expect(() => use(r, { characterId: 'oswin', feature: 'Arcane Recovery' })).toThrow('Say which expended spell slots');
  });
});
