import { describe, expect, it } from 'vitest';
import { offHandAttack } from '@/lib/rules/actions/off-hand';
import { battle, onTurnOf } from './battle';

const facing = (id: string) =>
  battle({ party: [{ id, at: { x: 3, y: 3 } }], creatures: [{ monster: 'ogre', id: 'ogre', at: { x: 4, y: 3 } }] });

describe('two-weapon fighting', () => {
  it('after a light weapon attack, the other light weapon attacks as the bonus action, without the ability modifier', () => {
    const r = facing('kestrel');
    onTurnOf(r, 'kestrel');
    const main = r.state.party[0]!.attacks.find((a) => a.name === 'Shortsword')!;
    expect(main.damage.dice).toBe('1d6+3');
    r.attack('kestrel', 'ogre', 'Shortsword');
    const off = r.act((t) => offHandAttack(t, { attackerId: 'kestrel', targetId: 'ogre', weapon: 'shortsword' }));
    expect(off.attack).toBe('Shortsword (off hand)');
    if (off.damage) expect(off.damage.parts[0]!.roll.notation).toMatch(/^\d+d6$/);
    expect(r.state.combat?.turn).toMatchObject({ actionUsed: true, bonusActionUsed: true });
    expect(() => r.act((t) => offHandAttack(t, { attackerId: 'kestrel', targetId: 'ogre', weapon: 'shortsword' }))).toThrow(/already used their bonus action/);
  });

  it('refuses an off-hand attack before an attack with a light weapon, or with a weapon that is not light', () => {
    const r = facing('kestrel');
    onTurnOf(r, 'kestrel');
    expect(() => r.act((t) => offHandAttack(t, { attackerId: 'kestrel', targetId: 'ogre', weapon: 'shortsword' }))).toThrow(/has not attacked with a light melee weapon/);
    r.attack('kestrel', 'ogre', 'Shortsword');
    expect(() => r.act((t) => offHandAttack(t, { attackerId: 'kestrel', targetId: 'ogre', weapon: 'longbow' }))).toThrow(/Longbow is not a light melee weapon/);
    const mira = facing('mira');
    onTurnOf(mira, 'mira');
    mira.attack('mira', 'ogre', 'Rapier');
    expect(() => mira.act((t) => offHandAttack(t, { attackerId: 'mira', targetId: 'ogre', weapon: 'dagger' }))).toThrow(/has not attacked with a light melee weapon/);
  });

  it('needs a second weapon and a hand free of a shield', () => {
    const wren = facing('wren');
    onTurnOf(wren, 'wren');
    wren.attack('wren', 'ogre', 'Shortsword');
    // Wren carries one shortsword: the other hand draws a dagger instead.
    expect(() => wren.act((t) => offHandAttack(t, { attackerId: 'wren', targetId: 'ogre', weapon: 'shortsword' }))).toThrow(/carries one Shortsword/);
    expect(wren.act((t) => offHandAttack(t, { attackerId: 'wren', targetId: 'ogre', weapon: 'dagger' })).attack).toBe('Dagger (off hand)');
    const tamsin = facing('tamsin');
    onTurnOf(tamsin, 'tamsin');
    tamsin.attack('tamsin', 'ogre', 'Handaxe');
    expect(() => tamsin.act((t) => offHandAttack(t, { attackerId: 'tamsin', targetId: 'ogre', weapon: 'handaxe' }))).toThrow(/shield in one hand/);
  });
});
