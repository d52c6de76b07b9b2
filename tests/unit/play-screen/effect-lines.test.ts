import { describe, expect, it } from 'vitest';
import { ledgerFrom, openWith } from '@/app/(table)/sessions/[id]/_components/ledger';
import { describePatches } from '@/app/(table)/sessions/[id]/_components/patch-lines';
import type { StatePatch } from '@/lib/rules/patches';
import type { EffectInput } from '@/lib/rules/sheet/effects';
import { tableState } from './fixtures';

const state = tableState();
const opened = openWith(ledgerFrom(state), state);

const bless = {
  id: 'bless:kestrel',
  source: { kind: 'spell', id: 'bless', by: 'kestrel' },
  modifiers: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['attack roll', 'saving throw'], once: false }],
  ends: [{ kind: 'concentration' }],
} satisfies EffectInput;

const ended: StatePatch = { op: 'character.effectEnded', characterId: 'mira', effectId: 'bless:kestrel' };

describe('effect lines', () => {
  it('name the effect’s source and who caused it, and name it again as it ends', () => {
    const { lines } = describePatches(opened, [{ op: 'character.effect', characterId: 'mira', effect: bless as never }, ended]);
    expect(lines).toEqual(['Mira Thorne is under bless (spell from Kestrel)', 'Mira Thorne: bless ends']);
  });

  it('name an effect the opening state already held when it ends', () => {
    const blessed = { ...state, party: state.party.map((c) => (c.id === 'mira' ? { ...c, effects: [bless as never] } : c)) };
    expect(describePatches(openWith(ledgerFrom(state), blessed), [ended]).lines).toEqual(['Mira Thorne: bless ends']);
  });
});
