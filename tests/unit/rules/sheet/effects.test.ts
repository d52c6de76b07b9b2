import { describe, expect, it } from 'vitest';
import { checkLog } from '@/lib/rules/invariant-log';
import { checkInvariants } from '@/lib/rules/invariants';
import { applyPatches } from '@/lib/rules/patches';
import { effectsEndingAt, expiredEffectPatches } from '@/lib/rules/sheet/effect-patches';
import { effectSchema, type EffectInput } from '@/lib/rules/sheet/effects';
import type { RulesState } from '@/lib/rules/state';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena } from '../fixtures';

const effect = (id: string, ends: EffectInput['ends'], by = 'oswin') => effectSchema.parse({ id, source: { kind: 'spell', id: 'shield', by }, modifiers: [], ends });

describe('when effects end', () => {
  const holder = {
    effects: [
      effect('shield', [{ kind: 'turn', edge: 'start', of: 'oswin', round: 3 }]),
      effect('bless', [{ kind: 'concentration' }, { kind: 'rounds', rounds: 10, startedRound: 1 }]),
      effect('aid', [{ kind: 'minutes', minutes: 480 }]),
      effect('potion', [{ kind: 'minutes', minutes: 60 }]),
      effect('rage', [{ kind: 'long rest' }]),
      effect('inspired', [{ kind: 'short rest' }]),
    ],
  };
  const ids = (moment: Parameters<typeof effectsEndingAt>[1]) => effectsEndingAt(holder, moment).map((e) => e.id);

  it('at the start or end of a named creature’s turn in a given round', () => {
    expect(ids({ kind: 'turn', edge: 'start', of: 'oswin', round: 2 })).toEqual([]);
    expect(ids({ kind: 'turn', edge: 'end', of: 'oswin', round: 3 })).toEqual([]);
    expect(ids({ kind: 'turn', edge: 'start', of: 'oswin', round: 3 })).toEqual(['shield']);
    expect(ids({ kind: 'turn', edge: 'start', of: 'oswin', round: 11 })).toEqual(['shield', 'bless']);
  });

  it('after the minutes they last, and at the rests they do not outlast', () => {
    expect(ids({ kind: 'minutes', minutes: 60 })).toEqual(['shield', 'bless', 'potion']);
    expect(ids({ kind: 'rest', rest: 'short' })).toEqual(['shield', 'bless', 'potion', 'inspired']);
    expect(ids({ kind: 'rest', rest: 'long' })).toEqual(['shield', 'bless', 'aid', 'potion', 'rage', 'inspired']);
  });

  it('as patches across the table, and a long rest ends the rester’s own', () => {
    const state = arena();
    const withEffects: RulesState = applyPatches(state, [
      { op: 'character.effect', characterId: 'tamsin', effect: effect('rage', [{ kind: 'long rest' }], 'tamsin') },
      { op: 'character.effect', characterId: 'gob-1', effect: effect('shield', [{ kind: 'turn', edge: 'start', of: 'gob-1', round: 2 }], 'gob-1') },
    ]);
    expect(expiredEffectPatches(withEffects, { kind: 'turn', edge: 'start', of: 'gob-1', round: 2 })).toEqual([{ op: 'character.effectEnded', characterId: 'gob-1', effectId: 'shield' }]);
    const r = new TurnResolver(withEffects);
    r.rest('tamsin', 'long');
    expect(r.state.party.find((c) => c.id === 'tamsin')!.effects).toEqual([]);
  });
});

describe('the invariant checker on sheets', () => {
  it('finds nothing wrong with the ready-made parties', () => {
    expect(checkInvariants(arena())).toEqual([]);
  });

  it('catches coins, attunement, armour and effects that outlived their concentration', () => {
    const state = arena();
    const tamsin = state.party[0]!;
    const broken = {
      ...tamsin,
      coins: { ...tamsin.coins, gp: -3 },
      inventory: [...tamsin.inventory, { item: 'plate-armor', base: null, quantity: 1, equipped: true, attuned: false, charges: null }],
      effects: [effect('bless', [{ kind: 'concentration' }], 'hesper')],
    };
    const rules = checkInvariants({ ...state, party: [broken, ...state.party.slice(1)] }).map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['coins-range', 'armor-doubled', 'concentration-lost']));
  });

  it('catches XP that falls and levels that jump when it replays a log', () => {
    const found = checkLog(arena(), [[{ op: 'character.xpCorrection', characterId: 'tamsin', xp: 400 }], [{ op: 'character.xpCorrection', characterId: 'tamsin', xp: 100 }]]);
    expect(found.map((v) => v.rule)).toEqual([]);
    const lowered = checkLog(arena(), [[{ op: 'character.xpCorrection', characterId: 'tamsin', xp: 400 }], [{ op: 'character.xp', characterId: 'tamsin', xp: 100 }]]);
    expect(lowered.map((v) => v.rule)).toEqual(['patch-rejected']);
  });
});
