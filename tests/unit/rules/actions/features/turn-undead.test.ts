import { describe, expect, it } from 'vitest';
import { dummy, table, use, who } from './feature-fixtures';

describe('Channel Divinity: Turn Undead', () => {
  it('makes each undead within 30 feet save against the spell save DC; those that fail are turned for a minute', () => {
    const r = table([['hesper', 2]], { creatures: [dummy('bones', 'skeleton', { x: 2, y: 3 }), dummy('gob', 'goblin', { x: 1, y: 4 })] });
    const out = use(r, { characterId: 'hesper', feature: 'Channel Divinity', option: 'turn undead' });
    expect(out.targets!.map((t) => t.id)).toEqual(['bones']);
    expect(r.checks.at(-1)).toMatchObject({ characterId: 'bones', kind: 'save', skill: 'wis', dc: 12 });
    const turned = who(r, 'bones').effects.some((e) => e.source.id === 'channel-divinity-turn-undead');
    expect(turned).toBe(!r.checks.at(-1)!.success);
    expect(() => use(r, { characterId: 'hesper', feature: 'Turn Undead' })).toThrow('no uses of Channel Divinity left');
  });

  it('needs undead in reach and a cleric of level 2', () => {
    expect(() => use(table([['hesper', 2]]), { characterId: 'hesper', feature: 'Turn Undead' })).toThrow('No undead within 30 feet');
    expect(() => use(table(['hesper']), { characterId: 'hesper', feature: 'Turn Undead' })).toThrow('Turn Undead comes at cleric level 2');
    expect(() => use(table([['hesper', 2]]), { characterId: 'hesper', feature: 'Channel Divinity' })).toThrow('Say which Channel Divinity');
  });
});
