import { describe, expect, it } from 'vitest';
import { makeCheck } from '@/lib/rules/actions/ability-check';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { table, use, who } from './feature-fixtures';

const check = (r: TableResolver, id: string) => r.act((turn) => makeCheck(turn, id, 'athletics')).check;

describe('Bardic Inspiration', () => {
  it('gives another creature a d6 its next check, attack or save adds, and the roll uses it up', () => {
    const r = table(['lark', 'tamsin']);
    use(r, { characterId: 'lark', feature: 'Bardic Inspiration', targetId: 'tamsin' });
    expect(who(r, 'tamsin').effects).toEqual([
      expect.objectContaining({ source: { kind: 'feature', id: 'bardic-inspiration-d6', by: 'lark' }, modifiers: [{ kind: 'roll bonus', dice: '1d6', sign: 1, rolls: ['ability check', 'attack roll', 'saving throw'], once: true }] }),
    ]);
    expect(check(r, 'tamsin').roll.notation).toMatch(/\+1d6$/);
    expect(who(r, 'tamsin').effects).toEqual([]);
  });

  it('goes to someone else, one die at a time, as many times as the Charisma modifier', () => {
    const r = table(['lark', 'tamsin', 'wren']);
    expect(() => use(r, { characterId: 'lark', feature: 'inspiration', targetId: 'lark' })).toThrow('goes to another creature');
    expect(() => use(r, { characterId: 'lark', feature: 'inspiration' })).toThrow('needs a target');
    use(r, { characterId: 'lark', feature: 'inspiration', targetId: 'tamsin' });
    expect(() => use(r, { characterId: 'lark', feature: 'inspiration', targetId: 'tamsin' })).toThrow('already holds a Bardic Inspiration die');
    use(r, { characterId: 'lark', feature: 'inspiration', targetId: 'wren' });
    check(r, 'wren');
    use(r, { characterId: 'lark', feature: 'inspiration', targetId: 'wren' });
    check(r, 'wren');
    expect(() => use(r, { characterId: 'lark', feature: 'inspiration', targetId: 'wren' })).toThrow('has no uses of Bardic Inspiration left; they come back after a long rest');
  });
});
