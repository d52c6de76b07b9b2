import { describe, expect, it } from 'vitest';
import { ledgerFrom } from '@/app/(table)/sessions/[id]/_components/ledger';
import { describePatches } from '@/app/(table)/sessions/[id]/_components/patch-lines';
import { containerSchema } from '@/lib/rules/scene-goods';
import { tableState } from './fixtures';

const ledger = ledgerFrom(tableState());
const lines = (patches: Parameters<typeof describePatches>[1]) => describePatches(ledger, patches).lines;
const none = { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 };

describe('goods patch lines', () => {
  it('says what a container holds after something was taken from it', () => {
    const container = containerSchema.parse({ id: 'bowl', name: 'Offering bowl', items: [{ item: 'potion-of-healing-common', quantity: 1 }], coins: { gp: 3 } });
    expect(lines([{ op: 'scene.container', container }])).toEqual(['Offering bowl now holds 1 × potion of healing common, 3 gp']);
    expect(lines([{ op: 'scene.container', container: { ...container, items: [], coins: none } }])).toEqual(['Offering bowl now holds nothing']);
  });

  it('says what a looted creature still carries, and leaves shared experience to the XP lines', () => {
    expect(lines([{ op: 'creature.gear', creatureId: 'zombie', gear: [], coins: none }])).toEqual(['Zombie now carries nothing']);
    expect(lines([{ op: 'creature.xpAwarded', creatureId: 'zombie' }])).toEqual([]);
  });
});
